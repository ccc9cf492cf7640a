package io.lushagraph.simulator.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The simulated account's webhook subscriptions and its webhook secret, in memory. */
@Singleton
public class HookBook {

    /** The simulated account's id, the {@code entityId} of its opt-out subscription. */
    static final String ACCOUNT_ID = "431705";

    private final Clock clock;
    private final Map<String, Hook> hooks = new LinkedHashMap<>();
    private String secret;

    @Inject
    public HookBook() {
        this(Clock.systemUTC());
    }

    HookBook(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    synchronized Optional<String> secret() {
        return Optional.ofNullable(secret);
    }

    /** Creates or replaces the account secret; the old one stops signing at once. */
    synchronized String regenerateSecret() {
        secret = "whsec_" + Stamps.hex(24);
        return secret;
    }

    synchronized Optional<Hook> get(String id) {
        return Optional.ofNullable(hooks.get(id));
    }

    /** Adds a subscription unless one for the same entity already exists; empty when it does. */
    synchronized Optional<Hook> addUnlessSubscribed(String entityType, String entityId, List<String> signalTypes,
            String url, String name) {
        boolean exists = hooks.values().stream()
                .anyMatch(h -> !h.optOut() && h.entityType().equals(entityType) && h.entityId().equals(entityId));
        return exists ? Optional.empty() : Optional.of(add(entityType, entityId, signalTypes, url, name));
    }

    /** Adds the account's opt-out subscription unless it has one; empty when it does. */
    synchronized Optional<Hook> addOptOut(String url, String name) {
        return optOutHook().isPresent() ? Optional.empty()
                : Optional.of(add(SignalKinds.CONTACT, ACCOUNT_ID, List.of(Hook.OPT_OUT), url, name));
    }

    synchronized Optional<Hook> optOutHook() {
        return hooks.values().stream().filter(Hook::optOut).findFirst();
    }

    private Hook add(String entityType, String entityId, List<String> signalTypes, String url, String name) {
        Instant now = now();
        String id = Stamps.objectId();
        Hook hook = new Hook(id, entityType, entityId, List.copyOf(signalTypes), url, name, true, null, null, now,
                now);
        hooks.put(id, hook);
        return hook;
    }

    /** Applies {@code change} to the subscription; empty when there is none with this id. */
    synchronized Optional<Hook> update(String id, UnaryOperator<Hook> change) {
        return Optional.ofNullable(hooks.computeIfPresent(id, (key, hook) -> change.apply(hook)));
    }

    synchronized Optional<Hook> remove(String id) {
        return Optional.ofNullable(hooks.remove(id));
    }

    /** Newest first; of those created in the same millisecond, the later one first. */
    synchronized List<Hook> all() {
        List<Hook> newestFirst = new ArrayList<>(hooks.values());
        Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing(Hook::createdAt).reversed());
        return List.copyOf(newestFirst);
    }

    /** Forgets every subscription and the secret. */
    synchronized void clear() {
        hooks.clear();
        secret = null;
    }
}
