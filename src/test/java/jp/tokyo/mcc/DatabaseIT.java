package jp.tokyo.mcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import jp.tokyo.mcc.support.AbstractBotIT;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * The suite really runs where it says: on the embedded H2 by default, and on the PostgreSQL 15 named by
 * SPRING_DATASOURCE_URL in CI's second run ({@code -Dtest.postgres=true}), with every migration of that
 * vendor's folder applied.
 */
class DatabaseIT extends AbstractBotIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Test
    void theSuiteRunsOnTheDatabaseItIsMeantFor() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (Boolean.getBoolean("test.postgres")) {
                assertThat(meta.getDatabaseProductName()).isEqualTo("PostgreSQL");
                assertThat(meta.getDatabaseMajorVersion()).isEqualTo(15);
                String url = System.getenv("SPRING_DATASOURCE_URL");
                assertThat(url).as("SPRING_DATASOURCE_URL in the environment").isNotBlank();
                assertThat(meta.getURL()).isEqualTo(url);
                assertThat(meta.getUserName()).isEqualTo(System.getenv("SPRING_DATASOURCE_USERNAME"));
            } else {
                assertThat(meta.getDatabaseProductName()).isEqualTo("H2");
                assertThat(meta.getURL()).startsWith("jdbc:h2:mem:");
            }
        }
    }

    @Test
    void everyMigrationOfTheVendorsFolderIsApplied() {
        MigrationInfoService info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(m -> assertThat(m.getState().isFailed()).as(m.getScript()).isFalse());
        String vendor = Boolean.getBoolean("test.postgres") ? "postgresql" : "h2";
        assertThat(flyway.getConfiguration().getLocations()).extracting(Object::toString)
                .containsExactly("classpath:db/migration/" + vendor);
    }

    @Test
    void timestampsKeepTheirInstantAndMicroseconds() {
        Instant at = Instant.parse("2026-03-20T23:59:59.123456Z");
        String chat = "U" + java.util.UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("INSERT INTO line_outbox_batch (chat_id, messages, message_count, retry_key, origin, status, attempts, "
                        + "next_attempt_at, created_at) VALUES (?, '[]', 1, ?, 'SYSTEM', 'FAILED', 0, ?, ?)")
                .param(chat).param(java.util.UUID.randomUUID()).param(Timestamp.from(at)).param(Timestamp.from(at)).update();
        Timestamp read = jdbc.sql("SELECT created_at FROM line_outbox_batch WHERE chat_id = ?").param(chat)
                .query(Timestamp.class).single();
        assertThat(read.toInstant()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
    }

    @Autowired
    EventPublicationRepository publications;

    /** A module event that a listener still owes is stored, found after a restart, and then marked completed. */
    record SampleEvent(String text) {
    }

    @Test
    void theEventPublicationRegistryWorksOnOurOwnTable() {
        PublicationTargetIdentifier listener = PublicationTargetIdentifier.of("DatabaseIT.listener-" + System.nanoTime());
        SampleEvent event = new SampleEvent("x");
        TargetEventPublication stored = publications.create(TargetEventPublication.of(event, listener));
        assertThat(publications.findIncompletePublications()).anySatisfy(p -> {
            assertThat(p.getIdentifier()).isEqualTo(stored.getIdentifier());
            assertThat(p.getEvent()).isEqualTo(event);
        });
        publications.markCompleted(event, listener, Instant.now());
        assertThat(publications.findIncompletePublications()).noneMatch(p -> p.getIdentifier().equals(stored.getIdentifier()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE id = ? AND completion_date IS NOT NULL")
                .param(stored.getIdentifier()).query(Long.class).single()).isEqualTo(1);
    }
}
