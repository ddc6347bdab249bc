package jp.tokyo.mcc.conversation.internal.moves;

import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.conversation.internal.engine.ConversationState;
import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowState;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/**
 * A flow state with {@code handoff}: the family's answers and the transcript go to the counsellors' desk as an
 * inquiry, the family gets its receipt ({@code {inquiry.number}}...), and the conversation forgets their details.
 */
public final class CounsellorHandoff {

    private CounsellorHandoff() {
    }

    public static void open(TurnContext t, Flow flow, FlowState s) {
        CounsellorDesk desk = t.desk();
        if (desk == null) {
            List<String> unavailable = s.handoff().unavailable().isEmpty()
                    ? List.of(t.text("handoff.unavailable")) : s.handoff().unavailable();
            unavailable.forEach(t::say);
            return;
        }
        ConversationState st = t.state();
        // what counsellors read is in Japanese, whatever the family reads
        Map<String, Ask> asks = t.labelledAsksForStaff(flow);
        String summary = t.handoff().summary(st.slots(), asks);
        Object consent = st.slots().remove(FlowVocabulary.CONSENT_TEXT);
        HandoffReceipt receipt = desk.open(t.handoff().request(st.userId(), st.slots(), asks, summary,
                st.transcript().lines()).withConsent(consent == null ? null : consent.toString(), t.now()));
        st.slots().put("inquiry.number", receipt.inquiryNumber());
        st.slots().put("inquiry.center", receipt.centerName());
        st.slots().put("inquiry.next-answer", receipt.nextAnswer());
        s.say().forEach(t::say);
        // the inquiry keeps them now: forget the family's details, keep where they live and what it was about
        for (String slot : asks.keySet()) {
            if (!slot.equals(FlowVocabulary.CATEGORY) && !slot.equals(FlowVocabulary.MUNICIPALITY)) {
                st.slots().remove(slot);
            }
        }
        st.transcript().clear();
    }
}
