package io.lushagraph.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.store.Store;

/** Which tenant owns each Lusha webhook subscription, so that its deliveries reach only that tenant. */
@ApplicationScoped
public class SubscriptionOwners {

    private final Store store;

    public SubscriptionOwners(Store store) {
        this.store = store;
    }

    /** Records (or moves) a subscription to a tenant. */
    public void record(String subscriptionId, String tenant) {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c
                    .prepareStatement("delete from webhook_subscription_owner where subscription_id = ?");
                    PreparedStatement insert = c.prepareStatement("insert into webhook_subscription_owner"
                            + " (subscription_id, tenant, recorded_at) values (?, ?, ?)")) {
                delete.setString(1, subscriptionId);
                delete.executeUpdate();
                insert.setString(1, subscriptionId);
                insert.setString(2, tenant);
                insert.setLong(3, System.currentTimeMillis());
                insert.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subscription owner could not be stored", e);
        }
    }

    /** The tenant that owns a subscription, if recorded. */
    public Optional<String> owner(String subscriptionId) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c
                        .prepareStatement("select tenant from webhook_subscription_owner where subscription_id = ?")) {
            s.setString(1, subscriptionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subscription owner could not be read", e);
        }
    }
}
