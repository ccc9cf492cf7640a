package io.lushagraph.webhook.live;

import io.quarkus.test.junit.QuarkusTest;

/** Webhooks end to end on the embedded H2 store. */
@QuarkusTest
class EndToEndTest extends EndToEndContract {
}
