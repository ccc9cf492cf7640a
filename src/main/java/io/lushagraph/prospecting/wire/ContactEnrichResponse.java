package io.lushagraph.prospecting.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code POST /prospecting/contact/enrich}: one result per requested row.
 *
 * @param creditsCharged a top-level count some answers carry
 * @param billing a {@code billing} object some answers carry
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactEnrichResponse(
        String requestId,
        List<EnrichedContact> contacts,
        Integer creditsCharged,
        Billing billing) {

    public ContactEnrichResponse {
        contacts = Objects.requireNonNullElse(contacts, List.of());
    }

    /** Credits charged, from whichever of the two places Lusha reported them; {@code null} if neither. */
    public Integer credits() {
        return billing != null && billing.creditsCharged() != null ? billing.creditsCharged() : creditsCharged;
    }
}
