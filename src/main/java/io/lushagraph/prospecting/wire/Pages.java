package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code pages} object of a prospecting search.
 *
 * @param page zero-based page index, 0 to 1000; Lusha defaults to 0
 * @param size rows per page, 10 to 50; Lusha defaults to 20
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pages(Integer page, Integer size) {
}
