package io.lushagraph.webhook.live;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.catalog.EntityType;
import io.lushagraph.webhook.events.OptOutEvent;
import io.lushagraph.webhook.events.SignalEvent;
import io.lushagraph.webhook.events.WebhookEventBus;
import io.smallrye.mutiny.Multi;

/**
 * The live event streams of GraphQL subscriptions, taken from the {@link WebhookEventBus}: a tenant's signal events,
 * filtered as asked, and every opt-out. Keeps count of the streams open, per tenant, until they end.
 */
@ApplicationScoped
public class LiveEvents {

    private final WebhookEventBus bus;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Stream> open = new ConcurrentHashMap<>();

    public LiveEvents(WebhookEventBus bus) {
        this.bus = bus;
    }

    /** The tenant's signal events from now on, of one entity type and some signal types when given. */
    public Multi<SignalEvent> signals(String tenant, EntityType entityType, List<String> types) {
        Set<String> wanted = types == null ? Set.of()
                : types.stream().filter(Objects::nonNull).map(LiveEvents::normalised).collect(Collectors.toSet());
        Predicate<SignalEvent> matches = event -> (entityType == null || entityType == event.entityType())
                && (wanted.isEmpty() || wanted.contains(normalised(event.type())));
        return tracked(tenant, Kind.SIGNALS, bus.signals(tenant).filter(matches));
    }

    /** Every opt-out from now on. */
    public Multi<OptOutEvent> optOuts(String tenant) {
        return tracked(tenant, Kind.OPT_OUTS, bus.optOuts());
    }

    /** The tenant's streams open now. */
    public LiveSubscriptions openFor(String tenant) {
        int signals = 0;
        int optOuts = 0;
        for (Stream stream : open.values()) {
            if (stream.tenant().equals(tenant)) {
                signals += stream.kind() == Kind.SIGNALS ? 1 : 0;
                optOuts += stream.kind() == Kind.OPT_OUTS ? 1 : 0;
            }
        }
        return new LiveSubscriptions(signals, optOuts);
    }

    private <T> Multi<T> tracked(String tenant, Kind kind, Multi<T> events) {
        long id = ids.incrementAndGet();
        return events
                .onSubscription().invoke(() -> open.put(id, new Stream(tenant, kind)))
                .onTermination().invoke(() -> open.remove(id));
    }

    // Lusha spells types surgeInHiring, the gateway's enums SURGE_IN_HIRING: either matches.
    private static String normalised(String type) {
        return type.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private enum Kind {
        SIGNALS,
        OPT_OUTS
    }

    private record Stream(String tenant, Kind kind) {
    }
}
