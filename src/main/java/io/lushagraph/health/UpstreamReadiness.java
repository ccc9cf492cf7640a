package io.lushagraph.health;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.lushagraph.upstream.EndpointBreakers;

/**
 * Reports the Lusha circuit breakers that are open or half-open. It stays UP: every replica shares the same Lusha, so
 * taking replicas out of the load balancer would not help, and cached catalogs and webhooks keep working.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements HealthCheck {

    private final EndpointBreakers breakers;

    public UpstreamReadiness(EndpointBreakers breakers) {
        this.breakers = breakers;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, String> notClosed = breakers.notClosed();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("lusha-upstream").up()
                .withData("openCircuits", notClosed.size());
        notClosed.forEach(response::withData);
        return response.build();
    }
}
