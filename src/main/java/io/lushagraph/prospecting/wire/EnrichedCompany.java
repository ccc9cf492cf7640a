package io.lushagraph.prospecting.wire;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import io.lushagraph.signal.wire.CompanySignalItem;
import io.lushagraph.signal.wire.SignalArrayDeserializer;
import io.lushagraph.signal.wire.SignalMaps;

/**
 * A company revealed by prospecting enrich: firmographics with a flat HQ location, and one array per signal type
 * the company has, which Lusha sends as sibling keys named after the type.
 *
 * @param id Lusha company id (a number on the wire)
 * @param employees the size bucket as text, e.g. {@code "10001 - 100000"}
 * @param coordinates HQ {@code [longitude, latitude]}
 * @param technologies names, read from strings or {@code {name}} objects
 * @param signals signal items by signal type
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedCompany(
        String id,
        String name,
        String description,
        String fqdn,
        String emailDomain,
        Domains domains,
        String logoUrl,
        CompanySize companySize,
        String employees,
        List<Long> revenueRange,
        String mainIndustry,
        String subIndustry,
        List<String> industryTags,
        List<String> specialities,
        String city,
        String state,
        String stateCode,
        String country,
        String countryIso2,
        String continent,
        String rawLocation,
        List<Double> coordinates,
        List<Office> companyLocations,
        Social social,
        Long linkedinFollowers,
        String alternativeName,
        String companyType,
        Integer lushaPopularityTier,
        Funding funding,
        Intent intent,
        @JsonDeserialize(using = NameListDeserializer.class) List<String> technologies,
        @JsonAnyGetter @JsonAnySetter @JsonDeserialize(contentUsing = SignalArrayDeserializer.CompanyItems.class) Map<String, List<CompanySignalItem>> signals) {

    public EnrichedCompany {
        revenueRange = Objects.requireNonNullElse(revenueRange, List.of());
        industryTags = Objects.requireNonNullElse(industryTags, List.of());
        specialities = Objects.requireNonNullElse(specialities, List.of());
        companyLocations = Objects.requireNonNullElse(companyLocations, List.of());
        technologies = Objects.requireNonNullElse(technologies, List.of());
        signals = SignalMaps.arraysOnly(signals);
    }

    /** The items of one signal type, empty when Lusha sent none. */
    public List<CompanySignalItem> signalsOf(String type) {
        return signals.getOrDefault(type, List.of());
    }

    /** The company's homepage and email domains. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Domains(String homepage, String email) {
    }

    /** The company's profile URLs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Social(String linkedin, String crunchbase) {
    }

    /**
     * One known office, in Lusha's snake_case spelling.
     *
     * @param coordinates {@code [longitude, latitude]}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Office(
            String city,
            String state,
            @JsonProperty("state_code") String stateCode,
            String country,
            @JsonProperty("country_iso2") String countryIso2,
            String continent,
            @JsonProperty("location_coordinates") List<Double> coordinates) {
    }
}
