package jp.tokyo.mcc.inquiry.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.InquiryQuery;
import jp.tokyo.mcc.line.TrialChats;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What the console's search costs on a large record (not part of the suite: run it on a quiet machine).
 *
 * <pre>
 * ./mvnw test -Dtest=InquirySearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbenchmark.inquiries=20000 -Dbenchmark.lines=20 -Dbenchmark.searches=50
 * </pre>
 * Seeds an embedded H2 file database (migrated as the application does) with one center's inquiries and their
 * transcripts, then times the search of a word in one transcript, of a word found nowhere (the worst case: every
 * line is read), of a municipality, and of a holder, as the console runs them (500 results at most). Prints the
 * median and the slowest time of each. With {@code -Dbenchmark.url=jdbc:postgresql://...} (and
 * {@code -Dbenchmark.user}, {@code -Dbenchmark.password}) it runs on that PostgreSQL database instead (it must be empty).
 */
class InquirySearchBenchmark {

    @Test
    void searchTimes() throws Exception {
        int inquiries = Integer.getInteger("benchmark.inquiries", 20_000);
        int lines = Integer.getInteger("benchmark.lines", 20);
        int searches = Integer.getInteger("benchmark.searches", 50);
        String url = System.getProperty("benchmark.url");
        Path dir = Files.createTempDirectory("search-bench");
        DriverManagerDataSource data = url == null
                ? new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "")
                : new DriverManagerDataSource(url, System.getProperty("benchmark.user"),
                        System.getProperty("benchmark.password"));
        Flyway.configure().dataSource(data)
                .locations("classpath:db/migration/" + (url == null ? "h2" : "postgresql")).load().migrate();
        JdbcTemplate template = new JdbcTemplate(data);
        long seeded = System.nanoTime();
        seed(template, inquiries, lines);
        double seedSeconds = (System.nanoTime() - seeded) / 1e9;
        JdbcClient jdbc = JdbcClient.create(data);
        InquiryRows rows = new InquiryRows(jdbc, new StaticListableBeanFactory().getBeanProvider(TrialChats.class));
        InquirySearches search = new InquirySearches(jdbc, rows);
        System.out.printf("inquiry search benchmark: %d inquiries x %d transcript lines seeded in %.1f s (%s)%n",
                inquiries, lines, seedSeconds, url == null ? "H2 file" : "PostgreSQL");
        time(search, searches, "a word in one transcript", query("めじるし" + (inquiries / 2), null, null));
        time(search, searches, "a word found nowhere", query("どこにもない言葉", null, null));
        time(search, searches, "a municipality (500 of many)", query(null, "練馬区", null));
        time(search, searches, "a holder", query(null, null, "holder-7"));
    }

    private static InquiryQuery query(String text, String municipality, String assignee) {
        return new InquiryQuery(text, null, null, null, municipality, assignee, null, false, false);
    }

    private static void time(InquirySearches search, int n, String what, InquiryQuery query) {
        long[] each = new long[n];
        int found = 0;
        for (int i = 0; i < n + 3; i++) {
            long t0 = System.nanoTime();
            found = search.find(EnumSet.of(CenterId.KUBU), query, "nobody", 500).size();
            if (i >= 3) {
                each[i - 3] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(each);
        System.out.printf("  %-30s %4d found: median %.1f ms, slowest %.1f ms (%d searches after 3 warm-up)%n", what,
                found, each[n / 2] / 1e6, each[n - 1] / 1e6, n);
    }

    private static void seed(JdbcTemplate jdbc, int inquiries, int lines) {
        Timestamp now = Timestamp.from(Instant.now());
        String[] places = {"練馬区", "豊島区", "足立区", "世田谷区", "板橋区"};
        List<Object[]> batch = new ArrayList<>();
        for (int i = 1; i <= inquiries; i++) {
            batch.add(new Object[] {i, "K-2026-" + i, "IN_PROGRESS", "U" + i, "退院後のこと", places[i % places.length],
                    "退院後のこと／" + places[i % places.length] + "／生後" + (i % 12) + "か月", "holder-" + (i % 10),
                    now, now, now});
        }
        jdbc.batchUpdate("INSERT INTO inquiry (id, inquiry_number, center, status, user_id, category, municipality, "
                + "summary, owner_username, created_at, due_at, updated_at) VALUES (?,?,'kubu',?,?,?,?,?,?,?,?,?)", batch);
        batch.clear();
        for (int i = 1; i <= inquiries; i++) {
            for (int l = 0; l < lines; l++) {
                String text = l == lines / 2 ? "吸引の回数が増えました めじるし" + i
                        : "夜の吸引と経管栄養のことで相談があります。" + l + "回目のやりとりです。";
                batch.add(new Object[] {i, l % 2 == 0 ? "FAMILY" : "STAFF", text, now});
                if (batch.size() == 5000) {
                    jdbc.batchUpdate("INSERT INTO inquiry_message (inquiry_id, author, body, created_at) VALUES (?,?,?,?)",
                            batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO inquiry_message (inquiry_id, author, body, created_at) VALUES (?,?,?,?)", batch);
        }
    }
}
