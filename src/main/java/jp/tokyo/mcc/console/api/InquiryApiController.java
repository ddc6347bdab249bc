package jp.tokyo.mcc.console.api;

import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.CannedReply;
import jp.tokyo.mcc.console.web.DeliveryWords;
import jp.tokyo.mcc.inquiry.Inquiries;
import jp.tokyo.mcc.inquiry.InquiryDeliveries;
import jp.tokyo.mcc.inquiry.Inquiry;
import jp.tokyo.mcc.inquiry.InquiryQuery;
import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.inquiry.InquiryMessage;
import jp.tokyo.mcc.inquiry.InquiryStatus;
import jp.tokyo.mcc.records.ErasureReport;
import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff API for inquiries (docs/contract.md). {@code {id}} is the id or the inquiry number (K-2026-0001). */
@RestController
@RequestMapping("/api/inquiries")
class InquiryApiController {

    record TextBody(String text) {
    }

    record TransferBody(String center, String note) {
    }

    record CloseBody(String outcome) {
    }

    private final Inquiries inquiries;
    private final InquiryDeliveries deliveries;
    private final DeliveryWords words;
    private final CurrentStaff current;

    InquiryApiController(Inquiries inquiries, InquiryDeliveries deliveries, DeliveryWords words, CurrentStaff current) {
        this.inquiries = inquiries;
        this.deliveries = deliveries;
        this.words = words;
        this.current = current;
    }

    /**
     * The inquiries the caller may see; with {@code q} (words in the number, summary, municipality and transcript) or
     * the filters {@code category}, {@code municipality}, {@code assignee} (a username, or {@code -} for nobody),
     * {@code label} (a label's id), {@code safety=true} (only those with the safety net's flag),
     * the matching ones of every status unless {@code status} is given.
     */
    @GetMapping
    List<InquiryJson> list(@RequestParam(required = false) String center, @RequestParam(required = false) String status,
                           @RequestParam(required = false, defaultValue = "false") boolean mine,
                           @RequestParam(required = false) String q, @RequestParam(required = false) String category,
                           @RequestParam(required = false) String municipality,
                           @RequestParam(required = false) String assignee,
                           @RequestParam(required = false) Long label,
                           @RequestParam(required = false, defaultValue = "false") boolean safety) {
        CenterId centerId = blank(center) ? null : CenterId.fromCode(center)
                .orElseThrow(() -> invalid("center", "center must be kubu or tama"));
        InquiryStatus statusValue = blank(status) ? null : InquiryStatus.fromCode(status)
                .orElseThrow(() -> invalid("status", "status must be NEW, IN_PROGRESS, WAITING_FAMILY or CLOSED"));
        if (q != null && q.length() > 200) {
            throw invalid("q", "q has at most 200 characters");
        }
        StaffMember actor = current.require();
        InquiryQuery query = new InquiryQuery(q, centerId, statusValue, category, municipality, assignee, label,
                safety, mine);
        List<Inquiry> found = query.text() != null || query.category() != null || query.municipality() != null
                || query.assignee() != null || query.label() != null || safety ? inquiries.search(actor, query)
                : inquiries.list(actor, centerId, statusValue, mine);
        return found.stream().map(InquiryJson::summary).toList();
    }

    @GetMapping("/{id}")
    InquiryJson get(@PathVariable String id) {
        StaffMember actor = current.require();
        long resolved = inquiries.resolve(actor, id);
        return InquiryJson.of(inquiries.get(actor, resolved), deliveries.of(actor, resolved), words);
    }

    @PostMapping("/{id}/claim")
    InquiryJson claim(@PathVariable String id) {
        StaffMember actor = current.require();
        return InquiryJson.summary(inquiries.claim(actor, inquiries.resolve(actor, id)));
    }

    @PostMapping("/{id}/messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    InquiryJson.MessageJson message(@PathVariable String id, @RequestBody(required = false) TextBody body) {
        StaffMember actor = current.require();
        InquiryMessage sent = inquiries.reply(actor, inquiries.resolve(actor, id), body == null ? null : body.text());
        return InquiryJson.MessageJson.of(sent, new InquiryJson.DeliveryJson("sending", null, null));
    }

    /** Sends a refused counsellor message again (same retry key: never twice); 202, 400 unless it was refused. */
    @PostMapping("/{id}/messages/{messageId}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void retry(@PathVariable String id, @PathVariable long messageId) {
        StaffMember actor = current.require();
        deliveries.retry(actor, inquiries.resolve(actor, id), messageId);
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    InquiryJson.MessageJson note(@PathVariable String id, @RequestBody(required = false) TextBody body) {
        StaffMember actor = current.require();
        return InquiryJson.MessageJson.of(inquiries.note(actor, inquiries.resolve(actor, id),
                body == null ? null : body.text()));
    }

    @PostMapping("/{id}/transfer")
    InquiryJson transfer(@PathVariable String id, @RequestBody(required = false) TransferBody body) {
        StaffMember actor = current.require();
        long resolved = inquiries.resolve(actor, id);
        CenterId to = body == null ? null : CenterId.fromCode(body.center()).orElse(null);
        if (to == null) {
            throw invalid("center", "center must be kubu or tama");
        }
        return InquiryJson.summary(inquiries.transfer(actor, resolved, to, body.note()));
    }

    @PostMapping("/{id}/close")
    InquiryJson close(@PathVariable String id, @RequestBody(required = false) CloseBody body) {
        StaffMember actor = current.require();
        return InquiryJson.summary(inquiries.close(actor, inquiries.resolve(actor, id),
                body == null ? null : body.outcome()));
    }

    /** The family behind the inquiry is erased (administrators; a request made by phone): the counts of what went. */
    @PostMapping("/{id}/erase")
    Map<String, Object> erase(@PathVariable String id) {
        StaffMember actor = current.require();
        ErasureReport report = inquiries.erase(actor, inquiries.resolve(actor, id));
        return Map.of("erased", true, "at", report.at(), "counts", report.counts().asMap());
    }

    @GetMapping("/canned-replies")
    List<CannedReply> cannedReplies() {
        current.require();
        return inquiries.cannedReplies();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static InquiryException invalid(String code, String detail) {
        return new InquiryException(InquiryException.Reason.INVALID, code, detail);
    }
}
