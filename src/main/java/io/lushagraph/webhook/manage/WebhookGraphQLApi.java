package io.lushagraph.webhook.manage;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.lushagraph.tenant.GatewayRequests;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/**
 * Webhook subscriptions managed per tenant: each tenant creates, lists, reads, changes, tests and deletes only its
 * own, and receives only their events (signalEvents). Tenants watching the same entity share Lusha's one
 * subscription to it.
 */
@GraphQLApi
public class WebhookGraphQLApi {

    private final WebhookCreation creation;
    private final WebhookChanges changes;
    private final WebhookQueries queries;
    private final Context context;

    public WebhookGraphQLApi(WebhookCreation creation, WebhookChanges changes, WebhookQueries queries,
            Context context) {
        this.creation = creation;
        this.changes = changes;
        this.queries = queries;
        this.context = context;
    }

    @Query("webhookSubscriptions")
    @Description("The calling tenant's webhook subscriptions, newest first. Walks Lusha's account-wide list, 100 "
            + "per call, until the page is full.")
    @NonNull
    public Uni<WebhookSubscriptionPage> webhookSubscriptions(
            @Name("limit") @DefaultValue("20") @Description("At most this many, 1 to 100.") int limit,
            @Name("offset") @DefaultValue("0") @Description("Skip this many first.") int offset) {
        return queries.list(GatewayRequests.current(context), limit, offset);
    }

    @Query("webhookSubscription")
    @Description("One of the calling tenant's webhook subscriptions; NOT_FOUND for another tenant's, with no call to "
            + "Lusha.")
    public Uni<WebhookSubscription> webhookSubscription(
            @NonNull @Id @Name("id") @Description("The subscription's id.") String id) {
        return queries.get(GatewayRequests.current(context), id);
    }

    @Query("webhookDeliveries")
    @Description("Delivery attempts of one of the calling tenant's subscriptions, from Lusha's audit log, newest "
            + "first.")
    @NonNull
    public Uni<WebhookDeliveryPage> webhookDeliveries(
            @NonNull @Id @Name("subscriptionId") @Description("The subscription.") String subscriptionId,
            @Name("status") @Description("Only attempts with this outcome.") WebhookDeliveryStatus status,
            @Name("limit") @DefaultValue("50") @Description("At most this many, 1 to 100.") int limit,
            @Name("offset") @DefaultValue("0") @Description("Skip this many first.") int offset) {
        return queries.deliveries(GatewayRequests.current(context), subscriptionId, status, limit, offset);
    }

    @Query("webhookDeliveryStats")
    @Description("Delivery attempt counts of one subscription, or summed over all the calling tenant's (one Lusha "
            + "call each, at most 25).")
    @NonNull
    public Uni<WebhookDeliveryStats> webhookDeliveryStats(
            @Id @Name("subscriptionId") @Description("One subscription; all of the tenant's when left out.") String subscriptionId) {
        return queries.stats(GatewayRequests.current(context), subscriptionId);
    }

    @Mutation("createWebhookSubscriptions")
    @Description("Creates webhook subscriptions owned by the calling tenant: one result per input, in order, each "
            + "failing alone. Makes sure the account has a signing secret first; inputs go to Lusha 25 per call, one "
            + "call per delivery URL. Lusha allows one subscription per entity per account: an entity already "
            + "watched at the same url is shared, the tenant becoming one of its owners with its own signal types "
            + "and name.")
    @NonNull
    public Uni<List<@NonNull WebhookSubscriptionResult>> createWebhookSubscriptions(
            @NonNull @Name("inputs") @Description("1 to 100 subscriptions to create.") List<@NonNull WebhookSubscriptionInput> inputs) {
        return creation.create(GatewayRequests.current(context), inputs);
    }

    @Mutation("createOptOutSubscription")
    @Description("Creates the account's one opt-out subscription, owned by the calling tenant; admin tenants only "
            + "(FORBIDDEN otherwise). Opt-outs are enforced for every tenant and reach every tenant's optOutEvents.")
    @NonNull
    public Uni<WebhookSubscription> createOptOutSubscription(
            @Name("input") @Description("Where to deliver and a name; this gateway's receiver when left out.") OptOutSubscriptionInput input) {
        return creation.createOptOut(GatewayRequests.current(context), input);
    }

    @Mutation("updateWebhookSubscription")
    @Description("Changes one of the calling tenant's subscriptions; NOT_FOUND for another tenant's. On a shared "
            + "subscription signalTypes and name change the tenant's own view; url and isActive: false are refused.")
    @NonNull
    public Uni<WebhookSubscription> updateWebhookSubscription(
            @NonNull @Id @Name("id") @Description("The subscription's id.") String id,
            @NonNull @Name("input") @Description("What to change.") WebhookSubscriptionUpdate input) {
        return changes.update(GatewayRequests.current(context), id, input);
    }

    @Mutation("deleteWebhookSubscriptions")
    @Description("Deletes some of the calling tenant's subscriptions: one result per id, in order; another tenant's "
            + "is NOT_FOUND and is not sent to Lusha. Lusha deletes 25 per call. A shared subscription stays at "
            + "Lusha until its last owner deletes it.")
    @NonNull
    public Uni<List<@NonNull WebhookDeletion>> deleteWebhookSubscriptions(
            // [String!]! rather than [ID!]!: SmallRye GraphQL 2.17 cannot coerce a list argument marked @Id.
            @NonNull @Name("ids") @Description("1 to 100 subscription ids.") List<@NonNull String> ids) {
        return changes.delete(GatewayRequests.current(context), ids);
    }

    @Mutation("testWebhookSubscription")
    @Description("Has Lusha send a free test delivery (mock data) to one of the calling tenant's subscriptions; a "
            + "FULL test of a shared subscription is refused, since it would reach every owner.")
    @NonNull
    public Uni<WebhookTestResult> testWebhookSubscription(
            @NonNull @Id @Name("id") @Description("The subscription's id.") String id,
            @Name("mode") @Description("How far the test goes; FULL when left out.") WebhookTestMode mode) {
        return changes.test(GatewayRequests.current(context), id, mode);
    }
}
