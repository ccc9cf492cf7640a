package io.lushagraph.simulator.prospecting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The bodies of the four prospecting endpoints (searchProspectingContacts and the other three). Ids and codes are read as
 * strings whether sent as
 * numbers or strings; {@code signal} is read from {@code signals} too, as Lusha's own example spells it.
 */
@RegisterForReflection(targets = { SearchBodies.Bounds.class, SearchBodies.CompanyCriteria.class,
        SearchBodies.CompanyEnrich.class, SearchBodies.CompanyFilterGroups.class, SearchBodies.CompanySearch.class,
        SearchBodies.ContactCriteria.class, SearchBodies.ContactEnrich.class, SearchBodies.ContactFilterGroups.class,
        SearchBodies.ContactSearch.class, SearchBodies.Group.class, SearchBodies.Location.class, SearchBodies.Pages.class,
        SearchBodies.Signal.class })
final class SearchBodies {

    private SearchBodies() {
    }

    /** {@code POST /prospecting/contact/search}. */
    record ContactSearch(Pages pages, ContactFilterGroups filters, Boolean includePartialContact,
            Boolean excludeDnc) {
    }

    /** {@code POST /prospecting/company/search}. */
    record CompanySearch(Pages pages, CompanyFilterGroups filters) {
    }

    record Pages(Integer page, Integer size) {
    }

    record ContactFilterGroups(Group<ContactCriteria> contacts, Group<CompanyCriteria> companies) {
    }

    record CompanyFilterGroups(Group<CompanyCriteria> companies) {
    }

    /** What rows must match and what removes them. */
    record Group<C>(C include, C exclude) {
    }

    /** {@code ContactFilters.include} or {@code .exclude}. */
    record ContactCriteria(List<String> departments, List<String> seniority,
            @JsonProperty("existing_data_points") @JsonAlias("existingDataPoints") List<String> existingDataPoints,
            List<Location> locations, List<String> jobTitles, List<String> linkedinUrls, String searchText,
            @JsonAlias("signals") Signal signal) {
    }

    /** {@code CompanyFilters.include} or {@code .exclude}; technologies come as names or {@code {name}} objects. */
    record CompanyCriteria(List<String> names, List<String> domains, List<Location> locations,
            List<Location> companyLocations, List<Object> technologies, List<String> intentTopics,
            List<Bounds> sizes, List<Bounds> revenues, @JsonAlias("sics") List<String> sicCodes,
            @JsonAlias("naics") List<String> naicsCodes, List<String> mainIndustriesIds,
            List<String> subIndustriesIds, String searchText, Boolean excludePartialCompanies,
            Bounds employeesInLinkedIn, @JsonAlias("signals") Signal signal) {
    }

    record Location(String continent, String country, String state, String city,
            @JsonProperty("country_grouping") String countryGrouping) {
    }

    /** An inclusive range; either bound may be absent. */
    record Bounds(Long min, Long max) {
    }

    /** Signal types (or {@code allSignals}) detected on or after {@code startDate} (YYYY-MM-DD). */
    record Signal(List<String> names, String startDate) {
    }

    /** {@code POST /prospecting/contact/enrich}. */
    record ContactEnrich(String requestId, List<String> contactIds, Boolean revealEmails, Boolean revealPhones) {
    }

    /** {@code POST /prospecting/company/enrich}; Lusha's key is {@code companiesIds}. */
    record CompanyEnrich(String requestId, List<String> companiesIds) {
    }
}
