package jp.tokyo.mcc.conversation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the conversation ({@code app.conversation.*}).
 *
 * @param enabled         answer families at all (tests of other modules switch it off)
 * @param mainFlow        the flow a new conversation starts with (its start state greets)
 * @param maxRetries      answers that do not fit before a counsellor is offered
 * @param silence         after this long without a message, a returning family is greeted and asked whether to
 *                        continue
 * @param reloadInterval  how often the flow files are checked for changes
 * @param transcriptLines lines of the conversation kept for the handoff
 * @param faqHits         FAQ entries shown at most (1-3: a buttons template has 4 buttons)
 */
@ConfigurationProperties("app.conversation")
public record ConversationProperties(@DefaultValue("true") boolean enabled,
                                     @DefaultValue("intake") String mainFlow,
                                     @DefaultValue("3") int maxRetries,
                                     @DefaultValue("24h") Duration silence,
                                     @DefaultValue("3s") Duration reloadInterval,
                                     @DefaultValue("40") int transcriptLines,
                                     @DefaultValue("3") int faqHits) {

    public ConversationProperties {
        if (maxRetries < 1) {
            throw new IllegalArgumentException("app.conversation.max-retries must be at least 1");
        }
        if (faqHits < 1 || faqHits > 3) {
            throw new IllegalArgumentException("app.conversation.faq-hits must be 1-3");
        }
    }

    /** The defaults, for tests. */
    public static ConversationProperties defaults() {
        return new ConversationProperties(true, "intake", 3, Duration.ofHours(24), Duration.ofSeconds(3), 40, 3);
    }
}
