package io.lushagraph.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

/**
 * The {@code tenant_credit_usage} table: credits spent per tenant and UTC day. Every change is one conditional
 * statement, so replicas sharing the database never together pass a tenant's budget. Blocking JDBC: call from a
 * worker thread.
 */
final class CreditUsage {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    CreditUsage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds {@code credits} to the day's spending when it stays within {@code daily}; whether it did. */
    boolean reserve(String tenant, LocalDate day, long credits, long daily) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (add(c, tenant, day, credits, daily)) {
                return true;
            }
            // No row yet, or one another replica or thread inserted since: the second attempt decides.
            if (spent(c, tenant, day) < 0) {
                insertEmpty(c, tenant, day);
            }
            return add(c, tenant, day, credits, daily);
        }
    }

    /** Takes {@code credits} off the day's spending, never below zero. */
    void refund(String tenant, LocalDate day, long credits) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update tenant_credit_usage"
                        + " set spent = case when spent > ? then spent - ? else 0 end"
                        + " where tenant = ? and usage_day = ?")) {
            s.setLong(1, credits);
            s.setLong(2, credits);
            s.setString(3, tenant);
            s.setObject(4, day);
            s.executeUpdate();
        }
    }

    /** Credits spent on the day; zero when nothing was. */
    long spent(String tenant, LocalDate day) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Math.max(0, spent(c, tenant, day));
        }
    }

    /** Forgets everything the tenant spent, on every day. */
    void forget(String tenant) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from tenant_credit_usage where tenant = ?")) {
            s.setString(1, tenant);
            s.executeUpdate();
        }
    }

    private static boolean add(Connection c, String tenant, LocalDate day, long credits, long daily)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update tenant_credit_usage set spent = spent + ?"
                + " where tenant = ? and usage_day = ? and spent + ? <= ?")) {
            s.setLong(1, credits);
            s.setString(2, tenant);
            s.setObject(3, day);
            s.setLong(4, credits);
            s.setLong(5, daily);
            return s.executeUpdate() == 1;
        }
    }

    // -1 when the day has no row yet.
    private static long spent(Connection c, String tenant, LocalDate day) throws SQLException {
        try (PreparedStatement s = c
                .prepareStatement("select spent from tenant_credit_usage where tenant = ? and usage_day = ?")) {
            s.setString(1, tenant);
            s.setObject(2, day);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    // Another replica or thread may insert the same row first: its row is as good as ours.
    private static void insertEmpty(Connection c, String tenant, LocalDate day) throws SQLException {
        try (PreparedStatement s = c
                .prepareStatement("insert into tenant_credit_usage (tenant, usage_day, spent) values (?, ?, 0)")) {
            s.setString(1, tenant);
            s.setObject(2, day);
            s.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
