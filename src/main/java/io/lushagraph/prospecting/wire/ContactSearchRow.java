package io.lushagraph.prospecting.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One lightweight row of a contact search: who, where, and which data points an enrichment would reveal.
 *
 * @param contactId row id, valid only with the search's {@code requestId}
 * @param isShown already revealed by someone on the account
 * @param name full name
 * @param companyId Lusha company id (a number on the wire)
 * @param signalTypes signal types detected for the contact
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactSearchRow(
        String contactId,
        Boolean isShown,
        String name,
        String jobTitle,
        String companyId,
        String companyName,
        String fqdn,
        String companyDescription,
        String logoUrl,
        Boolean hasEmails,
        Boolean hasWorkEmail,
        Boolean hasPrivateEmail,
        Boolean hasPhones,
        Boolean hasMobilePhone,
        Boolean hasDirectPhone,
        Boolean hasDepartment,
        Boolean hasSeniority,
        Boolean hasContactLocation,
        Boolean hasSocialLink,
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

    public ContactSearchRow {
        signalTypes = Objects.requireNonNullElse(signalTypes, List.of());
    }
}
