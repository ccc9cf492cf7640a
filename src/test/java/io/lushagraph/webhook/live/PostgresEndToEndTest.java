package io.lushagraph.webhook.live;

import io.lushagraph.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Webhooks end to end on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresEndToEndTest extends EndToEndContract {
}
