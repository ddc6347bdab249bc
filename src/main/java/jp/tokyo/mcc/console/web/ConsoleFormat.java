package jp.tokyo.mcc.console.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jp.tokyo.mcc.calendar.CalendarProperties;
import jp.tokyo.mcc.inquiry.Inquiry;
import org.springframework.stereotype.Component;

/** Formatting for the console's templates ({@code ${@consoleFormat.time(x)}}), in the centers' time zone. */
@Component("consoleFormat")
public class ConsoleFormat {

    private final ZoneId zone;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("M/d HH:mm");
    private final DateTimeFormatter full = DateTimeFormatter.ofPattern("yyyy/M/d HH:mm:ss");

    ConsoleFormat(CalendarProperties calendar) {
        this.zone = calendar.zone();
    }

    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant.atZone(zone));
    }

    public String fullTime(Instant instant) {
        return instant == null ? "" : full.format(instant.atZone(zone));
    }

    public boolean overdue(Inquiry inquiry) {
        return inquiry.isOverdue(Instant.now());
    }

    /** The inquiry's age against its due time, e.g. 「期限まで 3時間」 or 「期限を 2時間 超過」. */
    public String due(Inquiry inquiry) {
        if (!inquiry.status().isOpen()) {
            return "終了";
        }
        if (inquiry.firstAnsweredAt() != null) {
            return "返信済み";
        }
        Instant now = Instant.now();
        Duration left = Duration.between(now, inquiry.dueAt());
        return left.isNegative() ? "期限を " + span(left.negated()) + " 超過" : "期限まで " + span(left);
    }

    /** How long ago it was handed off, e.g. 「3時間前」. */
    public String age(Instant since) {
        if (since == null) {
            return "";
        }
        Duration ago = Duration.between(since, Instant.now());
        return ago.toMinutes() < 1 ? "たった今" : span(ago) + "前";
    }

    static String span(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + "分";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + "時間";
        }
        return (hours / 24) + "日";
    }
}
