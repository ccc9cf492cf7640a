package io.lushagraph.simulator.webhook;

import java.util.List;
import java.util.Optional;

import io.lushagraph.simulator.universe.SignalTypes;

/** The signal types a subscription of each entity type may ask for (the types getSignalOptions lists). */
final class SignalKinds {

    static final String ALL_SIGNALS = SignalTypes.ALL_SIGNALS;
    static final String CONTACT = "contact";
    static final String COMPANY = "company";

    private SignalKinds() {
    }

    static boolean isEntityType(String entityType) {
        return CONTACT.equals(entityType) || COMPANY.equals(entityType);
    }

    static List<String> of(String entityType) {
        return CONTACT.equals(entityType) ? SignalTypes.CONTACT : SignalTypes.COMPANY;
    }

    /** The problem with these signal types for the entity type, if any. */
    static Optional<String> problem(String entityType, List<String> types) {
        if (types == null || types.isEmpty()) {
            return Optional.of("signalTypes must contain at least one signal type");
        }
        return types.stream().filter(t -> !ALL_SIGNALS.equals(t) && !of(entityType).contains(t)).findFirst()
                .map(t -> "Invalid signal type '" + t + "' for entity type '" + entityType + "'");
    }
}
