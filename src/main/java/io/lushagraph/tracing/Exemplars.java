package io.lushagraph.tracing;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import io.prometheus.client.exemplars.ExemplarSampler;
import io.quarkus.micrometer.runtime.export.exemplars.OpentelemetryExemplarSamplerProvider;

/**
 * Prometheus exemplars (the trace and span id of a sample recorded inside a span, on {@code /q/metrics}) only while
 * tracing is on. Quarkus attaches them whenever OpenTelemetry is on the classpath; with the SDK disabled, spans that
 * go nowhere (SmallRye GraphQL's operation spans) would still lend their ids to samples.
 */
@Singleton
public class Exemplars {

    @Produces
    @Alternative
    @Priority(1)
    Optional<ExemplarSampler> exemplarSampler() {
        boolean disabled = ConfigProvider.getConfig().getOptionalValue(TracingSwitch.SDK_DISABLED, Boolean.class)
                .orElse(true);
        return disabled ? Optional.empty() : new OpentelemetryExemplarSamplerProvider().exemplarSampler();
    }
}
