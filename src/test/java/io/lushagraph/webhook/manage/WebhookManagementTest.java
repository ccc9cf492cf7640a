package io.lushagraph.webhook.manage;

import io.quarkus.test.junit.QuarkusTest;

/** Webhook subscription management on the embedded H2 store. */
@QuarkusTest
class WebhookManagementTest extends WebhookManagementContract {
}
