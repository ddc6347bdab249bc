package jp.tokyo.mcc.conversation.fakes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.conversation.HandoffRequest;
import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.line.IncomingEvent;

/**
 * A stand-in for the inquiry module (until it is merged): opens inquiries, takes a family's events while one is
 * open (silently), and closes it on 「相談を終える」.
 */
public class FakeDesk implements CounsellorDesk, OpenInquiries {

    public final List<HandoffRequest> opened = new CopyOnWriteArrayList<>();
    public final Map<String, List<String>> takenOver = new ConcurrentHashMap<>();
    private final Map<String, String> open = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger();

    @Override
    public HandoffReceipt open(HandoffRequest request) {
        opened.add(request);
        String number = String.format("T-2026-%04d", numbers.incrementAndGet());
        open.put(request.userId(), number);
        return new HandoffReceipt(number, request.center() == null ? "?" : "センター(" + request.center().code() + ")",
                "12月1日(月) 9時以降");
    }

    @Override
    public boolean takeOver(IncomingEvent event, boolean alreadyAnswered) {
        if (!open.containsKey(event.userId())) {
            return false;
        }
        takenOver.computeIfAbsent(event.userId(), k -> new CopyOnWriteArrayList<>())
                .add(event.isText() ? event.text() : String.valueOf(event.kind()));
        if (event.isText() && event.text().strip().equals("相談を終える")) {
            open.remove(event.userId());
        }
        return true;
    }

    @Override
    public void noteFollowChange(IncomingEvent event) {
        // the fake keeps no transcript
    }

    public boolean isOpen(String userId) {
        return open.containsKey(userId);
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
