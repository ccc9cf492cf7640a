package io.lushagraph.signal.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One contact to search signals for, in Lusha's snake_case spelling.
 *
 * @param id the caller's correlation key, echoed as the key of the response map
 * @param socialLink LinkedIn profile URL, sent as {@code social_link}
 * @param email email address
 * @param fullName full name, sent as {@code full_name}; needs {@code companies}
 * @param companies the contact's companies
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactIdentity(
        String id,
        @JsonProperty("social_link") String socialLink,
        String email,
        @JsonProperty("full_name") String fullName,
        List<Company> companies) {

    /** A company of the contact; {@code is_current} defaults to true at Lusha. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Company(String name, String domain, @JsonProperty("is_current") Boolean isCurrent) {
    }
}
