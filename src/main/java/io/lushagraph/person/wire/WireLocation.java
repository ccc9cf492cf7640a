package io.lushagraph.person.wire;

import com.fasterxml.jackson.annotation.JsonAlias;

/** A location in either of Lusha's spellings (camelCase or snake_case). */
public record WireLocation(String country, @JsonAlias("country_iso2") String countryIso2, String continent,
        String state, @JsonAlias("state_code") String stateCode, String city, String rawLocation,
        @JsonAlias("is_eu_contact") Boolean isEuContact) {
}
