package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A LinkedIn education entry of a contact; date parts arrive as numbers or strings and are kept as strings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinkedinCourse(
        String degree,
        FieldOfStudy fieldOfStudy,
        School school,
        String grade,
        String activities,
        String startDateMonth,
        String startDateYear,
        String endDateMonth,
        String endDateYear,
        String linkedinSchoolId) {

    /** The field studied. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldOfStudy(String id, String name) {
    }

    /** The school. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record School(String id, String name, String logoUrl) {
    }
}
