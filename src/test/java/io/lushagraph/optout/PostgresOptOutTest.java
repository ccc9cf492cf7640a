package io.lushagraph.optout;

import io.lushagraph.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Opt-out enforcement on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresOptOutTest extends OptOutContract {
}
