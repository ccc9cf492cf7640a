package io.lushagraph.webhook.wire;

import static io.lushagraph.WireJson.fixture;
import static io.lushagraph.WireJson.json;
import static io.lushagraph.WireJson.read;
import static io.lushagraph.WireJson.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SubscriptionWireTest {

    private static final String URL = "https://example.com/webhooks/lusha";

    @Test
    void writesTheCreateContractExampleExactly() {
        CreateSubscriptionsRequest request = new CreateSubscriptionsRequest(
                new CreateSubscriptionsRequest.Defaults(URL, "contact", List.of("promotion", "companyChange")), null,
                List.of(new CreateSubscriptionsRequest.Item("123", null, null, "Contact 123"),
                        new CreateSubscriptionsRequest.Item("456", null, null, "Contact 456"),
                        new CreateSubscriptionsRequest.Item("33222678", "company", List.of("itSpendIncrease"), null)));

        assertThat(written(request)).isEqualTo(fixture("webhook/create-subscriptions-request.json"));
    }

    @Test
    void writesOnlyTheFieldsAnUpdateChanges() {
        UpdateSubscriptionRequest reactivate = new UpdateSubscriptionRequest(null, null, null, true, null);
        UpdateSubscriptionRequest rotate = new UpdateSubscriptionRequest(null, null, null, null, true);

        assertThat(written(reactivate)).isEqualTo(fixture("webhook/update-subscription-request.json"));
        assertThat(written(rotate)).isEqualTo(json("{\"regenerateSecret\":true}"));
    }

    @Test
    void writesDeleteAndOptOutRequestsExactly() {
        assertThat(written(new DeleteSubscriptionsRequest(List.of("507f1f77bcf86cd799439011", "sub-456"))))
                .isEqualTo(fixture("webhook/delete-subscriptions-request.json"));
        assertThat(written(CreateOptOutSubscriptionRequest.contacts("https://example.com/webhook",
                "Account opt-out webhook"))).isEqualTo(fixture("webhook/opt-out-subscription-request.json"));
        assertThat(written(CreateOptOutSubscriptionRequest.contacts("https://example.com/webhook", null)))
                .isEqualTo(json("{\"entityType\":\"contact\",\"url\":\"https://example.com/webhook\"}"));
    }

    @Test
    void readsCreateResultsItemByItem() {
        SubscriptionBatchResponse response = read("webhook/create-subscriptions-response.json",
                SubscriptionBatchResponse.class);

        assertThat(response.total()).isEqualTo(3);
        assertThat(response.successful()).isEqualTo(2);
        assertThat(response.failed()).isEqualTo(1);
        SubscriptionBatchResponse.Result first = response.results().get(0);
        assertThat(first.success()).isTrue();
        assertThat(first.subscription().id()).isEqualTo("507f1f77bcf86cd799439011");
        assertThat(first.subscription().signalTypes()).containsExactly("promotion", "companyChange");
        assertThat(first.subscription().createdAt()).isEqualTo(Instant.parse("2026-02-02T10:00:00Z"));
        SubscriptionBatchResponse.Result duplicate = response.results().get(1);
        assertThat(duplicate.index()).isEqualTo(1);
        assertThat(duplicate.success()).isFalse();
        assertThat(duplicate.subscription()).isNull();
        assertThat(duplicate.error().code()).isEqualTo("DUPLICATE_SUBSCRIPTION");
        assertThat(response.results().get(2).subscription().entityType()).isEqualTo("company");
        assertThat(response.results().get(2).subscription().name()).isNull();
    }

    @Test
    void readsActiveAndBlockedSubscriptions() {
        SubscriptionPage page = read("webhook/list-subscriptions-response.json", SubscriptionPage.class);

        assertThat(page.pagination()).isEqualTo(new Pagination(25, 10, 0, true));
        Subscription active = page.data().get(0);
        assertThat(active.isActive()).isTrue();
        assertThat(active.blockReason()).isNull();
        assertThat(active.blockedAt()).isNull();
        assertThat(active.entityId()).isEqualTo("123456");
        Subscription blocked = page.data().get(1);
        assertThat(blocked.isActive()).isFalse();
        assertThat(blocked.blockReason()).isEqualTo("Max retries exceeded");
        assertThat(blocked.blockedAt()).isEqualTo(Instant.parse("2026-01-14T10:00:00Z"));
        assertThat(blocked.entityId()).isEqualTo("33222678");
    }

    @Test
    void readsAnUpdateAndKeepsTheRotatedSecretOutOfToString() {
        Subscription updated = read("webhook/update-subscription-response.json", Subscription.class);
        Subscription rotated = read("webhook/update-subscription-response-secret.json", Subscription.class);

        assertThat(updated.updatedAt()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
        assertThat(updated.secret()).isNull();
        assertThat(rotated.secret()).isEqualTo("whsec_abc123def456ghi789jkl012mno345pqr678stu901vwx234yz");
        assertThat(rotated.toString()).doesNotContain("whsec_").contains("507f1f77bcf86cd799439011");
    }

    @Test
    void readsDeleteResultsItemByItem() {
        SubscriptionBatchResponse response = read("webhook/delete-subscriptions-response.json",
                SubscriptionBatchResponse.class);

        assertThat(response.successful()).isEqualTo(1);
        assertThat(response.results().get(0).subscription().name()).isEqualTo("Contact Webhook");
        assertThat(response.results().get(1).error()).isEqualTo(new SubscriptionBatchResponse.ItemError(
                "NOT_FOUND", "Subscription with id 'sub-456' not found"));
    }

    @Test
    void readsATestDelivery() {
        SubscriptionTestResult result = read("webhook/test-subscription-response.json", SubscriptionTestResult.class);

        assertThat(result.subscriptionId()).isEqualTo("507f1f77bcf86cd799439011");
        assertThat(result.mode()).isEqualTo("full");
        assertThat(result.isSuccess()).isTrue();
        assertThat(result.flowCheck()).isEqualTo(new SubscriptionTestResult.FlowCheck(true, 200, 150L));
        assertThat(result.testPayload().signalType()).isEqualTo("promotion");
        assertThat(result.testPayload().data().isObject()).isTrue();
        assertThat(result.timestamp()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void readsTheOptOutSubscription() {
        Subscription optOut = read("webhook/opt-out-subscription-response.json", Subscription.class);

        assertThat(optOut.id()).isEqualTo("6a0ca910b402df368d2aff07");
        assertThat(optOut.entityId()).isEqualTo("431705");
        assertThat(optOut.signalTypes()).containsExactly("optOut");
        assertThat(optOut.createdAt()).isEqualTo(Instant.parse("2026-05-19T18:16:48.360Z"));
    }

    @Test
    void writesQueryEnumsAsLushaSpellsThem() {
        assertThat(TestMode.DIRECT).hasToString("direct");
        assertThat(TestMode.FULL).hasToString("full");
        assertThat(DeliveryStatus.PERMANENT_FAILURE).hasToString("permanent_failure");
    }
}
