package jp.tokyo.mcc.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The bot's database: an H2 file of its own, or CI's PostgreSQL (SPRING_DATASOURCE_*) in a schema of its own. */
public record BotDatabase(String url, String user, String password, String schema, List<String> botArguments) {

    public static BotDatabase forRun(Path work) {
        String external = System.getenv("SPRING_DATASOURCE_URL");
        if (external == null || external.isBlank()) {
            Path data = work.resolve("data").toAbsolutePath();
            return new BotDatabase("jdbc:h2:file:" + data + "/mccbot", "sa", "", null,
                    List.of("--app.data-dir=" + data));
        }
        String schema = "bot_process_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = external + (external.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new BotDatabase(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv("SPRING_DATASOURCE_PASSWORD"), schema,
                List.of("--spring.datasource.url=" + url, "--spring.flyway.schemas=" + schema));
    }

    public Set<String> storedEventIds() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT webhook_event_id FROM line_inbox_event")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    public void drop() throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
