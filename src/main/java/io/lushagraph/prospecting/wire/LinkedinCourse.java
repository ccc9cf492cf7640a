package io.lushagraph.prospecting.wire;

/**
 * A LinkedIn education entry of a contact; date parts arrive as numbers or strings and are kept as strings.
 */
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
    public record FieldOfStudy(String id, String name) {
    }

    /** The school. */
    public record School(String id, String name, String logoUrl) {
    }
}
