package io.lushagraph.person.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One contact's outcome: its data, or a per-item error such as {@code EMPTY_DATA}, and whether it cost a credit. */
public record ContactResult(ContactError error, @JsonProperty("isCreditCharged") boolean creditCharged,
        WireContact data) {
}
