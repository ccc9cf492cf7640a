package io.lushagraph.person.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One contact of a bulk person request. {@code contactId} is the caller's key, echoed as the key of the answer's
 * {@code contacts} map; the rest identify the person.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactQuery(String contactId, String personId, String email, String linkedinUrl, String fullName,
        List<CompanyHint> companies) {
}
