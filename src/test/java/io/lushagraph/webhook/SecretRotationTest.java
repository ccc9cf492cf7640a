package io.lushagraph.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.lushagraph.store.Store;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.webhook.wire.AccountSecret;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/** The secret comes from Lusha, is cached, and is read again once when a signature stops matching. */
@QuarkusTest
class SecretRotationTest {

    @Inject
    Store store;

    @Test
    void aRegeneratedSecretIsPickedUpWithOneExtraReadAndForgeriesDoNotReadAgain() throws Exception {
        Deliveries.clean(store);
        QuarkusMock.installMockForType(new WebhookClock() {
            @Override
            public Clock clock() {
                return Clock.fixed(Instant.ofEpochSecond(1_767_225_600L), ZoneOffset.UTC);
            }
        }, WebhookClock.class);
        AtomicReference<String> lusha = new AtomicReference<>("whsec_first");
        AtomicInteger reads = new AtomicInteger();
        WebhookClient lushaClient = new WebhookClient(null, null) {
            @Override
            public Uni<AccountSecret> accountSecret(LushaAccount account) {
                reads.incrementAndGet();
                return Uni.createFrom().item(new AccountSecret(lusha.get()));
            }
        };
        QuarkusMock.installMockForType(new WebhookSecret(lushaClient, null), WebhookSecret.class);

        post("whsec_first", "rot-1").statusCode(201).body("webhookId", equalTo("rot-1"));
        post("whsec_first", "rot-2").statusCode(201);
        assertThat(reads).hasValue(1);

        lusha.set("whsec_second");
        post("whsec_second", "rot-3").statusCode(201).body("webhookId", equalTo("rot-3"));
        assertThat(reads).hasValue(2);

        post("whsec_forged", "rot-4").statusCode(401);
        post("whsec_forged", "rot-5").statusCode(401);
        post("whsec_first", "rot-6").statusCode(401);
        assertThat(reads).hasValue(2);
    }

    private static io.restassured.response.ValidatableResponse post(String key, String id) {
        byte[] body = ("{\"id\":\"" + id + "\",\"type\":\"promotion\"}").getBytes(StandardCharsets.UTF_8);
        String ts = "1767225600";
        return Deliveries.post(body, ts, HexFormat.of().formatHex(Signatures.mac(key, ts, body)));
    }
}
