package org.bmcplatform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void migrationsApplyToAnEmptyH2DatabaseAndCreateEveryTable() throws SQLException {
        String url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";
        MigrateResult result = Flyway.configure().dataSource(url, "sa", "").load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(7);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(tables(c)).contains("ENDPOINTS", "COMPONENTS", "ASSETS", "SENSORS", "READINGS", "EVENTS", "PORTS", "PORT_CHANGES");
        }
    }

    @Test
    void readingsSequenceHandsOutBlocksOfOneThousand() throws SQLException {
        String url = "jdbc:h2:mem:sequence;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            long first = next(s);
            long second = next(s);
            assertThat(second - first).isEqualTo(1000);
        }
    }

    @Test
    void componentUuidIsUnique() throws SQLException {
        String url = "jdbc:h2:mem:unique;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            String insert = "INSERT INTO components (uuid, component_class, name, bus, address, state, first_seen, last_seen) "
                    + "VALUES ('0b4e5a5e-8f35-4a1b-9d2c-6f8f8a1c0001', 'DRIVE', 'nvme0', 'smbus0', 29, 'PRESENT', "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
            s.executeUpdate(insert);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(insert))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static long next(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT NEXT VALUE FOR readings_seq")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
