package io.lushagraph.webhook.wire;

import static io.lushagraph.WireJson.STRICT;
import static io.lushagraph.WireJson.UNKNOWN_ONLY;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownPropertiesTest {

    @ParameterizedTest
    @ValueSource(classes = {
            AccountSecret.class,
            AuditLogEntry.class,
            AuditLogPage.class,
            AuditLogStats.class,
            CreateOptOutSubscriptionRequest.class,
            CreateSubscriptionsRequest.class,
            CreateSubscriptionsRequest.Defaults.class,
            CreateSubscriptionsRequest.Item.class,
            DeleteSubscriptionsRequest.class,
            OptOutWebhookPayload.class,
            OptOutWebhookPayload.Datapoint.class,
            Pagination.class,
            Subscription.class,
            SubscriptionBatchResponse.class,
            SubscriptionBatchResponse.Result.class,
            SubscriptionBatchResponse.ItemError.class,
            SubscriptionPage.class,
            SubscriptionTestResult.class,
            SubscriptionTestResult.FlowCheck.class,
            SubscriptionTestResult.TestPayload.class,
            UpdateSubscriptionRequest.class,
            WebhookPayload.class,
            WebhookPayload.Billing.class
    })
    void everyRecordIgnoresPropertiesItDoesNotKnowWhateverTheMapper(Class<?> record) {
        assertThatCode(() -> STRICT.readValue(UNKNOWN_ONLY, record)).doesNotThrowAnyException();
    }
}
