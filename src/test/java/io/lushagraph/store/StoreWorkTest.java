package io.lushagraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;

/** Store failures reach callers as STORE_UNAVAILABLE and the log as their kind, never as the driver's message. */
class StoreWorkTest {

    private static final SQLException DUPLICATE = new SQLException(
            "duplicate key value violates unique constraint; Key (value)=(jane.doe@acme.example) already exists",
            "23505");

    @Test
    void aFailureIsDescribedByItsKindAndSqlStateOnly() {
        assertThat(StoreWork.describe(DUPLICATE)).isEqualTo("SQLException (SQLState 23505)")
                .doesNotContain("jane.doe");
        assertThat(StoreWork.describe(new IllegalStateException("jane.doe@acme.example")))
                .isEqualTo("IllegalStateException");
    }

    @Test
    void aFailureFailsTheAnswerWithStoreUnavailable() {
        Throwable failure = StoreWork.offEventLoop("Test work", "the store is away", () -> {
            throw DUPLICATE;
        }).onItem().<Throwable> transform(item -> null).onFailure().recoverWithItem(f -> f)
                .await().atMost(Duration.ofSeconds(10));

        assertThat(failure).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE);
            assertThat(e.getMessage()).isEqualTo("the store is away");
        });
    }
}
