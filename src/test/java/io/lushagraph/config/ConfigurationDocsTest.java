package io.lushagraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The README's Configuration section names every {@code gateway.*} and {@code lusha.*} property, and its rule for
 * environment variables holds.
 */
class ConfigurationDocsTest {

    @Test
    void theReadmeNamesEveryProperty() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String configuration = readme.substring(readme.indexOf("## Configuration"));
        List<String> properties = new ArrayList<>();
        collect(GatewayConfig.class.getAnnotation(ConfigMapping.class).prefix(), GatewayConfig.class, properties);
        collect(LushaConfig.class.getAnnotation(ConfigMapping.class).prefix(), LushaConfig.class, properties);

        assertThat(properties).hasSizeGreaterThan(75).contains("gateway.tenants.<tenant>.rate-limit.burst",
                "gateway.upstream.pacing.max-wait", "lusha.simulator.extra-api-keys");
        assertThat(properties.stream().filter(p -> !configuration.contains("`" + p + "`")).toList())
                .as("properties missing from the README's Configuration tables").isEmpty();
    }

    @Test
    void environmentVariablesSetPropertiesAsTheReadmeSays() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(GatewayConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new EnvConfigSource(Map.of("GATEWAY_TENANTS_WEB_API_KEY", "web-key",
                        "GATEWAY_OPTOUT_PEPPER", "pepper", "GATEWAY_BATCH_WINDOW", "10ms"), 300))
                .build();
        GatewayConfig gateway = config.getConfigMapping(GatewayConfig.class);

        assertThat(gateway.tenants()).containsOnlyKeys("web");
        assertThat(gateway.tenants().get("web").apiKey()).isEqualTo("web-key");
        assertThat(gateway.batch().window()).isEqualTo(Duration.ofMillis(10));
    }

    /** Adds the property names of a mapping group: nested groups recursively, maps of groups as {@code <name>}. */
    private static void collect(String prefix, Class<?> group, List<String> into) {
        for (Method m : group.getMethods()) {
            if (m.getParameterCount() > 0 || m.isDefault()) {
                continue;
            }
            String name = prefix + "." + kebab(m.getName());
            if (m.getReturnType() == Map.class) {
                Class<?> value = (Class<?>) ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[1];
                collect(name + ".<" + singular(m.getName()) + ">", value, into);
            } else if (isGroup(m.getReturnType())) {
                collect(name, m.getReturnType(), into);
            } else {
                into.add(name);
            }
        }
    }

    private static boolean isGroup(Class<?> type) {
        return type.isInterface() && type.getName().startsWith("io.lushagraph.config.");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String singular(String plural) {
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }
}
