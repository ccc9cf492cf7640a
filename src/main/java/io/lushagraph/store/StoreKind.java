package io.lushagraph.store;

/** The databases the gateway's durable state can live in, each with the datasource built for it. */
public enum StoreKind {
    /** An embedded H2 file database: the default, no setup. */
    H2("h2", "jdbc:h2:"),
    /** PostgreSQL: for production and for several replicas sharing state. */
    POSTGRESQL("postgresql", "jdbc:postgresql:");

    private final String datasource;
    private final String urlPrefix;

    StoreKind(String datasource, String urlPrefix) {
        this.datasource = datasource;
        this.urlPrefix = urlPrefix;
    }

    /** The name of the Quarkus datasource built for this kind. */
    public String datasource() {
        return datasource;
    }

    /** The kind a JDBC URL names, or null when it names neither. */
    public static StoreKind of(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        for (StoreKind kind : values()) {
            if (jdbcUrl.startsWith(kind.urlPrefix)) {
                return kind;
            }
        }
        return null;
    }
}
