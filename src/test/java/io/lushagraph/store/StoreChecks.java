package io.lushagraph.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Reads what Flyway recorded in the active store. */
final class StoreChecks {

    private StoreChecks() {
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
