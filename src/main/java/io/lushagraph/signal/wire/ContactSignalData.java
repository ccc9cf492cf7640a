package io.lushagraph.signal.wire;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The signals found for one contact: its resolved Lusha person id and one array per signal type, which Lusha sends
 * as sibling keys named after the type ({@code promotion}, {@code companyChange}).
 *
 * @param personId the resolved Lusha person id
 * @param signals items by signal type, in Lusha's order; a type requested without results maps to an empty list
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactSignalData(
        String personId,
        @JsonAnyGetter @JsonAnySetter @JsonDeserialize(contentUsing = SignalArrayDeserializer.ContactItems.class) Map<String, List<ContactSignal>> signals) {

    public ContactSignalData {
        signals = SignalMaps.arraysOnly(signals);
    }

    /** The items of one signal type, empty when Lusha sent none. */
    public List<ContactSignal> signalsOf(String type) {
        return signals.getOrDefault(type, List.of());
    }
}
