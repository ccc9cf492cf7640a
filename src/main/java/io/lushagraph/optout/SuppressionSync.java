package io.lushagraph.optout;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.cluster.RedisLink;
import io.lushagraph.store.Store;
import io.lushagraph.store.StoreKind;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.scheduler.Scheduled;

/**
 * Makes a suppression recorded by one replica hold in every replica within seconds, caches included. The replica that
 * recorded it announces the salted hashes (never the emails or phones) on a Redis channel; the others add them and
 * purge their caches of personal data. Because a Redis message can be lost, every replica sharing a PostgreSQL store
 * also reads what was recorded lately every {@code gateway.cluster.suppression-sync}.
 */
@ApplicationScoped
public class SuppressionSync {

    private static final String CHANNEL = "suppressions";
    /** How far back each catch-up reads, so that rows written late by a slower replica's clock are not missed. */
    private static final long OVERLAP_MILLIS = 60_000;

    private final String replica = UUID.randomUUID().toString();
    private final RedisLink redis;
    private final Suppressions suppressions;
    private final Instance<PiiCache> caches;
    private final Store store;
    private final ObjectMapper json;
    private volatile long caughtUpTo = System.currentTimeMillis();

    public SuppressionSync(RedisLink redis, Suppressions suppressions, Instance<PiiCache> caches, Store store,
            ObjectMapper json) {
        this.redis = redis;
        this.suppressions = suppressions;
        this.caches = caches;
        this.store = store;
        this.json = json;
    }

    void listen(@Observes StartupEvent start) {
        redis.subscribe(CHANNEL, this::received);
    }

    /** Tells the other replicas about suppressions this one just recorded. */
    void announce(Collection<String> valueHashes, Collection<String> contactIds) {
        if (!redis.enabled()) {
            return;
        }
        try {
            redis.publish(CHANNEL, json.writeValueAsString(
                    new Announcement(replica, List.copyOf(valueHashes), List.copyOf(contactIds)))).thenAccept(taken -> {
                        if (!taken) {
                            Log.warn("Redis unreachable: other replicas pick this suppression up from the store");
                        }
                    });
        } catch (JsonProcessingException e) {
            Log.errorf("A suppression could not be announced: %s", e.getClass().getSimpleName());
        }
    }

    @Scheduled(every = "${gateway.cluster.suppression-sync:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        if (!redis.enabled() && store.kind() != StoreKind.POSTGRESQL) {
            return;
        }
        long now = System.currentTimeMillis();
        try {
            int added = suppressions.catchUp(caughtUpTo - OVERLAP_MILLIS);
            caughtUpTo = now;
            if (added > 0) {
                caches.forEach(PiiCache::purgePii);
                Log.infof("%d suppressions recorded by other replicas enforced here", added);
            }
        } catch (SQLException e) {
            Log.warnf("Suppressions could not be read from the store (SQLState %s); retried in a moment",
                    e.getSQLState());
        }
    }

    private void received(String message) {
        try {
            Announcement announcement = json.readValue(message, Announcement.class);
            if (replica.equals(announcement.origin())) {
                return;
            }
            suppressions.addValues(announcement.valueHashes());
            announcement.contactIds().forEach(suppressions::addContact);
            caches.forEach(PiiCache::purgePii);
            Log.infof("Suppression of %d datapoints and %d contacts from another replica enforced",
                    announcement.valueHashes().size(), announcement.contactIds().size());
        } catch (JsonProcessingException | RuntimeException e) {
            Log.errorf("A suppression from another replica could not be read: %s", e.getClass().getSimpleName());
        }
    }

    /** What one replica suppressed: salted hashes of emails and phones, and contact ids. */
    @RegisterForReflection
    record Announcement(String origin, List<String> valueHashes, List<String> contactIds) {
    }
}
