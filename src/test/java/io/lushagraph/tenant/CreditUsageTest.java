package io.lushagraph.tenant;

import io.quarkus.test.junit.QuarkusTest;

/** The credit usage contract on the embedded H2 store. */
@QuarkusTest
class CreditUsageTest extends CreditUsageContract {
}
