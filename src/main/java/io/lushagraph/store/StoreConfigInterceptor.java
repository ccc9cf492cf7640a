package io.lushagraph.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Lets one setting, {@code gateway.store.url}, choose the database at run time: both datasources ({@code h2} and
 * {@code postgresql}) are built into the application, and this activates the one whose kind the JDBC URL names and
 * hands it the URL and credentials. No rebuild is needed to move from the embedded H2 file to PostgreSQL.
 */
@Priority(Priorities.APPLICATION + 100)
public class StoreConfigInterceptor implements ConfigSourceInterceptor {

    static final String URL = "gateway.store.url";
    static final String USERNAME = "gateway.store.username";
    static final String PASSWORD = "gateway.store.password";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (!name.startsWith("quarkus.datasource.")) {
            return context.proceed(name);
        }
        String[] parts = name.substring("quarkus.datasource.".length()).replace("\"", "").split("\\.", 2);
        if (parts.length < 2 || !(parts[0].equals(StoreKind.H2.datasource())
                || parts[0].equals(StoreKind.POSTGRESQL.datasource()))) {
            return context.proceed(name);
        }
        StoreKind kind = StoreKind.valueOf(parts[0].toUpperCase(Locale.ROOT));
        ConfigValue url = context.proceed(URL);
        String derived = switch (parts[1]) {
            case "active" -> Boolean.toString(url != null && StoreKind.of(url.getValue()) == kind);
            case "jdbc.url" -> url == null ? null : url.getValue();
            case "username" -> value(context, USERNAME);
            case "password" -> value(context, PASSWORD);
            default -> null;
        };
        if (derived == null) {
            return context.proceed(name);
        }
        return ConfigValue.builder().withName(name).withValue(derived).withRawValue(derived)
                .withConfigSourceName("gateway.store").build();
    }

    /** Adds the derived names, so that config mappings, which read only the names they are shown, see them. */
    @Override
    public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
        Set<String> names = new LinkedHashSet<>();
        context.iterateNames().forEachRemaining(names::add);
        for (StoreKind kind : StoreKind.values()) {
            String prefix = "quarkus.datasource.\"" + kind.datasource() + "\".";
            names.add(prefix + "active");
            names.add(prefix + "jdbc.url");
            if (context.proceed(USERNAME) != null) {
                names.add(prefix + "username");
            }
            if (context.proceed(PASSWORD) != null) {
                names.add(prefix + "password");
            }
        }
        return names.iterator();
    }

    private static String value(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        return value == null ? null : value.getValue();
    }
}
