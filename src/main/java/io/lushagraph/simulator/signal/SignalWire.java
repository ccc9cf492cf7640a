package io.lushagraph.simulator.signal;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The request and response bodies of the four signal endpoints (getContactSignalsById, searchContactSignals,
 * getCompanySignalsById,
 * searchCompanySignals).
 */
@RegisterForReflection(targets = { SignalWire.CompaniesAnswer.class, SignalWire.CompaniesById.class,
        SignalWire.CompaniesSearch.class, SignalWire.CompanyHint.class, SignalWire.CompanyQuery.class,
        SignalWire.ContactQuery.class, SignalWire.ContactsAnswer.class, SignalWire.ContactsById.class,
        SignalWire.ContactsSearch.class })
final class SignalWire {

    private SignalWire() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactsById(List<Long> contactIds, List<String> signals, String startDate, Integer maxResultsPerSignal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactsSearch(List<ContactQuery> contacts, List<String> signals, String startDate,
            Integer maxResultsPerSignal) {
    }

    /** A contact to find, in snake_case; {@code id} keys the answer and, given alone, is the Lusha person id. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactQuery(String id, @JsonProperty("social_link") String socialLink, String email,
            @JsonProperty("full_name") String fullName, List<CompanyHint> companies) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompanyHint(String name, String domain, @JsonProperty("is_current") Boolean isCurrent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompaniesById(List<Long> companyIds, List<String> signals, String startDate, Integer maxResultsPerSignal,
            SignalRequests.Filters filters) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompaniesSearch(List<CompanyQuery> companies, List<String> signals, String startDate,
            Integer maxResultsPerSignal, SignalRequests.Filters filters) {
    }

    /** A company to find by name or domain; {@code id} keys the answer and, given alone, is the Lusha company id. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompanyQuery(String id, String name, String domain) {
    }

    /** Signals per contact, keyed by person id or the caller's {@code id}; Lusha spells it {@code creditCharged}. */
    record ContactsAnswer(Map<String, Map<String, Object>> contacts, String startDate, String endDate,
            int creditCharged) {
    }

    /** Signals per company, keyed by company id or the caller's {@code id}. */
    record CompaniesAnswer(Map<String, Map<String, Object>> companies, String startDate, String endDate,
            int creditCharged) {
    }
}
