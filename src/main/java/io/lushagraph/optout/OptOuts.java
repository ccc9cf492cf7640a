package io.lushagraph.optout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.lushagraph.store.Store;
import io.lushagraph.webhook.events.OptOutEvent;
import io.lushagraph.webhook.events.WebhookEventBus;
import io.lushagraph.webhook.wire.OptOutWebhookPayload;
import io.quarkus.logging.Log;

/**
 * Enforces opt-outs: stores the record and one salted hash per datapoint, clears the stored delivery's plain
 * payload in the same transaction, suppresses the values in memory, purges every {@link PiiCache} and tells live
 * subscribers. Also records the contacts Lusha refuses with 451.
 */
@ApplicationScoped
public class OptOuts {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Store store;
    private final DatapointHashes hashes;
    private final Suppressions suppressions;
    private final Instance<PiiCache> caches;
    private final WebhookEventBus bus;
    private final SuppressionSync sync;

    public OptOuts(Store store, DatapointHashes hashes, Suppressions suppressions, Instance<PiiCache> caches,
            WebhookEventBus bus, SuppressionSync sync) {
        this.sync = sync;
        this.store = store;
        this.hashes = hashes;
        this.suppressions = suppressions;
        this.caches = caches;
        this.bus = bus;
    }

    /**
     * Enforces the opt-out stored in the webhook inbox under {@code inboxKey} and records it (idempotently, so that a
     * repeat after a crash changes nothing); the stage completes once its event has been published. The caller marks
     * the inbox row done afterwards.
     */
    public CompletionStage<Void> apply(String inboxKey, OptOutWebhookPayload payload) {
        Set<String> valueHashes = new LinkedHashSet<>();
        payload.datapoints().forEach(point -> valueHashes.add(hashes.hash(point.datapointId())));
        suppressions.addValues(valueHashes);
        caches.forEach(PiiCache::purgePii);
        sync.announce(valueHashes, List.of());
        long now = System.currentTimeMillis();
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                for (String hash : valueHashes) {
                    insertIfAbsent(c, "select 1 from suppression where value_hash = ?",
                            "insert into suppression (value_hash, contact_id, recorded_at) values (?, ?, ?)", hash,
                            payload.contactId(), now);
                }
                try (PreparedStatement s = c.prepareStatement("insert into opt_out_record (dedupe_key, contact_id,"
                        + " opt_out_date, exposure_date, datapoint_count, recorded_at)"
                        + " select ?, ?, ?, ?, ?, ? where not exists"
                        + " (select 1 from opt_out_record where dedupe_key = ?)")) {
                    s.setString(1, inboxKey);
                    s.setString(2, payload.contactId());
                    s.setString(3, payload.contactOptOutDate());
                    s.setString(4, payload.contactExposureDate());
                    s.setInt(5, payload.datapoints().size());
                    s.setLong(6, now);
                    s.setString(7, inboxKey);
                    s.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("opt-out of contact " + payload.contactId() + " could not be stored", e);
        }
        Log.infof("Opt-out of contact %s enforced: %d datapoints suppressed", payload.contactId(), valueHashes.size());
        return bus.publishOptOut(inboxKey, new OptOutEvent(payload.contactId(), payload.contactOptOutDate(),
                payload.datapoints().stream()
                        .map(p -> new OptOutEvent.OptOutDatapoint(p.datapointId(), p.datapointType())).toList(),
                payload.partnerClientId()));
    }

    /** Records that Lusha refused a contact (451): its emails and phones are not answered from now on. */
    public void suppressContact(String contactId) {
        suppressions.addContact(contactId);
        caches.forEach(PiiCache::purgePii);
        sync.announce(List.of(), List.of(contactId));
        try (Connection c = store.dataSource().getConnection()) {
            insertIfAbsent(c, "select 1 from suppressed_contact where contact_id = ?",
                    "insert into suppressed_contact (contact_id, recorded_at) values (?, ?)", contactId, null,
                    System.currentTimeMillis());
        } catch (SQLException e) {
            Log.errorf("Suppression of contact %s could not be stored (SQLState %s); kept in memory", contactId,
                    e.getSQLState());
        }
        Log.infof("Contact %s suppressed after a 451 from Lusha", contactId);
    }

    /** Records that Lusha refused a lookup by this email (451): the address is suppressed as an opt-out's is. */
    public void suppressValue(String email) {
        String hash = hashes.hash(email);
        suppressions.addValues(Set.of(hash));
        caches.forEach(PiiCache::purgePii);
        sync.announce(List.of(hash), List.of());
        try (Connection c = store.dataSource().getConnection()) {
            insertIfAbsent(c, "select 1 from suppression where value_hash = ?",
                    "insert into suppression (value_hash, contact_id, recorded_at) values (?, ?, ?)", hash, "",
                    System.currentTimeMillis());
        } catch (SQLException e) {
            Log.errorf("Suppression of a refused email could not be stored (SQLState %s); kept in memory",
                    e.getSQLState());
        }
    }

    /** Opt-out records, newest first, without personal data. */
    public List<OptOutRecord> records(int limit, Long sinceMillis) {
        return OptOutRecord.read(store, limit, sinceMillis);
    }

    private static void insertIfAbsent(Connection c, String exists, String insert, String key, String contactId,
            long now) throws SQLException {
        try (PreparedStatement check = c.prepareStatement(exists)) {
            check.setString(1, key);
            if (check.executeQuery().next()) {
                return;
            }
        }
        try (PreparedStatement s = c.prepareStatement(insert)) {
            s.setString(1, key);
            if (contactId != null) {
                s.setString(2, contactId);
                s.setLong(3, now);
            } else {
                s.setLong(2, now);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
