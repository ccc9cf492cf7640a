package io.lushagraph.webhook;

import io.lushagraph.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The receiver's contract on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresReceiverTest extends ReceiverContract {
}
