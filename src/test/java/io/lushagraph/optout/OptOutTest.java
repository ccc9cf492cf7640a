package io.lushagraph.optout;

import io.quarkus.test.junit.QuarkusTest;

/** Opt-out enforcement on the embedded H2 store. */
@QuarkusTest
class OptOutTest extends OptOutContract {
}
