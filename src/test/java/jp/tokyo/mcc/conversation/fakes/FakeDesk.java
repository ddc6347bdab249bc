package jp.tokyo.mcc.conversation.fakes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.conversation.HandoffRequest;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.router.trial.TrialDesk;
import jp.tokyo.mcc.safety.SafetyAssessment;

/**
 * The trial counsellors' desk (pretend inquiries that take a family's events, silently, until 「相談を終える」),
 * remembering for the tests what was opened and taken over.
 */
public class FakeDesk extends TrialDesk {

    public final List<HandoffRequest> opened = new CopyOnWriteArrayList<>();
    public final Map<String, List<String>> takenOver = new ConcurrentHashMap<>();

    public FakeDesk() {
        super("T-2026-");
    }

    @Override
    public HandoffReceipt open(HandoffRequest request) {
        opened.add(request);
        return super.open(request);
    }

    @Override
    public boolean takeOver(IncomingEvent event, SafetyAssessment safety) {
        boolean taken = super.takeOver(event, safety);
        if (taken) {
            takenOver.computeIfAbsent(event.userId(), k -> new CopyOnWriteArrayList<>())
                    .add(event.isText() ? event.text() : String.valueOf(event.kind()));
        }
        return taken;
    }

    public HandoffRequest lastOpenedFor(String userId) {
        for (int i = opened.size() - 1; i >= 0; i--) {
            if (opened.get(i).userId().equals(userId)) {
                return opened.get(i);
            }
        }
        return null;
    }
}
