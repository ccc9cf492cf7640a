package io.lushagraph.webhook.manage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.lushagraph.webhook.SubscriptionOwners.Owner;

/**
 * The signal types Lusha's one subscription to an entity must deliver when tenants share it: every type an owner
 * asked for, or {@code allSignals} alone when one of them asked for all. Each owner still receives only its own.
 */
final class SharedTypes {

    static final String ALL_SIGNALS = "allSignals";

    private SharedTypes() {
    }

    static List<String> union(Collection<Owner> owners) {
        Set<String> types = new LinkedHashSet<>();
        owners.forEach(owner -> types.addAll(owner.signalTypes()));
        return union(types);
    }

    static List<String> union(Collection<String> a, Collection<String> b) {
        Set<String> types = new LinkedHashSet<>(a);
        types.addAll(b);
        return union(types);
    }

    /** Whether Lusha's types already deliver every type asked for. */
    static boolean covers(Collection<String> lusha, Collection<String> asked) {
        return lusha.contains(ALL_SIGNALS) || lusha.containsAll(asked) && !asked.contains(ALL_SIGNALS);
    }

    private static List<String> union(Set<String> types) {
        return types.contains(ALL_SIGNALS) ? List.of(ALL_SIGNALS) : new ArrayList<>(types);
    }
}
