package io.lushagraph.signal.wire;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of both company signal endpoints: per-company signals keyed by Lusha company id (by id) or by the caller's
 * {@code id} (search), the window searched and the credits charged.
 *
 * @param creditsCharged Lusha spells it {@code creditCharged} here; {@code creditsCharged} is read too
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanySignalsResponse(
        Map<String, CompanySignalData> companies,
        LocalDate startDate,
        LocalDate endDate,
        @JsonProperty("creditCharged") @JsonAlias("creditsCharged") Integer creditsCharged) {

    public CompanySignalsResponse {
        companies = Objects.requireNonNullElse(companies, Map.of());
    }
}
