package io.lushagraph.webhook;

import io.quarkus.test.junit.QuarkusTest;

/** The receiver's contract on the embedded H2 store. */
@QuarkusTest
class ReceiverTest extends ReceiverContract {
}
