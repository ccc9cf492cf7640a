package io.lushagraph.company.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One company of a bulk request: the caller's key {@code id} and one identifier. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanyQuery(String id, String companyId, String domain, String name, String fqdn) {
}
