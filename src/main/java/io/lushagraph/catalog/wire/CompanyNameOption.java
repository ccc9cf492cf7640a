package io.lushagraph.catalog.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A company matched by the company names filter.
 *
 * @param companyId Lusha company id (a number on the wire)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyNameOption(String companyId, String name, String logoUrl, String fqdn) {
}
