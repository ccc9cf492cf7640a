package io.lushagraph.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Reads what Flyway recorded in the active store. */
final class StoreChecks {

    private StoreChecks() {
    }

    /** Names of the tables in the active store, lower case. */
    static java.util.Set<String> tables(Store store) throws Exception {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (Connection c = store.dataSource().getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    /** Successful migrations Flyway applied, from its history table. */
    static int migrations(Store store) throws Exception {
        try (Connection c = store.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history where success")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
