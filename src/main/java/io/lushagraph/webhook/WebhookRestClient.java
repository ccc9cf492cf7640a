package io.lushagraph.webhook;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.lushagraph.upstream.LushaErrorMapper;
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
 * Lusha's webhook management endpoints: subscriptions ({@code /api/subscriptions*}), delivery audit logs
 * ({@code /api/audit-logs*}) and the account's signing secret ({@code /api/account/secret*}).
 */
@RegisterRestClient(configKey = "lusha-webhooks")
@RegisterProvider(LushaErrorMapper.class)
@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface WebhookRestClient {

    @POST
    @Path("/subscriptions")
    Uni<RestResponse<SubscriptionBatchResponse>> createSubscriptions(@HeaderParam("api_key") String apiKey,
            CreateSubscriptionsRequest request);

    @GET
    @Path("/subscriptions")
    Uni<RestResponse<SubscriptionPage>> listSubscriptions(@HeaderParam("api_key") String apiKey,
            @RestQuery Integer limit, @RestQuery Integer offset);

    @GET
    @Path("/subscriptions/{id}")
    Uni<RestResponse<Subscription>> subscription(@HeaderParam("api_key") String apiKey, @RestPath String id);

    @PATCH
    @Path("/subscriptions/{id}")
    Uni<RestResponse<Subscription>> updateSubscription(@HeaderParam("api_key") String apiKey, @RestPath String id,
            UpdateSubscriptionRequest request);

    @POST
    @Path("/subscriptions/delete")
    Uni<RestResponse<SubscriptionBatchResponse>> deleteSubscriptions(@HeaderParam("api_key") String apiKey,
            DeleteSubscriptionsRequest request);

    @POST
    @Path("/subscriptions/{id}/test")
    Uni<RestResponse<SubscriptionTestResult>> testSubscription(@HeaderParam("api_key") String apiKey,
            @RestPath String id, @RestQuery TestMode mode);

    @POST
    @Path("/subscriptions/opt-out")
    Uni<RestResponse<Subscription>> createOptOutSubscription(@HeaderParam("api_key") String apiKey,
            CreateOptOutSubscriptionRequest request);

    @GET
    @Path("/audit-logs")
    Uni<RestResponse<AuditLogPage>> auditLogs(@HeaderParam("api_key") String apiKey,
            @RestQuery String subscriptionId, @RestQuery DeliveryStatus status, @RestQuery Integer limit,
            @RestQuery Integer offset);

    @GET
    @Path("/audit-logs/stats")
    Uni<RestResponse<AuditLogStats>> auditLogStats(@HeaderParam("api_key") String apiKey,
            @RestQuery String subscriptionId);

    @GET
    @Path("/account/secret")
    Uni<RestResponse<AccountSecret>> accountSecret(@HeaderParam("api_key") String apiKey);

    @POST
    @Path("/account/secret/regenerate")
    Uni<RestResponse<AccountSecret>> regenerateAccountSecret(@HeaderParam("api_key") String apiKey);
}
