package io.lushagraph.tracing;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Keeps OpenTelemetry off until an exporter is configured: unless {@code quarkus.otel.sdk.disabled} is set
 * explicitly, it is {@code false} when an OTLP endpoint ({@code quarkus.otel.exporter.otlp.endpoint} or
 * {@code quarkus.otel.exporter.otlp.traces.endpoint}) is set and {@code true} otherwise. Values from the
 * extensions' own defaults do not count as set.
 */
@Priority(Priorities.APPLICATION + 100)
public class TracingSwitch implements ConfigSourceInterceptor {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";

    /** Sources at or above this ordinal are an operator's: microprofile-config.properties (100) and above. */
    private static final int CONFIGURED = 100;

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (!SDK_DISABLED.equals(name)) {
            return context.proceed(name);
        }
        ConfigValue explicit = context.proceed(name);
        if (configured(explicit)) {
            return explicit;
        }
        String disabled = Boolean.toString(!configured(context.proceed(ENDPOINT))
                && !configured(context.proceed(TRACES_ENDPOINT)));
        return ConfigValue.builder().withName(name).withValue(disabled).withRawValue(disabled)
                .withConfigSourceName("gateway.tracing").withConfigSourceOrdinal(CONFIGURED).build();
    }

    /** Adds the derived name, so that config mappings, which read only the names they are shown, see it. */
    @Override
    public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
        Set<String> names = new LinkedHashSet<>();
        context.iterateNames().forEachRemaining(names::add);
        names.add(SDK_DISABLED);
        return names.iterator();
    }

    private static boolean configured(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank()
                && value.getConfigSourceOrdinal() >= CONFIGURED;
    }
}
