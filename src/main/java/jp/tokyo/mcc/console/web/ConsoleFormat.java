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
    private final ConsoleMessages messages;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("M/d HH:mm");
    private final DateTimeFormatter full = DateTimeFormatter.ofPattern("yyyy/M/d HH:mm:ss");

    ConsoleFormat(CalendarProperties calendar, ConsoleMessages messages) {
        this.zone = calendar.zone();
        this.messages = messages;
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
            return messages.get("due.closed");
        }
        if (inquiry.firstAnsweredAt() != null) {
            return messages.get("due.answered");
        }
        Instant now = Instant.now();
        Duration left = Duration.between(now, inquiry.dueAt());
        return left.isNegative() ? messages.get("due.overdue", span(left.negated())) : messages.get("due.left", span(left));
    }

    /** How long ago it was handed off, e.g. 「3時間前」. */
    public String age(Instant since) {
        if (since == null) {
            return "";
        }
        Duration ago = Duration.between(since, Instant.now());
        return ago.toMinutes() < 1 ? messages.get("ago.now") : messages.get("ago.span", span(ago));
    }

    /** A span in the largest unit that reads naturally: 5分, 47時間, 3日. */
    String span(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return messages.get("span.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return messages.get("span.hours", hours);
        }
        return messages.get("span.days", hours / 24);
    }
}
