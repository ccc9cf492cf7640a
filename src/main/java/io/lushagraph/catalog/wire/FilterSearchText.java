package io.lushagraph.catalog.wire;

/**
 * Body of the search-style filter endpoints (locations, company names, technologies): the text to match.
 */
public record FilterSearchText(String text) {
}
