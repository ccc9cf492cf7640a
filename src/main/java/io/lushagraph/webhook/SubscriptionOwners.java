package io.lushagraph.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.store.Store;

/**
 * Which tenant owns each Lusha webhook subscription, so that its deliveries reach only that tenant and only it may
 * read, change, test or delete it. Blocking JDBC: call from a worker thread.
 */
@ApplicationScoped
public class SubscriptionOwners {

    private final Store store;

    public SubscriptionOwners(Store store) {
        this.store = store;
    }

    /** Records (or moves) a subscription to a tenant. */
    public void record(String subscriptionId, String tenant) {
        recordAll(List.of(subscriptionId), tenant);
    }

    /** Records (or moves) subscriptions to a tenant, all or none. */
    public void recordAll(Collection<String> subscriptionIds, String tenant) {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c
                    .prepareStatement("delete from webhook_subscription_owner where subscription_id = ?");
                    PreparedStatement insert = c.prepareStatement("insert into webhook_subscription_owner"
                            + " (subscription_id, tenant, recorded_at) values (?, ?, ?)")) {
                long now = System.currentTimeMillis();
                for (String id : subscriptionIds) {
                    delete.setString(1, id);
                    delete.executeUpdate();
                    insert.setString(1, id);
                    insert.setString(2, tenant);
                    insert.setLong(3, now);
                    insert.executeUpdate();
                }
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

    /** The subscriptions a tenant owns, the most recently recorded first. */
    public Set<String> ownedBy(String tenant) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select subscription_id from webhook_subscription_owner"
                        + " where tenant = ? order by recorded_at desc, subscription_id")) {
            s.setString(1, tenant);
            Set<String> ids = new LinkedHashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("subscription owners could not be read", e);
        }
    }

    /** Forgets the owners of subscriptions that no longer exist. */
    public void forget(Collection<String> subscriptionIds) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c
                        .prepareStatement("delete from webhook_subscription_owner where subscription_id = ?")) {
            for (String id : subscriptionIds) {
                s.setString(1, id);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("subscription owners could not be removed", e);
        }
    }
}
