package io.lushagraph.signal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A department of a contact signal: Lusha's numeric id when it sends one, and its label.
 *
 * @param id department id, {@code null} when Lusha sent only the label
 * @param value department label, e.g. {@code "R&D"} or {@code "Other"}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactSignalDepartment(String id, String value) {
}
