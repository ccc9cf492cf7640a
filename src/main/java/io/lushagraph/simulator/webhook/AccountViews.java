package io.lushagraph.simulator.webhook;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimReply;

/**
 * The read side of the webhook API and the account secret: subscription list and lookup, audit logs and their
 * stats (Lusha's listSubscriptions, getSubscriptionById, getAuditLogs, getAuditLogStats, getAccountSecret and
 * regenerateAccountSecret).
 */
@Singleton
public class AccountViews {

    private final HookBook book;
    private final AuditLog audit;

    public AccountViews(HookBook book, AuditLog audit) {
        this.book = book;
        this.audit = audit;
    }

    SimReply list(String limit, String offset) {
        Paging paging = Paging.parse(limit, offset, 10);
        return SimReply.ok(WebhookWire.Page.of(book.all().stream().map(Hook::wire).toList(), paging.limit(),
                paging.offset()));
    }

    SimReply get(String id) {
        return book.get(id).map(hook -> SimReply.ok(hook.wire())).orElseGet(AccountViews::notFound);
    }

    SimReply auditLogs(String subscriptionId, String status, String limit, String offset) {
        if (status != null && !AuditLog.STATUSES.contains(status)) {
            throw RequestRejected.validation("status must be one of: success, failed, permanent_failure");
        }
        Paging paging = Paging.parse(limit, offset, 50);
        return SimReply.ok(WebhookWire.Page.of(audit.find(subscriptionId, status), paging.limit(), paging.offset()));
    }

    SimReply auditStats(String subscriptionId) {
        return SimReply.ok(audit.stats(subscriptionId));
    }

    SimReply secret() {
        return book.secret().map(secret -> SimReply.ok(new WebhookWire.Secret(secret)))
                .orElseGet(() -> SimReply.error(404, SubscriptionDesk.NO_SECRET));
    }

    SimReply regenerateSecret() {
        return SimReply.ok(new WebhookWire.Secret(book.regenerateSecret()));
    }

    static SimReply notFound() {
        return SimReply.error(404, "Resource not found");
    }
}
