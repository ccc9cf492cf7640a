package io.lushagraph.prospecting.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A company's employee range. Prospecting enrich sends {@code {min, max, employees_in_linkedin}}; other Lusha
 * answers send {@code [min, max]} or camelCase, and all three are read.
 *
 * @param employeesInLinkedin employees listed on LinkedIn
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanySize(
        Long min,
        Long max,
        @JsonProperty("employees_in_linkedin") @JsonAlias("employeesInLinkedin") Long employeesInLinkedin) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public CompanySize {
    }

    /** Reads the {@code [min, max]} array form. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CompanySize fromRange(List<Long> range) {
        Long min = range.isEmpty() ? null : range.get(0);
        Long max = range.size() < 2 ? null : range.get(1);
        return new CompanySize(min, max, null);
    }
}
