package io.lushagraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;

/** A tenant's credits left today, as {@code me} shows them. */
public final class Budgets {

    private Budgets() {
    }

    public static int remaining(String tenantKey) {
        return GraphQL.post(tenantKey, "{ me { credits { remaining } } }", Map.of()).statusCode(200).extract()
                .jsonPath().getInt("data.me.credits.remaining");
    }

    /** Refunds reach the store just after the answer that made them: waits until {@code me} shows them. */
    public static void awaitRemaining(String tenantKey, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(remaining(tenantKey)).isEqualTo(expected));
    }
}
