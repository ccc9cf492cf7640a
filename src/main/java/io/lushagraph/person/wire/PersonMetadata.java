package io.lushagraph.person.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The {@code metadata} of a bulk person request: options that apply to every contact in it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonMetadata(Boolean refreshJobInfo, String filterBy, Boolean revealEmails, Boolean revealPhones,
        List<String> signals, String signalsStartDate, Boolean partialProfile) {
}
