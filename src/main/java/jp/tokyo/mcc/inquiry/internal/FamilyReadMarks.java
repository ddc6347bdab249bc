package jp.tokyo.mcc.inquiry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jp.tokyo.mcc.directory.Center;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.ReadMarks;
import jp.tokyo.mcc.shared.AfterCommit;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 既読 for families whose center wants it ({@code mark-as-read: true} in centers.yaml; off by default): the newest
 * read token of a family's message in an open inquiry is kept (table {@code inquiry_read_mark}), and when the
 * counsellor who holds the inquiry opens it (or its page refreshes with new messages), LINE is asked to mark them as
 * read, once, on a thread of its own after the opening is committed (the page never waits for LINE). Opened by
 * someone else, or a center that does not want it: nothing is sent. A refusal keeps the token for the next opening.
 */
@Component
class FamilyReadMarks implements DisposableBean {

    private final JdbcClient jdbc;
    private final ReadMarks line;
    private final ObjectProvider<Directory> directory;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "read-marks");
        t.setDaemon(true);
        return t;
    });

    FamilyReadMarks(JdbcClient jdbc, ReadMarks line, ObjectProvider<Directory> directory) {
        this.jdbc = jdbc;
        this.line = line;
        this.directory = directory;
    }

    /** A family message went into an open inquiry: its read token is kept when the center marks messages read. */
    void noted(InquiryRow row, IncomingEvent event) {
        if (event.kind() != IncomingEvent.Kind.MESSAGE || !wanted(row)) {
            return;
        }
        line.tokenOf(event.inboxId()).ifPresent(token -> keep(row.inquiry().id(), token, Instant.now()));
    }

    /** The inquiry was opened by {@code actor}: its holder marks the family's messages as read, if the center wants. */
    void opened(InquiryRow row, StaffMember actor) {
        if (actor == null || !actor.username().equals(row.inquiry().ownerUsername()) || !wanted(row)) {
            return;
        }
        long id = row.inquiry().id();
        Optional<String> token = jdbc.sql("SELECT token FROM inquiry_read_mark WHERE inquiry_id = ?").param(id)
                .query(String.class).optional();
        if (token.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM inquiry_read_mark WHERE inquiry_id = ? AND token = ?").params(id, token.get()).update();
        Runnable send = () -> sender.execute(() -> {
            if (!line.markAsRead(row.userId(), token.get())) {
                keepIfNone(id, token.get());
            }
        });
        AfterCommit.run(send);
    }

    private boolean wanted(InquiryRow row) {
        Directory d = directory.getIfAvailable();
        if (d == null) {
            return false;
        }
        try {
            Center center = d.center(row.inquiry().center());
            return center != null && center.markAsRead();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void keep(long inquiryId, String token, Instant at) {
        int updated = jdbc.sql("UPDATE inquiry_read_mark SET token = ?, received_at = ? WHERE inquiry_id = ?")
                .params(token, Timestamp.from(at), inquiryId).update();
        if (updated == 0) {
            keepIfNone(inquiryId, token);
        }
    }

    private void keepIfNone(long inquiryId, String token) {
        try {
            jdbc.sql("INSERT INTO inquiry_read_mark (inquiry_id, token, received_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM inquiry_read_mark WHERE inquiry_id = ?)")
                    .params(inquiryId, token, Timestamp.from(Instant.now()), inquiryId).update();
        } catch (org.springframework.dao.DataIntegrityViolationException concurrent) {
            // a newer token arrived at the same moment: it stands
        }
    }

    @Override
    public void destroy() {
        sender.shutdown();
    }
}
