package io.lushagraph.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.lushagraph.upstream.UpstreamExecutor;
import io.lushagraph.webhook.wire.AccountSecret;
import io.lushagraph.webhook.wire.AuditLogPage;
import io.lushagraph.webhook.wire.AuditLogStats;
import io.lushagraph.webhook.wire.CreateOptOutSubscriptionRequest;
import io.lushagraph.webhook.wire.CreateSubscriptionsRequest;
import io.lushagraph.webhook.wire.DeleteSubscriptionsRequest;
import io.lushagraph.webhook.wire.DeliveryStatus;
import io.lushagraph.webhook.wire.Subscription;
import io.lushagraph.webhook.wire.SubscriptionBatchResponse;
import io.lushagraph.webhook.wire.SubscriptionPage;
import io.lushagraph.webhook.wire.SubscriptionTestResult;
import io.lushagraph.webhook.wire.TestMode;
import io.lushagraph.webhook.wire.UpdateSubscriptionRequest;
import io.smallrye.mutiny.Uni;

/**
 * Calls Lusha's webhook management endpoints for one account through the {@link UpstreamExecutor}; bulk create
 * and delete report how many items they carry. Optional query parameters left {@code null} are not sent.
 */
@ApplicationScoped
public class WebhookClient {

    private final WebhookRestClient rest;
    private final UpstreamExecutor upstream;

    public WebhookClient(@RestClient WebhookRestClient rest, UpstreamExecutor upstream) {
        this.rest = rest;
        this.upstream = upstream;
    }

    /** {@code POST /api/subscriptions}. */
    public Uni<SubscriptionBatchResponse> createSubscriptions(LushaAccount account,
            CreateSubscriptionsRequest request) {
        return upstream.call(account, LushaEndpoint.SUBSCRIPTIONS_CREATE, size(request.subscriptions()),
                key -> rest.createSubscriptions(key, request));
    }

    /** {@code GET /api/subscriptions?limit=&offset=}. */
    public Uni<SubscriptionPage> listSubscriptions(LushaAccount account, Integer limit, Integer offset) {
        return upstream.call(account, LushaEndpoint.SUBSCRIPTIONS_LIST, 1,
                key -> rest.listSubscriptions(key, limit, offset));
    }

    /** {@code GET /api/subscriptions/{id}}. */
    public Uni<Subscription> subscription(LushaAccount account, String id) {
        return upstream.call(account, LushaEndpoint.SUBSCRIPTION_GET, 1, key -> rest.subscription(key, id));
    }

    /** {@code PATCH /api/subscriptions/{id}}. */
    public Uni<Subscription> updateSubscription(LushaAccount account, String id, UpdateSubscriptionRequest request) {
        return upstream.call(account, LushaEndpoint.SUBSCRIPTION_UPDATE, 1,
                key -> rest.updateSubscription(key, id, request));
    }

    /** {@code POST /api/subscriptions/delete}. */
    public Uni<SubscriptionBatchResponse> deleteSubscriptions(LushaAccount account, List<String> ids) {
        DeleteSubscriptionsRequest request = new DeleteSubscriptionsRequest(ids);
        return upstream.call(account, LushaEndpoint.SUBSCRIPTIONS_DELETE, size(ids),
                key -> rest.deleteSubscriptions(key, request));
    }

    /** {@code POST /api/subscriptions/{id}/test?mode=}; a {@code null} mode lets Lusha pick {@code full}. */
    public Uni<SubscriptionTestResult> testSubscription(LushaAccount account, String id, TestMode mode) {
        return upstream.call(account, LushaEndpoint.SUBSCRIPTION_TEST, 1, key -> rest.testSubscription(key, id, mode));
    }

    /** {@code POST /api/subscriptions/opt-out}. */
    public Uni<Subscription> createOptOutSubscription(LushaAccount account, CreateOptOutSubscriptionRequest request) {
        return upstream.call(account, LushaEndpoint.OPT_OUT_SUBSCRIPTION_CREATE, 1,
                key -> rest.createOptOutSubscription(key, request));
    }

    /** {@code GET /api/audit-logs?subscriptionId=&status=&limit=&offset=}. */
    public Uni<AuditLogPage> auditLogs(LushaAccount account, String subscriptionId, DeliveryStatus status,
            Integer limit, Integer offset) {
        return upstream.call(account, LushaEndpoint.AUDIT_LOGS, 1,
                key -> rest.auditLogs(key, subscriptionId, status, limit, offset));
    }

    /** {@code GET /api/audit-logs/stats?subscriptionId=}. */
    public Uni<AuditLogStats> auditLogStats(LushaAccount account, String subscriptionId) {
        return upstream.call(account, LushaEndpoint.AUDIT_LOG_STATS, 1,
                key -> rest.auditLogStats(key, subscriptionId));
    }

    /** {@code GET /api/account/secret}. */
    public Uni<AccountSecret> accountSecret(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.ACCOUNT_SECRET, 1, rest::accountSecret);
    }

    /**
     * {@code GET /api/account/secret} with one attempt and no retry: the read a webhook delivery can cause, which
     * Lusha's own retries of the delivery repeat if needed.
     */
    public Uni<AccountSecret> accountSecretOnce(LushaAccount account) {
        return upstream.callOnce(account, LushaEndpoint.ACCOUNT_SECRET, rest::accountSecret);
    }

    /** {@code POST /api/account/secret/regenerate}. */
    public Uni<AccountSecret> regenerateAccountSecret(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.ACCOUNT_SECRET_REGENERATE, 1, rest::regenerateAccountSecret);
    }

    private static int size(List<?> items) {
        return items == null ? 0 : items.size();
    }
}
