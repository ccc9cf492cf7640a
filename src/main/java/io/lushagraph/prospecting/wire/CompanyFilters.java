package io.lushagraph.prospecting.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Company criteria of a prospecting search ({@code filters.companies.include} or {@code .exclude}).
 *
 * @param technologies sent as plain names, as Lusha's examples and clients do; {@code {name}} objects are read too
 * @param sicCodes read from {@code sics} too
 * @param naicsCodes read from {@code naics} too
 * @param mainIndustriesIds {@code main_industry_id} values from the industries filter endpoint
 * @param subIndustriesIds {@code sub_industries[].id} values from the industries filter endpoint
 * @param signal sent as {@code signal}; {@code signals} is read too
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyFilters(
        List<String> names,
        List<String> domains,
        List<CompanyLocationFilter> locations,
        List<CompanyLocationFilter> companyLocations,
        @JsonDeserialize(using = NameListDeserializer.class) List<String> technologies,
        List<String> intentTopics,
        List<Range> sizes,
        List<Range> revenues,
        @JsonAlias("sics") List<String> sicCodes,
        @JsonAlias("naics") List<String> naicsCodes,
        List<Integer> mainIndustriesIds,
        List<Integer> subIndustriesIds,
        String searchText,
        Boolean excludePartialCompanies,
        Range employeesInLinkedIn,
        @JsonProperty("signal") @JsonAlias("signals") SignalFilter signal) {
}
