package jp.tokyo.mcc.inquiry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.Inquiry;
import jp.tokyo.mcc.inquiry.InquiryFacets;
import jp.tokyo.mcc.inquiry.InquiryQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inquiries found by words and filters: the words in the number, summary, municipality, concern or any transcript
 * line (a case-insensitive substring; {@code %} and {@code _} are taken literally), always within the given centers.
 */
@Repository
class InquirySearches {

    private final JdbcClient jdbc;
    private final InquiryRows rows;

    InquirySearches(JdbcClient jdbc, InquiryRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** Matching inquiries in {@code centers} (empty: none), newest first. */
    List<Inquiry> find(Collection<CenterId> centers, InquiryQuery query, String actor, int limit) {
        if (centers.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        conditions.add("center IN (:centers)");
        params.put("centers", centers.stream().map(CenterId::code).toList());
        if (query.text() != null) {
            params.put("q", "%" + escape(query.text().toLowerCase(Locale.ROOT)) + "%");
            conditions.add("(LOWER(inquiry_number) LIKE :q ESCAPE '\\' OR LOWER(summary) LIKE :q ESCAPE '\\' "
                    + "OR LOWER(municipality) LIKE :q ESCAPE '\\' OR LOWER(concern) LIKE :q ESCAPE '\\' "
                    + "OR EXISTS (SELECT 1 FROM inquiry_message m WHERE m.inquiry_id = inquiry.id "
                    + "AND LOWER(m.body) LIKE :q ESCAPE '\\'))");
        }
        if (query.status() != null) {
            conditions.add("status = :status");
            params.put("status", query.status().name());
        }
        if (query.category() != null) {
            conditions.add("category = :category");
            params.put("category", query.category());
        }
        if (query.municipality() != null) {
            conditions.add("municipality = :municipality");
            params.put("municipality", query.municipality());
        }
        if (InquiryQuery.UNASSIGNED.equals(query.assignee())) {
            conditions.add("owner_username IS NULL");
        } else if (query.assignee() != null) {
            conditions.add("owner_username = :assignee");
            params.put("assignee", query.assignee());
        }
        if (query.label() != null) {
            conditions.add("EXISTS (SELECT 1 FROM inquiry_labelling l WHERE l.inquiry_id = inquiry.id "
                    + "AND l.label_id = :label)");
            params.put("label", query.label());
        }
        if (query.safety()) {
            conditions.add("safety_flags IS NOT NULL");
        }
        if (query.mine()) {
            conditions.add("owner_username = :me AND status <> 'CLOSED'");
            params.put("me", actor);
        }
        return rows.select(String.join(" AND ", conditions), params, "created_at DESC, id DESC", limit);
    }

    /** The categories, municipalities and holders found among the inquiries of {@code centers}. */
    InquiryFacets facets(Collection<CenterId> centers) {
        if (centers.isEmpty()) {
            return new InquiryFacets(List.of(), List.of(), List.of());
        }
        List<String> codes = centers.stream().map(CenterId::code).toList();
        List<String> categories = jdbc.sql("SELECT DISTINCT category FROM inquiry WHERE center IN (:c) "
                + "AND category IS NOT NULL ORDER BY category").param("c", codes).query(String.class).list();
        List<String> municipalities = jdbc.sql("SELECT DISTINCT municipality FROM inquiry WHERE center IN (:c) "
                + "AND municipality IS NOT NULL ORDER BY municipality").param("c", codes).query(String.class).list();
        Map<String, String> holders = new LinkedHashMap<>();
        jdbc.sql("SELECT owner_username, MAX(owner_name) AS owner_name FROM inquiry WHERE center IN (:c) "
                        + "AND owner_username IS NOT NULL GROUP BY owner_username ORDER BY owner_username")
                .param("c", codes)
                .query(rs -> {
                    holders.put(rs.getString(1), rs.getString(2));
                });
        return new InquiryFacets(categories, municipalities, holders.entrySet().stream()
                .map(e -> new InquiryFacets.Assignee(e.getKey(), e.getValue() == null ? e.getKey() : e.getValue()))
                .toList());
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
