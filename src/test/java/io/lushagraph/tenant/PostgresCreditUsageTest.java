package io.lushagraph.tenant;

import io.lushagraph.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The credit usage contract on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresCreditUsageTest extends CreditUsageContract {
}
