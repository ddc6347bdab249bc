package jp.tokyo.mcc.router.trial;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.conversation.HandoffRequest;
import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.safety.SafetyAssessment;

/**
 * The counsellors' side in a trial: handoffs get a trial number and open a pretend inquiry (no real inquiry is
 * made, no counsellor sees it) that takes the family's events, silently, until 「相談を終える」.
 */
public class TrialDesk implements CounsellorDesk, OpenInquiries {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("messages/router", Locale.JAPANESE);
    private static final List<String> END_WORDS = List.of(TEXTS.getString("router.trial.end-words").split(","));

    private final Map<String, String> open = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger();
    private final String numberPrefix;

    public TrialDesk() {
        this("T-0000-");
    }

    /** @param numberPrefix what the pretend inquiry numbers start with (then 4 digits) */
    public TrialDesk(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    @Override
    public HandoffReceipt open(HandoffRequest request) {
        String number = numberPrefix + String.format("%04d", numbers.incrementAndGet());
        open.put(request.userId(), number);
        return new HandoffReceipt(number, request.center() == null ? "?"
                : MessageFormat.format(TEXTS.getString("router.trial.center"), request.center().code()),
                TEXTS.getString("router.trial.answer-by"));
    }

    @Override
    public boolean takeOver(IncomingEvent event, SafetyAssessment safety) {
        if (event.kind() != IncomingEvent.Kind.MESSAGE && event.kind() != IncomingEvent.Kind.POSTBACK
                || !open.containsKey(event.userId())) {
            return false;
        }
        if (event.isText() && END_WORDS.contains(event.text().strip())) {
            open.remove(event.userId());
        }
        return true;
    }

    @Override
    public void noteFollowChange(IncomingEvent event) {
    }

    /** The pretend inquiry ends without a word (the family's data was erased). */
    @Override
    public void familyErased(String userId) {
        open.remove(userId);
    }

        public boolean isOpen(String userId) {
        return open.containsKey(userId);
    }
}
