package io.lushagraph.catalog.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A seniority level of the contact seniority filter, e.g. {@code {"id": 10, "name": "founder"}}. Lusha's schema
 * calls the list {@code string[]}, so a bare name is read too (with no id).
 *
 * @param id the value to send in {@code filters.contacts.include.seniority}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeniorityOption(Integer id, String name) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public SeniorityOption {
    }

    /** Reads a bare name. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SeniorityOption named(String name) {
        return new SeniorityOption(null, name);
    }
}
