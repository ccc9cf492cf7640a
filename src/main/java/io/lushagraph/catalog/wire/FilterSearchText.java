package io.lushagraph.catalog.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of the search-style filter endpoints (locations, company names, technologies): the text to match.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FilterSearchText(String text) {
}
