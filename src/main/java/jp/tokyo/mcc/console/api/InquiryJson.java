package jp.tokyo.mcc.console.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.tokyo.mcc.inquiry.ConsentVersion;
import jp.tokyo.mcc.inquiry.Inquiry;
import jp.tokyo.mcc.inquiry.InquiryAttachment;
import jp.tokyo.mcc.inquiry.InquiryDetails;
import jp.tokyo.mcc.console.web.DeliveryWords;
import jp.tokyo.mcc.inquiry.InquiryMessage;
import jp.tokyo.mcc.inquiry.MessageDelivery;

/**
 * An inquiry as the staff API shows it (docs/contract.md); {@code messages} only for a single inquiry; {@code simulated}
 * only when true (made on the built-in simulator by an administrator, not by a family); {@code anonymisedAt} only when
 * the inquiry's words, personal fields and transcript were erased; {@code consent} when the family agreed to a
 * versioned consent text (a single inquiry carries the text too); {@code safety} only when the safety net answered
 * something in the transcript first: its tiers, most serious first ({@code emergency}, {@code crisis},
 * {@code urgent}, {@code disaster}), on the inquiry and on each message concerned.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record InquiryJson(long id, String number, String center, String status, String category, String municipality,
                   Instant createdAt, String summary, Instant dueAt, boolean overdue, String owner, String ownerName,
                   String childAge, List<String> medicalCare, String concern, String contactMethod, String phone,
                   String callTimes, Map<String, String> extra, Instant firstAnsweredAt, Instant closedAt,
                   String outcome, Boolean simulated, Instant anonymisedAt, ConsentJson consent,
                   List<String> safety, List<MessageJson> messages) {

    /** The consent text the family agreed to before sending the inquiry: its version, when, and the text. */
    record ConsentJson(int version, Instant agreedAt, String text) {
    }

    /**
     * One transcript line: who (FAMILY, BOT, STAFF, NOTE, SYSTEM), the staff member's name, text, time, the safety
     * net's tiers for a family line it answered first, and for a counsellor's message that went to LINE its
     * {@code delivery}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MessageJson(long id, String who, String name, String text, Instant time, List<String> safety,
                       DeliveryJson delivery, List<AttachmentJson> attachments) {
        static MessageJson of(InquiryMessage m) {
            return of(m, null);
        }

        static MessageJson of(InquiryMessage m, DeliveryJson delivery) {
            return new MessageJson(m.id(), m.author().name(), m.authorName(), m.text(), m.at(),
                    InquiryJson.safety(m.safety()), delivery,
                    m.attachments().isEmpty() ? null : m.attachments().stream().map(AttachmentJson::of).toList());
        }
    }

    /**
     * What the family sent with a line (docs/contract.md: {@code id}, {@code type}, {@code contentType}, {@code size});
     * beyond it, {@code state} (pending, stored, refused, failed), {@code problem} when it was not kept, and a file's
     * {@code fileName}. The bytes: {@code GET /api/inquiries/{id}/attachments/{attachmentId}} (stored ones).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AttachmentJson(long id, String type, String contentType, Long size, String state, String problem,
                          String fileName) {
        static AttachmentJson of(InquiryAttachment a) {
            return new AttachmentJson(a.id(), a.type(), a.contentType(), a.size(),
                    a.state().name().toLowerCase(java.util.Locale.ROOT), a.problem(), a.fileName());
        }
    }

    /**
     * Where a counsellor's message stands: {@code state} sending, delivered (LINE took it) or refused; for a refusal
     * a plain Japanese {@code reason}, LINE's {@code httpStatus} (absent when LINE did not answer) and the way to send
     * it again ({@code POST /api/inquiries/{id}/messages/{messageId}/retry}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliveryJson(String state, String reason, Integer httpStatus) {
        static DeliveryJson of(MessageDelivery d, DeliveryWords words) {
            boolean refused = d.state() == MessageDelivery.State.REFUSED;
            return new DeliveryJson(d.state().name().toLowerCase(java.util.Locale.ROOT),
                    refused ? words.reason(d) : null, refused ? d.httpStatus() : null);
        }
    }

    static InquiryJson summary(Inquiry i) {
        return new InquiryJson(i.id(), i.number(), i.center().code(), i.status().name(), i.category(), i.municipality(),
                i.createdAt(), i.summary(), i.dueAt(), i.isOverdue(Instant.now()), i.ownerUsername(), i.ownerName(),
                null, null, null, null, null, null, null, null, null, null, simulated(i), i.anonymisedAt(), null,
                safety(i.safety()), null);
    }

    static InquiryJson full(Inquiry i, List<MessageJson> messages) {
        return full(i, messages, null);
    }

    static InquiryJson full(Inquiry i, List<MessageJson> messages, ConsentVersion consent) {
        return new InquiryJson(i.id(), i.number(), i.center().code(), i.status().name(), i.category(), i.municipality(),
                i.createdAt(), i.summary(), i.dueAt(), i.isOverdue(Instant.now()), i.ownerUsername(), i.ownerName(),
                i.childAge(), i.medicalCare(), i.concern(), i.contactMethod(), i.phone(), i.callTimes(), i.extra(),
                i.firstAnsweredAt(), i.closedAt(), i.outcome(), simulated(i), i.anonymisedAt(),
                i.consentVersion() == null ? null : new ConsentJson(i.consentVersion(), i.consentedAt(),
                        consent == null ? null : consent.text()),
                safety(i.safety()), messages);
    }

    /** One inquiry with its transcript, each counsellor message with its delivery, and the consent agreed to. */
    static InquiryJson of(InquiryDetails details, Map<Long, MessageDelivery> deliveries, DeliveryWords words) {
        return full(details.inquiry(), details.messages().stream().map(m -> {
            MessageDelivery d = deliveries.get(m.id());
            return MessageJson.of(m, d == null ? null : DeliveryJson.of(d, words));
        }).toList(), details.consent());
    }

    private static List<String> safety(List<String> tiers) {
        return tiers.isEmpty() ? null : tiers.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static Boolean simulated(Inquiry i) {
        return i.simulated() ? Boolean.TRUE : null;
    }
}
