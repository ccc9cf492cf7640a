package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * An email address of a revealed contact.
 *
 * @param email the address; read from {@code address} too
 * @param emailType {@code work} or {@code private}; read from {@code type} too
 * @param emailConfidence Lusha's grade, e.g. {@code A+}
 */
public record EmailAddress(
        @JsonAlias("address") String email,
        @JsonAlias("type") String emailType,
        String emailConfidence,
        String updateDate) {
}
