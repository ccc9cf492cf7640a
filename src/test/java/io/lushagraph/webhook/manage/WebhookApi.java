package io.lushagraph.webhook.manage;

import java.util.List;
import java.util.Map;

import io.lushagraph.GraphQL;
import io.restassured.path.json.JsonPath;

/** The webhook management documents, sent as a tenant would send them. */
final class WebhookApi {

    static final String FIELDS = "id entityType entityId signalTypes url name isActive blockReason createdAt updatedAt "
            + "optOut";

    static final String CREATE = """
            mutation($inputs: [WebhookSubscriptionInput!]!) {
              createWebhookSubscriptions(inputs: $inputs) { subscription { %s } error { code message } }
            }""".formatted(FIELDS);
    static final String CREATE_OPT_OUT = """
            mutation($input: OptOutSubscriptionInput) { createOptOutSubscription(input: $input) { %s } }"""
            .formatted(FIELDS);
    static final String LIST = """
            query($limit: Int!, $offset: Int!) {
              webhookSubscriptions(limit: $limit, offset: $offset) { total items { %s } }
            }""".formatted(FIELDS);
    static final String GET = "query($id: ID!) { webhookSubscription(id: $id) { %s } }".formatted(FIELDS);
    static final String UPDATE = """
            mutation($id: ID!, $input: WebhookSubscriptionUpdate!) {
              updateWebhookSubscription(id: $id, input: $input) { %s }
            }""".formatted(FIELDS);
    static final String DELETE = """
            mutation($ids: [String!]!) { deleteWebhookSubscriptions(ids: $ids) { id deleted error { code message } } }""";
    static final String TEST = """
            mutation($id: ID!, $mode: WebhookTestMode) {
              testWebhookSubscription(id: $id, mode: $mode) { subscriptionId url mode success statusCode signalType }
            }""";
    static final String DELIVERIES = """
            query($id: ID!, $status: WebhookDeliveryStatus) {
              webhookDeliveries(subscriptionId: $id, status: $status) {
                total hasMore items { id subscriptionId payloadId status statusCode url deliveredAt error }
              }
            }""";
    static final String STATS = """
            query($id: ID) {
              webhookDeliveryStats(subscriptionId: $id) { total success failed successRate quarantined }
            }""";

    private WebhookApi() {
    }

    static JsonPath send(String tenantKey, String document, Map<String, Object> variables) {
        return GraphQL.post(tenantKey, document, variables).statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> input(String entityType, String entityId, List<String> types) {
        return types == null ? Map.of("entityType", entityType, "entityId", entityId)
                : Map.of("entityType", entityType, "entityId", entityId, "signalTypes", types);
    }

    /** The error code of each result of a list answer, null for those without an error. */
    static List<String> codes(JsonPath answer, String results) {
        List<Map<String, Object>> items = answer.getList(results);
        return items.stream().map(item -> item.get("error") instanceof Map<?, ?> error ? (String) error.get("code")
                : null).toList();
    }

    /** Creates subscriptions for a tenant and returns their ids, failing the test when one is not created. */
    static List<String> create(String tenantKey, List<Map<String, Object>> inputs) {
        JsonPath answer = send(tenantKey, CREATE, Map.of("inputs", inputs));
        List<String> ids = answer.getList("data.createWebhookSubscriptions.subscription.id");
        if (ids == null || ids.contains(null)) {
            throw new AssertionError("not every subscription was created: " + answer.prettify());
        }
        return ids;
    }
}
