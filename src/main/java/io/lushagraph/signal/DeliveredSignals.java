package io.lushagraph.signal;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.signal.wire.CompanySignalItem;
import io.lushagraph.signal.wire.ContactSignal;

/** Reads the {@code data} of a signal webhook delivery with the same mapping as the signal endpoints. */
public final class DeliveredSignals {

    private DeliveredSignals() {
    }

    /**
     * The typed signal, or empty when the type is unknown for the entity type.
     *
     * @throws IllegalArgumentException when {@code data} does not have the shape of the type's signal item
     */
    public static Optional<Signal> of(ObjectMapper json, String type, String entityType, JsonNode data) {
        try {
            if ("contact".equals(entityType)) {
                Optional<ContactSignalType> known = ContactSignalType.ofLusha(type);
                if (known.isPresent()) {
                    return Optional.of(SignalMapper.contact(known.get(), json.treeToValue(data, ContactSignal.class)));
                }
            } else if ("company".equals(entityType)) {
                Optional<CompanySignalType> known = CompanySignalType.ofLusha(type);
                if (known.isPresent()) {
                    return Optional
                            .of(SignalMapper.company(known.get(), json.treeToValue(data, CompanySignalItem.class)));
                }
            }
            return Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("signal data of type " + type + " is malformed", e);
        }
    }
}
