package io.lushagraph.prospecting.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One lightweight row of a company search.
 *
 * @param id Lusha company id, a numeric string; pass it to company enrich
 * @param signalTypes signal types detected for the company
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanySearchRow(
        String id,
        String name,
        String fqdn,
        String description,
        String logoUrl,
        Boolean hasCompanyEmployeesCount,
        Boolean hasCompanyRevenue,
        Boolean hasCompanyMainIndustry,
        Boolean hasCompanySubIndustry,
        Boolean hasCompanyFunding,
        Boolean hasCompanyIntent,
        Boolean hasCompanyTechnologies,
        Boolean hasCompanyCity,
        Boolean hasCompanyCountry,
        List<String> signalTypes) {

    public CompanySearchRow {
        signalTypes = Objects.requireNonNullElse(signalTypes, List.of());
    }
}
