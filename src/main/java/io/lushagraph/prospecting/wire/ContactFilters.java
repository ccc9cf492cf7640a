package io.lushagraph.prospecting.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Contact criteria of a prospecting contact search ({@code filters.contacts.include} or {@code .exclude}).
 *
 * @param departments department names from the departments filter endpoint
 * @param seniority seniority ids from the seniority filter endpoint
 * @param existingDataPoints {@code phone}, {@code work_email}, {@code mobile_phone}, {@code direct_phone}; sent as
 *        {@code existing_data_points}
 * @param signal sent as {@code signal}, the schema's key; {@code signals}, used in Lusha's own example, is read too
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactFilters(
        List<String> departments,
        List<Integer> seniority,
        @JsonProperty("existing_data_points") @JsonAlias("existingDataPoints") List<String> existingDataPoints,
        List<ContactLocationFilter> locations,
        List<String> jobTitles,
        List<String> linkedinUrls,
        String searchText,
        @JsonProperty("signal") @JsonAlias("signals") SignalFilter signal) {
}
