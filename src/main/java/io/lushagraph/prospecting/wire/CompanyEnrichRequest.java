package io.lushagraph.prospecting.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /prospecting/company/enrich}: reveals rows of one company search.
 *
 * @param requestId the search's {@code requestId}
 * @param companiesIds row {@code id}s; Lusha's key is {@code companiesIds}, not {@code companyIds}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyEnrichRequest(String requestId, List<String> companiesIds) {
}
