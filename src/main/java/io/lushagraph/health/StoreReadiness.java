package io.lushagraph.health;

import java.sql.Connection;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.lushagraph.store.Store;

/** Ready only while the durable store answers: webhooks cannot be acknowledged without it. */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private final Store store;

    public StoreReadiness(Store store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = store.dataSource().getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return HealthCheckResponse.named("store").status(valid).withData("kind", store.kind().name()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("store").down().withData("kind", store.kind().name())
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
