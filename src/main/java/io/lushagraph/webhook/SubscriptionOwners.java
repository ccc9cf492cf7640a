package io.lushagraph.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.store.Store;

/**
 * Which tenants own each Lusha webhook subscription, so that its deliveries reach only them and only they may read,
 * change, test or delete it. Lusha allows one subscription per entity per account, so tenants that watch the same
 * entity share it: each is an owner with its own view (signal types and name) once it shares, and receives only the
 * signal types it asked for. Blocking JDBC: call from a worker thread.
 */
@ApplicationScoped
public class SubscriptionOwners {

    private static final String ALL_SIGNALS = "allSignals";

    private final Store store;

    public SubscriptionOwners(Store store) {
        this.store = store;
    }

    /**
     * One tenant's ownership of a subscription.
     *
     * @param viewStored whether {@code signalTypes} and {@code name} are the tenant's own view; when false the
     *        tenant's view is Lusha's subscription as it is
     */
    public record Owner(String tenant, boolean viewStored, List<String> signalTypes, String name) {

        /** Whether a signal of this type reaches this owner. */
        public boolean wants(String type) {
            return !viewStored || signalTypes.contains(ALL_SIGNALS) || signalTypes.contains(type);
        }
    }

    /** Records a tenant as an owner of a subscription, its view being Lusha's. */
    public void record(String subscriptionId, String tenant) {
        recordAll(List.of(subscriptionId), tenant);
    }

    /** Records a tenant as an owner of subscriptions, its view being Lusha's; all or none. */
    public void recordAll(Collection<String> subscriptionIds, String tenant) {
        transaction(c -> {
            long now = System.currentTimeMillis();
            for (String id : subscriptionIds) {
                upsert(c, id, new Owner(tenant, false, null, null), now);
            }
            return null;
        }, "subscription owner could not be stored");
    }

    /**
     * Adds a tenant as an owner of a subscription other tenants own, with its own view. Owners whose view was
     * Lusha's keep what Lusha held until now ({@code lushaTypes}, {@code lushaName}) as their own view, since Lusha's
     * subscription may now deliver more than they asked for.
     */
    public void join(String subscriptionId, Owner joiner, List<String> lushaTypes, String lushaName) {
        transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("update webhook_subscription_owner set view_stored = true,"
                    + " signal_types = ?, name = ? where subscription_id = ? and view_stored = false")) {
                s.setString(1, join(lushaTypes));
                s.setString(2, lushaName);
                s.setString(3, subscriptionId);
                s.executeUpdate();
            }
            upsert(c, subscriptionId, new Owner(joiner.tenant(), true, joiner.signalTypes(), joiner.name()),
                    System.currentTimeMillis());
            return null;
        }, "subscription owner could not be stored");
    }

    /** Replaces a tenant's own view of a subscription it owns. */
    public void updateView(String subscriptionId, String tenant, List<String> signalTypes, String name) {
        transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("update webhook_subscription_owner set view_stored = true,"
                    + " signal_types = ?, name = ? where subscription_id = ? and tenant = ?")) {
                s.setString(1, join(signalTypes));
                s.setString(2, name);
                s.setString(3, subscriptionId);
                s.setString(4, tenant);
                s.executeUpdate();
            }
            return null;
        }, "subscription owner could not be stored");
    }

    /** Every owner of a subscription, the earliest first. */
    public List<Owner> owners(String subscriptionId) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("select tenant, view_stored, signal_types, name from"
                    + " webhook_subscription_owner where subscription_id = ? order by recorded_at, tenant")) {
                s.setString(1, subscriptionId);
                List<Owner> owners = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        owners.add(owner(rs));
                    }
                }
                return owners;
            }
        });
    }

    /** The first recorded owner of a subscription, if any. */
    public Optional<String> owner(String subscriptionId) {
        return owners(subscriptionId).stream().map(Owner::tenant).findFirst();
    }

    /** The subscriptions a tenant owns with its ownership of each, the most recently recorded first. */
    public Map<String, Owner> ownedBy(String tenant) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("select tenant, view_stored, signal_types, name,"
                    + " subscription_id from webhook_subscription_owner where tenant = ?"
                    + " order by recorded_at desc, subscription_id")) {
                s.setString(1, tenant);
                Map<String, Owner> owned = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        owned.put(rs.getString(5), owner(rs));
                    }
                }
                return owned;
            }
        });
    }

    /**
     * Removes a tenant from the owners of a subscription unless it is the last one. The owners are locked while
     * they are counted, so that two tenants leaving at once cannot both believe the other stays.
     *
     * @return true when the tenant left and others still own the subscription; false when it is the last owner (or
     *         none), whose row stays until Lusha's subscription is deleted
     */
    public boolean leaveUnlessLast(String subscriptionId, String tenant) {
        return transaction(c -> {
            boolean others = false;
            boolean mine = false;
            try (PreparedStatement s = c.prepareStatement("select tenant from webhook_subscription_owner"
                    + " where subscription_id = ? for update")) {
                s.setString(1, subscriptionId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        boolean self = tenant.equals(rs.getString(1));
                        mine |= self;
                        others |= !self;
                    }
                }
            }
            if (!mine || !others) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "delete from webhook_subscription_owner where subscription_id = ? and tenant = ?")) {
                s.setString(1, subscriptionId);
                s.setString(2, tenant);
                s.executeUpdate();
            }
            return true;
        }, "subscription owner could not be removed");
    }

    /** Forgets every owner of subscriptions that no longer exist. */
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

    private static void upsert(Connection c, String id, Owner owner, long now) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "delete from webhook_subscription_owner where subscription_id = ? and tenant = ?");
                PreparedStatement insert = c.prepareStatement("insert into webhook_subscription_owner"
                        + " (subscription_id, tenant, view_stored, signal_types, name, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
            delete.setString(1, id);
            delete.setString(2, owner.tenant());
            delete.executeUpdate();
            insert.setString(1, id);
            insert.setString(2, owner.tenant());
            insert.setBoolean(3, owner.viewStored());
            insert.setString(4, join(owner.signalTypes()));
            insert.setString(5, owner.name());
            insert.setLong(6, now);
            insert.executeUpdate();
        }
    }

    private static Owner owner(ResultSet rs) throws SQLException {
        String types = rs.getString(3);
        return new Owner(rs.getString(1), rs.getBoolean(2),
                types == null || types.isEmpty() ? List.of() : Arrays.asList(types.split(",")), rs.getString(4));
    }

    private static String join(List<String> types) {
        return types == null ? null : String.join(",", types);
    }

    private <T> T read(Work<T> work) {
        try (Connection c = store.dataSource().getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("subscription owners could not be read", e);
        }
    }

    private <T> T transaction(Work<T> work, String failure) {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    /** One piece of JDBC work. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }
}
