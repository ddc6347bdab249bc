package jp.tokyo.mcc.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.conversation.HandoffRequest;
import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.line.IncomingEvent;

/** Handoff requests and family events as the conversation would pass them to the counsellors' desk. */
public final class Handoffs {

    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong(-1_000_000);

    private Handoffs() {
    }

    public static HandoffRequest request(String userId, CenterId center) {
        String municipality = center == CenterId.KUBU ? "練馬区" : "八王子市";
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("退院予定", "来月");
        Instant t = Instant.now().minusSeconds(120);
        return new HandoffRequest(userId, "退院後のこと", municipality, center, "生後6か月",
                List.of("喀痰吸引", "経管栄養"), "退院後に使えるサービスを知りたいです。", HandoffRequest.ContactMethod.LINE,
                null, null, extra, "退院後のこと／" + municipality + "／生後6か月／喀痰吸引・経管栄養",
                List.of(new TranscriptLine(TranscriptLine.Author.BOT, "ご相談の内容を教えてください。", t),
                        new TranscriptLine(TranscriptLine.Author.FAMILY, "退院後に使えるサービスを知りたいです。", t.plusSeconds(30))));
    }

    public static IncomingEvent text(String userId, String text) {
        return new IncomingEvent(IDS.decrementAndGet(), "ev-" + java.util.UUID.randomUUID(), IncomingEvent.Kind.MESSAGE,
                userId, Instant.now(), "text", text, null, false);
    }

    public static IncomingEvent sticker(String userId) {
        return new IncomingEvent(IDS.decrementAndGet(), "ev-" + java.util.UUID.randomUUID(), IncomingEvent.Kind.MESSAGE,
                userId, Instant.now(), "sticker", null, null, false);
    }
}
