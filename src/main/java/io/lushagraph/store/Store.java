package io.lushagraph.store;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.lushagraph.config.GatewayConfig;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;

/**
 * The gateway's durable store: the datasource {@code gateway.store.url} selects (embedded H2 by default, or
 * PostgreSQL), migrated by Flyway at start.
 */
@ApplicationScoped
public class Store {

    private final StoreKind kind;
    private final AgroalDataSource dataSource;

    public Store(GatewayConfig config, @DataSource("h2") InjectableInstance<AgroalDataSource> h2,
            @DataSource("postgresql") InjectableInstance<AgroalDataSource> postgresql) {
        this.kind = StoreKind.of(config.store().url());
        if (kind == null) {
            throw new IllegalStateException("gateway.store.url must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        this.dataSource = (kind == StoreKind.H2 ? h2 : postgresql).get();
    }

    public StoreKind kind() {
        return kind;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }
}
