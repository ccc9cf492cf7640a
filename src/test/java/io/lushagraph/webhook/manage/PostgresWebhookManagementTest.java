package io.lushagraph.webhook.manage;

import io.lushagraph.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Webhook subscription management on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresWebhookManagementTest extends WebhookManagementContract {
}
