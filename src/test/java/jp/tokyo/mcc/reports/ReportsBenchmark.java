package jp.tokyo.mcc.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a year's report costs (not part of the suite; prints numbers): {@code benchmark.inquiries} inquiries spread over
 * 2003 (this benchmark's own year, cleared before and after) in both centers, eight categories and 62 municipalities,
 * most answered; then the JSON report and the CSV of the whole year are fetched {@code benchmark.rounds} times through
 * the staff API, as an administrator (every center) and as a counsellor (their own).
 *
 * <pre>
 * ./mvnw test -Dtest=ReportsBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.inquiries=20000
 * </pre>
 * On PostgreSQL with SPRING_DATASOURCE_* set, as the suite.
 */
class ReportsBenchmark extends AbstractBotIT {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String YEAR = "from=2003-01-01&to=2003-12-31";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aYearsReport() throws Exception {
        int inquiries = Integer.getInteger("benchmark.inquiries", 5000);
        int rounds = Integer.getInteger("benchmark.rounds", 5);
        clear();
        try {
            long t0 = System.nanoTime();
            fill(inquiries);
            System.out.printf("%n%,d inquiries of 2003 stored in %,d ms%n", inquiries, (System.nanoTime() - t0) / 1_000_000);
            StaffClient admin = StaffClient.admin(port);
            StaffClient counsellor = StaffClient.newCounsellor(port, "tama");
            time("JSON report, administrator (both centers)", rounds, () -> admin.get("/api/reports/inquiries?" + YEAR));
            time("CSV, administrator (both centers)", rounds, () -> admin.get("/api/reports/inquiries.csv?" + YEAR));
            time("JSON report, counsellor (their center)", rounds, () -> counsellor.get("/api/reports/inquiries?" + YEAR));
        } finally {
            clear();
        }
    }

    private void time(String what, int rounds, java.util.function.Supplier<StaffClient.Response> call) {
        List<Long> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < rounds + 1; i++) {
            long t = System.nanoTime();
            StaffClient.Response r = call.get();
            if (r.status() != 200) {
                throw new IllegalStateException(what + ": HTTP " + r.status());
            }
            bytes = r.body().length();
            if (i > 0) { // the first is a warm-up
                millis.add((System.nanoTime() - t) / 1_000_000);
            }
        }
        millis.sort(null);
        System.out.printf("%s: median %,d ms, min %,d ms, max %,d ms over %d rounds (%,d characters)%n", what,
                millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), rounds, bytes);
    }

    private void fill(int n) throws Exception {
        String[] categories = {"退院後のこと", "保護者の仕事", "災害への備え", "緊急時のこと", "不安や悩み", "保育園や学校のこと",
                "きょうだいのこと", "その他"};
        Random random = new Random(2003);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO inquiry (inquiry_number, center, status, "
                    + "user_id, category, municipality, created_at, due_at, first_answered_at, updated_at) "
                    + "VALUES (?, ?, 'CLOSED', ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    boolean kubu = random.nextBoolean();
                    Instant created = LocalDateTime.of(2003, 1, 1, 0, 0).plusMinutes(random.nextInt(365 * 24 * 60))
                            .atZone(TOKYO).toInstant();
                    insert.setString(1, "B-2003-" + i);
                    insert.setString(2, kubu ? "kubu" : "tama");
                    insert.setString(3, "Ubench" + i);
                    insert.setString(4, categories[random.nextInt(categories.length)]);
                    insert.setString(5, (kubu ? "区" : "市") + random.nextInt(kubu ? 23 : 39));
                    insert.setTimestamp(6, Timestamp.from(created));
                    insert.setTimestamp(7, Timestamp.from(created.plusSeconds(86_400)));
                    insert.setTimestamp(8, random.nextInt(10) == 0 ? null
                            : Timestamp.from(created.plusSeconds(60L * (5 + random.nextInt(3000)))));
                    insert.setTimestamp(9, Timestamp.from(created));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    private void clear() {
        jdbc.sql("DELETE FROM inquiry WHERE inquiry_number LIKE 'B-2003-%'").update();
    }
}
