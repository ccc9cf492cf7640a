package io.lushagraph.prospecting.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code POST /prospecting/company/enrich}: the revealed companies.
 *
 * @param billing present on some answers only
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyEnrichResponse(String requestId, List<EnrichedCompany> companies, Billing billing) {

    public CompanyEnrichResponse {
        companies = Objects.requireNonNullElse(companies, List.of());
    }
}
