package io.lushagraph.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

/**
 * The secret comes from Lusha and is cached; a signature that stops matching reads it again, at most once per
 * interval, so a regenerate done outside the gateway is followed and forgeries cannot drive reads.
 */
@QuarkusTest
class SecretRotationTest {

    @Inject
    Store store;

    @Test
    void aRegeneratedSecretIsPickedUpWithOneReadPerIntervalAndForgeriesDoNotReadMore() throws Exception {
        Deliveries.clean(store);
        MovableClock clock = new MovableClock(Instant.ofEpochSecond(1_767_225_600L));
        QuarkusMock.installMockForType(clock, WebhookClock.class);
        AtomicReference<String> lusha = new AtomicReference<>("whsec_first");
        AtomicInteger reads = new AtomicInteger();
        WebhookClient lushaClient = new WebhookClient(null, null) {
            @Override
            public Uni<AccountSecret> accountSecretOnce(LushaAccount account) {
                reads.incrementAndGet();
                return Uni.createFrom().item(new AccountSecret(lusha.get()));
            }
        };
        QuarkusMock.installMockForType(new WebhookSecret(lushaClient, null, clock), WebhookSecret.class);

        post(clock, "whsec_first", "rot-1").statusCode(201).body("webhookId", equalTo("rot-1"));
        post(clock, "whsec_first", "rot-2").statusCode(201);
        assertThat(reads).hasValue(1);

        lusha.set("whsec_second");
        // the secret was read less than an interval ago
        post(clock, "whsec_second", "rot-3").statusCode(401);
        assertThat(reads).hasValue(1);
        clock.advance(WebhookSecret.RECHECK_INTERVAL);
        post(clock, "whsec_second", "rot-3").statusCode(201).body("webhookId", equalTo("rot-3"));
        assertThat(reads).hasValue(2);
        post(clock, "whsec_second", "rot-4").statusCode(201);

        post(clock, "whsec_forged", "rot-5").statusCode(401);
        post(clock, "whsec_forged", "rot-6").statusCode(401);
        post(clock, "whsec_first", "rot-7").statusCode(401);
        assertThat(reads).hasValue(2);

        clock.advance(WebhookSecret.RECHECK_INTERVAL.minusSeconds(1));
        post(clock, "whsec_forged", "rot-8").statusCode(401);
        assertThat(reads).hasValue(2);
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 5; i++) {
            post(clock, "whsec_forged", "rot-9").statusCode(401);
        }
        assertThat(reads).as("one read per interval, whatever the forgeries").hasValue(3);
        post(clock, "whsec_second", "rot-10").statusCode(201);
        assertThat(reads).hasValue(3);
    }

    private static io.restassured.response.ValidatableResponse post(MovableClock clock, String key, String id) {
        byte[] body = ("{\"id\":\"" + id + "\",\"type\":\"promotion\"}").getBytes(StandardCharsets.UTF_8);
        String ts = clock.timestamp();
        return Deliveries.post(body, ts, HexFormat.of().formatHex(Signatures.mac(key, ts, body)));
    }
}
