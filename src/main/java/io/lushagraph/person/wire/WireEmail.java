package io.lushagraph.person.wire;

import com.fasterxml.jackson.annotation.JsonAlias;

/** An email address; Lusha spells its fields {@code email/emailType} or {@code address/type}. */
public record WireEmail(@JsonAlias("address") String email, @JsonAlias("type") String emailType,
        String emailConfidence, String updateDate) {
}
