package io.lushagraph.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The OpenTelemetry SDK is off until an OTLP endpoint is configured, and an explicit setting wins. */
class TracingSwitchTest {

    @Test
    void offWithoutAnEndpoint() {
        assertThat(sdkDisabled(Map.of())).isTrue();
    }

    @Test
    void onWithAnEndpoint() {
        assertThat(sdkDisabled(Map.of(TracingSwitch.ENDPOINT, "http://collector:4317"))).isFalse();
        assertThat(sdkDisabled(Map.of(TracingSwitch.TRACES_ENDPOINT, "http://collector:4318/v1/traces"))).isFalse();
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(sdkDisabled(Map.of(TracingSwitch.ENDPOINT, "http://collector:4317", TracingSwitch.SDK_DISABLED,
                "true"))).isTrue();
        assertThat(sdkDisabled(Map.of(TracingSwitch.SDK_DISABLED, "false"))).isFalse();
    }

    @Test
    void anExtensionDefaultIsNotAnEndpoint() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withInterceptors(new TracingSwitch())
                .withDefaultValue(TracingSwitch.ENDPOINT, "http://localhost:4317")
                .withDefaultValue(TracingSwitch.SDK_DISABLED, "false").build();
        assertThat(config.getValue(TracingSwitch.SDK_DISABLED, Boolean.class)).isTrue();
    }

    private static boolean sdkDisabled(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withInterceptors(new TracingSwitch())
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250)).build();
        return config.getValue(TracingSwitch.SDK_DISABLED, Boolean.class);
    }
}
