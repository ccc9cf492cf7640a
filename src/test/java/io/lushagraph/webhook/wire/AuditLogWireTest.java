package io.lushagraph.webhook.wire;

import static io.lushagraph.WireJson.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditLogWireTest {

    @Test
    void readsDeliveryAttempts() {
        AuditLogPage page = read("webhook/audit-logs-response.json", AuditLogPage.class);

        assertThat(page.pagination().total()).isEqualTo(100);
        assertThat(page.pagination().limit()).isEqualTo(50);
        AuditLogEntry delivered = page.data().get(0);
        assertThat(delivered.payloadId()).isEqualTo("f3b87e05-0402-4f3e-8e26-6a38fd0ad62c");
        assertThat(delivered.status()).isEqualTo("success");
        assertThat(delivered.statusCode()).isEqualTo(201);
        assertThat(delivered.durationMs()).isEqualTo(150L);
        assertThat(delivered.deliveredAt()).isEqualTo(Instant.parse("2026-01-14T16:16:36.100Z"));
        assertThat(delivered.error()).isNull();
        AuditLogEntry failed = page.data().get(1);
        assertThat(failed.status()).isEqualTo("permanent_failure");
        assertThat(failed.statusCode()).isNull();
        assertThat(failed.durationMs()).isNull();
        assertThat(failed.deliveredAt()).isEqualTo(Instant.parse("2026-01-14T16:20:00Z"));
        assertThat(failed.error()).isEqualTo("Max retries exceeded");
    }

    @Test
    void readsStatsWithTheFormattedRate() {
        AuditLogStats stats = read("webhook/audit-log-stats-response.json", AuditLogStats.class);

        assertThat(stats).isEqualTo(new AuditLogStats(1000L, 950L, 50L, "95.00%"));
    }

    @Test
    void readsTheAccountSecretAndKeepsItOutOfToString() {
        AccountSecret secret = read("webhook/account-secret-response.json", AccountSecret.class);

        assertThat(secret.secret()).isEqualTo("whsec_abc123def456ghi789jkl012mno345pqr678stu901vwx234yz");
        assertThat(secret.toString()).doesNotContain("whsec_");
    }
}
