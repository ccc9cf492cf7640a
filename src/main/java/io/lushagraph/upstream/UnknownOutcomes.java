package io.lushagraph.upstream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.store.Store;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Records every credit-spending call whose outcome is unknown (it may have been charged) in the durable store, to be
 * reconciled with Lusha's usage figures, and counts them in {@code lusha_upstream_unknown_outcomes_total}.
 */
@ApplicationScoped
public class UnknownOutcomes {

    private final Store store;
    private final MeterRegistry meters;

    public UnknownOutcomes(Store store, MeterRegistry meters) {
        this.store = store;
        this.meters = meters;
    }

    /** Records one call off the caller's thread; a store failure is logged, never thrown at the caller. */
    public void record(LushaAccount account, LushaEndpoint endpoint, int items) {
        meters.counter("lusha_upstream_unknown_outcomes", "endpoint", endpoint.key()).increment();
        Log.warnf("Lusha %s for %s may or may not have been processed (%d items); recorded for reconciliation",
                endpoint.key(), account, items);
        Infrastructure.getDefaultWorkerPool().execute(() -> insert(account, endpoint, items));
    }

    /** Recorded calls not reconciled yet. */
    public int open() throws SQLException {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from upstream_unknown_outcome where reconciled = false");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void insert(LushaAccount account, LushaEndpoint endpoint, int items) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("insert into upstream_unknown_outcome"
                        + " (id, account, endpoint, items, occurred_at, reconciled) values (?, ?, ?, ?, ?, false)")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, account.id());
            s.setString(3, endpoint.key());
            s.setInt(4, items);
            s.setLong(5, System.currentTimeMillis());
            s.executeUpdate();
        } catch (SQLException e) {
            Log.errorf("An unknown outcome of Lusha %s could not be recorded (SQLState %s)", endpoint.key(),
                    e.getSQLState());
        }
    }
}
