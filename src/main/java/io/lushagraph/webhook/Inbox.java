package io.lushagraph.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.store.Store;

/**
 * The durable webhook inbox: one row per delivery, unique by its dedupe key, so a replay or a concurrent duplicate
 * creates nothing new. Rows are processed after the acknowledgement and kept for the retention period.
 */
@ApplicationScoped
public class Inbox {

    /** Waiting for (another) processing attempt. */
    public static final String PENDING = "pending";
    /** Processed. */
    public static final String DONE = "done";
    /** Well signed but not understood: kept for a person to look at, never processed. */
    public static final String QUARANTINED = "quarantined";
    /** Failed every attempt: kept, logged and counted for a person to unblock. */
    public static final String BLOCKED = "blocked";

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DATA_EXCEPTION = "22";

    private final Store store;

    public Inbox(Store store) {
        this.store = store;
    }

    /** A stored delivery due for processing; {@code receivedAt} in epoch milliseconds. */
    public record Row(String key, String kind, String payload, int attempts, long receivedAt) {
    }

    /**
     * Stores a delivery in one transaction; false when its key is already stored.
     *
     * @throws SQLException when the store cannot persist it
     */
    public boolean insert(Delivery delivery, long now) throws SQLException {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("insert into webhook_inbox (dedupe_key, kind, status, payload,"
                        + " received_at, attempts, next_attempt_at, reason, subscription_id, raw_payload)"
                        + " values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")) {
            s.setString(1, delivery.key());
            s.setString(2, delivery.kind());
            s.setString(3, delivery.status());
            s.setString(4, delivery.payload());
            s.setLong(5, now);
            s.setLong(6, now);
            s.setString(7, delivery.reason());
            s.setString(8, delivery.subscriptionId());
            if (delivery.raw() == null) {
                s.setNull(9, Types.BINARY);
            } else {
                s.setBytes(9, delivery.raw());
            }
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Whether the store refused a row's values (SQLState class 22, data exception): the same row always would. */
    public static boolean refusedValues(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith(DATA_EXCEPTION);
    }

    /** Quarantined deliveries still kept that name one of these subscriptions. */
    public int quarantined(Collection<String> subscriptionIds) throws SQLException {
        if (subscriptionIds.isEmpty()) {
            return 0;
        }
        String marks = String.join(", ", Collections.nCopies(subscriptionIds.size(), "?"));
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from webhook_inbox where status = ? and"
                        + " subscription_id in (" + marks + ")")) {
            s.setString(1, QUARANTINED);
            int i = 2;
            for (String id : subscriptionIds) {
                s.setString(i++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Pending rows whose next attempt is due, oldest first. */
    public List<Row> due(long now, int limit) throws SQLException {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c
                        .prepareStatement("select dedupe_key, kind, payload, attempts, received_at from webhook_inbox"
                                + " where status = ? and next_attempt_at <= ? order by next_attempt_at limit ?")) {
            s.setString(1, PENDING);
            s.setLong(2, now);
            s.setInt(3, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5)));
                }
            }
            return rows;
        }
    }

    /** Takes a row for one attempt, leasing it until {@code leaseUntil}; false when another worker took it. */
    public boolean claim(Row row, long leaseUntil) throws SQLException {
        return update("update webhook_inbox set attempts = attempts + 1, next_attempt_at = ? where dedupe_key = ?"
                + " and status = ? and attempts = ?", leaseUntil, row.key(), PENDING, row.attempts()) == 1;
    }

    /** Schedules the next attempt of a row whose attempt failed. */
    public void retryAt(String key, long at) throws SQLException {
        update("update webhook_inbox set next_attempt_at = ? where dedupe_key = ? and status = ?", at, key, PENDING);
    }

    /** Marks a row done and drops its payload, for deliveries whose payload holds contact data. */
    public void finishDroppingPayload(String key, long now) throws SQLException {
        update("update webhook_inbox set status = ?, payload = null, processed_at = ? where dedupe_key = ?", DONE, now,
                key);
    }

    /** Marks a row done or blocked, leaving its payload. */
    public void finish(String key, String status, long now) throws SQLException {
        update("update webhook_inbox set status = ?, processed_at = ? where dedupe_key = ?", status, now, key);
    }

    /** Deletes processed and quarantined rows received before the cutoff; blocked and pending rows stay. */
    public int purgeBefore(long cutoff) throws SQLException {
        return update("delete from webhook_inbox where status in (?, ?) and received_at < ?", DONE, QUARANTINED,
                cutoff);
    }

    private int update(String sql, Object... args) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }
}
