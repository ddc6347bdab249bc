package jp.tokyo.mcc.conversation.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.conversation.HandoffRequest;
import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.AskOption;
import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.flow.SlotType;
import jp.tokyo.mcc.directory.CenterId;

/**
 * What the counsellor gets: the answers of every question that has a {@code label} (in the order the flows ask
 * them), as the summary the family confirms and as the fields of a {@link HandoffRequest}.
 */
public final class Handoff {

    private final Texts texts;

    public Handoff(Texts texts) {
        this.texts = texts;
    }

    /** Labelled questions: the current flow's first, then the other flows'; one per slot. */
    public static Map<String, Ask> labelled(Flow current, Collection<Flow> others) {
        Map<String, Ask> asks = new LinkedHashMap<>();
        List<Flow> order = new ArrayList<>();
        order.add(current);
        others.stream().filter(f -> !f.id().equals(current.id())).forEach(order::add);
        for (Flow f : order) {
            for (Ask a : f.asks()) {
                if (a.label() != null && a.slot() != null) {
                    asks.putIfAbsent(a.slot(), a);
                }
            }
        }
        return asks;
    }

    /** One line per answered labelled question: ・お住まい：八王子市. */
    public String summary(Map<String, Object> slots, Map<String, Ask> asks) {
        List<String> lines = new ArrayList<>();
        for (Ask a : asks.values()) {
            Object value = slots.get(a.slot());
            if (value == null) {
                continue;
            }
            lines.add(texts.get("summary.line", a.label(), display(a, value)));
        }
        return String.join("\n", lines);
    }

    /** A slot value as the family would read it (the option label rather than its stored value). */
    public String display(Ask a, Object value) {
        if (value instanceof Collection<?> c && c.isEmpty()) {
            return texts.get("multi.none");
        }
        if (a != null && a.type() == SlotType.CHOICE && value instanceof String s) {
            return label(a, s);
        }
        if (a != null && a.type() == SlotType.MULTI_CHOICE && value instanceof Collection<?> c) {
            return Placeholders.display(c.stream().map(v -> label(a, String.valueOf(v))).toList());
        }
        return Placeholders.display(value);
    }

    /** An option's label for its stored value (the value itself when no option has it). */
    private static String label(Ask a, String value) {
        for (AskOption o : a.options()) {
            if (o.value().equals(value)) {
                return o.label();
            }
        }
        return value;
    }

    public HandoffRequest request(String userId, Map<String, Object> slots, Map<String, Ask> asks, String summary,
                            List<jp.tokyo.mcc.conversation.TranscriptLine> transcript) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (Ask a : asks.values()) {
            if (!FlowVocabulary.HANDOFF_SLOTS.contains(a.slot()) && slots.get(a.slot()) != null) {
                extra.put(a.label(), display(a, slots.get(a.slot())));
            }
        }
        String contact = text(slots.get(FlowVocabulary.CONTACT));
        HandoffRequest.ContactMethod method = contact != null
                && (contact.equalsIgnoreCase("PHONE") || contact.contains(texts.get("contact.phone-word")))
                ? HandoffRequest.ContactMethod.PHONE : HandoffRequest.ContactMethod.LINE;
        Object care = slots.get(FlowVocabulary.MEDICAL_CARE);
        List<String> medicalCare = care instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                : care == null ? List.of() : List.of(String.valueOf(care));
        return new HandoffRequest(userId, text(slots.get(FlowVocabulary.CATEGORY)),
                text(slots.get(FlowVocabulary.MUNICIPALITY)),
                CenterId.fromCode(text(slots.get(FlowVocabulary.CENTER))).orElse(null),
                text(slots.get(FlowVocabulary.CHILD_AGE)), medicalCare, text(slots.get(FlowVocabulary.CONCERN)), method,
                method == HandoffRequest.ContactMethod.PHONE ? text(slots.get(FlowVocabulary.PHONE)) : null,
                method == HandoffRequest.ContactMethod.PHONE ? text(slots.get(FlowVocabulary.CALL_TIMES)) : null,
                extra, summary, transcript);
    }

    private static String text(Object value) {
        return value == null ? null : Placeholders.display(value);
    }
}
