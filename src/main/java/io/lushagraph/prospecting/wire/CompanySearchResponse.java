package io.lushagraph.prospecting.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code POST /prospecting/company/search}: one page of rows and the {@code requestId} to enrich them with.
 *
 * @param data the rows; read from {@code data} (what Lusha's clients read) or {@code companies} (its schema)
 * @param billing present on some answers only
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanySearchResponse(
        String requestId,
        Integer currentPage,
        Integer pageLength,
        Long totalResults,
        @JsonProperty("data") @JsonAlias("companies") List<CompanySearchRow> data,
        Billing billing) {

    public CompanySearchResponse {
        data = Objects.requireNonNullElse(data, List.of());
    }
}
