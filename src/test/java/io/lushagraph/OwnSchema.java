package io.lushagraph;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A PostgreSQL schema of the test run's own in the machine's shared database ({@code test} on 127.0.0.1:5432, trust
 * auth). The database is shared with whatever else runs on the machine, so a test never cleans or migrates its
 * {@code public} schema: it gets a schema with a random name, created by Flyway on first start, cleaned only by
 * Flyway's {@code schemas} setting that names it alone, and dropped when the JVM that made it exits.
 */
public final class OwnSchema {

    /** The shared database every PostgreSQL test connects to. */
    public static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test";

    /** The user of the machine's trust-auth PostgreSQL. */
    public static final String USER = "postgres";

    private static final OwnSchema OF_THIS_JVM = create("lg_test_");

    private final String name;

    private OwnSchema(String name) {
        this.name = name;
    }

    /** The schema of this JVM's tests, dropped when the JVM exits. */
    public static OwnSchema ofThisJvm() {
        return OF_THIS_JVM;
    }

    /** A new schema name with the given prefix; it is dropped when the JVM exits, and at once by {@link #drop()}. */
    public static OwnSchema create(String prefix) {
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        OwnSchema schema = new OwnSchema(prefix + HexFormat.of().formatHex(random));
        Runtime.getRuntime().addShutdownHook(new Thread(schema::drop, "drop-" + schema.name));
        return schema;
    }

    /** The schema's name: lower case letters, digits and underscores only. */
    public String name() {
        return name;
    }

    /** The JDBC URL of the shared database with this schema as the connection's current one. */
    public String url() {
        return DATABASE + "?currentSchema=" + name;
    }

    /** Drops the schema and everything in it; a schema already gone, or a database not reachable, is left alone. */
    public void drop() {
        try (Connection c = DriverManager.getConnection(DATABASE, USER, "");
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + name + " cascade");
        } catch (SQLException gone) {
            // Nothing to drop: the database is down or the schema was never made.
        }
    }
}
