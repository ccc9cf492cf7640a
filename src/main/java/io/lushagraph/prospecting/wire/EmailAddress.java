package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An email address of a revealed contact.
 *
 * @param email the address; read from {@code address} too
 * @param emailType {@code work} or {@code private}; read from {@code type} too
 * @param emailConfidence Lusha's grade, e.g. {@code A+}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailAddress(
        @JsonAlias("address") String email,
        @JsonAlias("type") String emailType,
        String emailConfidence,
        String updateDate) {
}
