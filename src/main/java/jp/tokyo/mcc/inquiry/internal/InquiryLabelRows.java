package jp.tokyo.mcc.inquiry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.InquiryLabel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inquiry_label table (each center's labels) and inquiry_labelling (which inquiry carries which). */
@Repository
class InquiryLabelRows {

    private final JdbcClient jdbc;

    InquiryLabelRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InquiryLabel> ofCenters(Collection<CenterId> centers) {
        if (centers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, center, name FROM inquiry_label WHERE center IN (:c) ORDER BY center, name")
                .param("c", centers.stream().map(CenterId::code).toList()).query((rs, n) -> map(rs)).list();
    }

    Optional<InquiryLabel> byId(long id) {
        return jdbc.sql("SELECT id, center, name FROM inquiry_label WHERE id = ?").param(id)
                .query((rs, n) -> map(rs)).optional();
    }

    Optional<InquiryLabel> byName(CenterId center, String name) {
        return jdbc.sql("SELECT id, center, name FROM inquiry_label WHERE center = ? AND name = ?")
                .params(center.code(), name).query((rs, n) -> map(rs)).optional();
    }

    /** The label of that name, defined now unless it was (also when another counsellor defines it at once). */
    InquiryLabel define(CenterId center, String name, String by, Instant now) {
        Optional<InquiryLabel> known = byName(center, name);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            jdbc.sql("INSERT INTO inquiry_label (center, name, created_by, created_at) VALUES (?,?,?,?)")
                    .params(center.code(), name, by, Timestamp.from(now)).update();
        } catch (DuplicateKeyException concurrent) {
            // defined by a colleague at the same moment: theirs is the same label
        }
        return byName(center, name).orElseThrow();
    }

    Map<Long, List<InquiryLabel>> on(Collection<Long> inquiryIds) {
        Map<Long, List<InquiryLabel>> labels = new LinkedHashMap<>();
        if (inquiryIds.isEmpty()) {
            return labels;
        }
        jdbc.sql("SELECT l.inquiry_id, b.id, b.center, b.name FROM inquiry_labelling l "
                        + "JOIN inquiry_label b ON b.id = l.label_id WHERE l.inquiry_id IN (:ids) ORDER BY b.name")
                .param("ids", inquiryIds)
                .query(rs -> {
                    labels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new InquiryLabel(rs.getLong(2),
                            CenterId.fromCode(rs.getString(3)).orElseThrow(), rs.getString(4)));
                });
        return labels;
    }

    /** True when the label was not on the inquiry yet. */
    boolean apply(long inquiryId, long labelId) {
        if (jdbc.sql("SELECT COUNT(*) FROM inquiry_labelling WHERE inquiry_id = ? AND label_id = ?")
                .params(inquiryId, labelId).query(Long.class).single() > 0) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO inquiry_labelling (inquiry_id, label_id) VALUES (?,?)").params(inquiryId, labelId)
                    .update();
            return true;
        } catch (DuplicateKeyException concurrent) {
            return false;
        }
    }

    boolean remove(long inquiryId, long labelId) {
        return jdbc.sql("DELETE FROM inquiry_labelling WHERE inquiry_id = ? AND label_id = ?")
                .params(inquiryId, labelId).update() > 0;
    }

    private static InquiryLabel map(ResultSet rs) throws SQLException {
        return new InquiryLabel(rs.getLong("id"), CenterId.fromCode(rs.getString("center")).orElseThrow(),
                rs.getString("name"));
    }
}
