package io.lushagraph.simulator.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The JSON shapes of Lusha's filter endpoints and of signal options (getSignalOptions). */
@RegisterForReflection(targets = { FilterWire.Bucket.class, FilterWire.Code.class, FilterWire.CompanyLocation.class,
        FilterWire.CompanyName.class, FilterWire.ContactLocation.class, FilterWire.Country.class,
        FilterWire.FilterOptions.class, FilterWire.HiringLocation.class, FilterWire.IndustryLabel.class,
        FilterWire.SearchText.class, FilterWire.Seniority.class, FilterWire.SignalOptions.class, FilterWire.SubIndustry.class,
        FilterWire.Technology.class })
final class FilterWire {

    private FilterWire() {
    }

    /** Body of the text searches: {@code {"text": "..."}}. */
    record SearchText(String text) {
    }

    record Seniority(int id, String name) {
    }

    record Country(String name, String code) {
    }

    record IndustryLabel(@JsonProperty("main_industry") String mainIndustry,
            @JsonProperty("main_industry_id") int mainIndustryId,
            @JsonProperty("sub_industries") List<SubIndustry> subIndustries) {
    }

    record SubIndustry(String value, int id) {
    }

    record Bucket(long min, long max) {
    }

    record Code(String code, String label) {
    }

    /** A contact location at country, state or city level; the finer parts are left out when absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactLocation(String continent, String country, String state, String city,
            @JsonProperty("country_grouping") String countryGrouping) {
    }

    record CompanyLocation(String country, String continent,
            @JsonProperty("country_grouping") String countryGrouping) {
    }

    record CompanyName(long companyId, String name, String logoUrl, String fqdn) {
    }

    record Technology(String name) {
    }

    /** {@code GET /api/signals/filters/{objectType}}; {@code filterOptions} only for companies. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SignalOptions(List<String> signals, String objectType, FilterOptions filterOptions) {
    }

    record FilterOptions(List<String> newsEventTypes, List<String> hiringByDepartments,
            List<HiringLocation> hiringByLocations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HiringLocation(String country, String state) {
    }
}
