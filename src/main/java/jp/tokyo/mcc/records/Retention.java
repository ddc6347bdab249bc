package jp.tokyo.mcc.records;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long family data is kept ({@code app.retention.*}; the two periods come from CONTRACT.md's
 * {@code APP_RETENTION_DAYS_CLOSED_INQUIRY} and {@code APP_RETENTION_DAYS_CONVERSATION}). Each module applies them
 * to its own data in {@link FamilyRecords#purge}.
 *
 * @param closedInquiryDays an inquiry closed this many days ago loses its free text, personal fields and transcript
 *                          (its month, center, category, municipality and answer times stay, for reports)
 * @param conversationDays  conversation data (the conversation state and its transcript, stored webhook events, sent
 *                          messages, questions the bot could not answer) is deleted this many days after the family's
 *                          last activity (or after it was sent)
 * @param purgeCron         when the daily purge runs (cron, in {@code app.calendar.zone}); it also runs after a start
 *                          when the last purge is more than a day old
 */
@ConfigurationProperties(prefix = "app.retention")
public record Retention(
        @DefaultValue("1825") int closedInquiryDays,
        @DefaultValue("90") int conversationDays,
        @DefaultValue("0 30 3 * * *") String purgeCron) {

    public Retention {
        if (closedInquiryDays < 1) {
            throw new IllegalArgumentException("APP_RETENTION_DAYS_CLOSED_INQUIRY must be at least 1 (days), not "
                    + closedInquiryDays);
        }
        if (conversationDays < 1) {
            throw new IllegalArgumentException("APP_RETENTION_DAYS_CONVERSATION must be at least 1 (days), not "
                    + conversationDays);
        }
    }

    /** Inquiries closed before this instant are made anonymous. */
    public Instant closedInquiriesBefore(Instant now) {
        return now.minus(Duration.ofDays(closedInquiryDays));
    }

    /** Conversation data last touched before this instant is deleted. */
    public Instant conversationsBefore(Instant now) {
        return now.minus(Duration.ofDays(conversationDays));
    }
}
