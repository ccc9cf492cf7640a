package io.lushagraph.prospecting.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code POST /prospecting/contact/search}: one page of rows and the {@code requestId} to enrich them with.
 *
 * @param data the rows; Lusha's clients read them from {@code data}, its schema names them {@code contacts}; both
 *        are read
 * @param billing present on some answers only
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactSearchResponse(
        String requestId,
        Integer currentPage,
        Integer pageLength,
        Long totalResults,
        @JsonProperty("data") @JsonAlias("contacts") List<ContactSearchRow> data,
        Billing billing) {

    public ContactSearchResponse {
        data = Objects.requireNonNullElse(data, List.of());
    }
}
