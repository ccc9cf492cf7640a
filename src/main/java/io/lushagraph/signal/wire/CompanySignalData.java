package io.lushagraph.signal.wire;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The signals found for one company: its resolved identity and one array per signal type, which Lusha sends as
 * sibling keys named after the type ({@code surgeInHiring}, {@code riskNews}, ...).
 *
 * @param companyId the resolved Lusha company id
 * @param signals items by signal type, in Lusha's order; a type requested without results maps to an empty list
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanySignalData(
        String companyId,
        String companyName,
        String domain,
        @JsonAnyGetter @JsonAnySetter @JsonDeserialize(contentUsing = SignalArrayDeserializer.CompanyItems.class) Map<String, List<CompanySignalItem>> signals) {

    public CompanySignalData {
        signals = SignalMaps.arraysOnly(signals);
    }

    /** The items of one signal type, empty when Lusha sent none. */
    public List<CompanySignalItem> signalsOf(String type) {
        return signals.getOrDefault(type, List.of());
    }
}
