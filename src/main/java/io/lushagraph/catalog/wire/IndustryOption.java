package io.lushagraph.catalog.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A main industry and its sub-industries, from the {@code industries_labels} filter; the ids feed
 * {@code mainIndustriesIds} and {@code subIndustriesIds}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndustryOption(
        @JsonProperty("main_industry") String mainIndustry,
        @JsonProperty("main_industry_id") Integer mainIndustryId,
        @JsonProperty("sub_industries") List<SubIndustry> subIndustries) {

    public IndustryOption {
        subIndustries = Objects.requireNonNullElse(subIndustries, List.of());
    }

    /** A sub-industry: its id and label. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubIndustry(Integer id, String value) {
    }
}
