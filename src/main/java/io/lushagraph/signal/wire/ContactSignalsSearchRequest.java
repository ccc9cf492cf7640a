package io.lushagraph.signal.wire;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /api/signals/contacts/search}: signals for up to 100 contacts identified by LinkedIn URL, email
 * or full name and company; the answer is keyed by each contact's {@code id}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactSignalsSearchRequest(List<ContactIdentity> contacts, List<String> signals, LocalDate startDate,
        Integer maxResultsPerSignal) {
}
