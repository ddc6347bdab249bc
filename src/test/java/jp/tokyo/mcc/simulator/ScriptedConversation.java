package jp.tokyo.mcc.simulator;

import java.util.List;

import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.line.ChatAction;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.safety.SafetyAssessment;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * A stand-in conversation for the simulator's tests (the real engine is switched off): answers through the real
 * outbox with texts, quick replies (message and postback) and a buttons template, so every kind of bubble shows. A
 * family with an open inquiry talks to it, as the router would have it (what they send reaches the counsellor).
 */
@TestConfiguration
class ScriptedConversation {

    static final String GREETING = "友だち追加ありがとうございます。";
    static final String MENU_PROMPT = "ご用件をえらんでください。";
    static final String MENU_CARD_TEXT = "下のボタンからえらべます";

    private final Outbox outbox;
    private final ObjectProvider<OpenInquiries> inquiries;

    ScriptedConversation(Outbox outbox, ObjectProvider<OpenInquiries> inquiries) {
        this.outbox = outbox;
        this.inquiries = inquiries;
    }

    @EventListener
    void on(IncomingEvent event) {
        OpenInquiries open = inquiries.getIfAvailable();
        if (open != null && open.takeOver(event, SafetyAssessment.NOTHING)) {
            return;
        }
        List<OutgoingMessage> answer = switch (event.kind()) {
            case FOLLOW -> List.of(new OutgoingMessage.Text(GREETING, List.of(ChatAction.message("メニュー"))));
            case MESSAGE -> event.isText() ? answerText(event.text())
                    : List.of(new OutgoingMessage.Text("message:" + event.messageType()));
            case POSTBACK -> List.of(new OutgoingMessage.Text("postback:" + event.postbackData()));
            default -> List.of();
        };
        if (!answer.isEmpty()) {
            outbox.reply(event, answer);
        }
    }

    private static List<OutgoingMessage> answerText(String text) {
        if (text.equals("メニュー") || text.equals("こんにちは")) {
            return List.of(
                    new OutgoingMessage.Text(MENU_PROMPT),
                    // LINE shows quick replies only while their message is the chat's last one
                    new OutgoingMessage.Buttons("メニュー", "メニュー", MENU_CARD_TEXT,
                            List.of(ChatAction.message("相談員と話す"), ChatAction.postback("よくある質問", "faq")),
                            List.of(ChatAction.message("退院後のこと"), ChatAction.postback("災害時のこと", "topic=disaster"))));
        }
        return List.of(new OutgoingMessage.Text("受け取りました：" + text));
    }
}
