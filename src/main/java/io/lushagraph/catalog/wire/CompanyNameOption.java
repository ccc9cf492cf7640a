package io.lushagraph.catalog.wire;

/**
 * A company matched by the company names filter.
 *
 * @param companyId Lusha company id (a number on the wire)
 */
public record CompanyNameOption(String companyId, String name, String logoUrl, String fqdn) {
}
