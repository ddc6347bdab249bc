package jp.tokyo.mcc.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.directory.CenterId;

/**
 * A family's inquiry as staff see it (the family's LINE user id stays inside the inquiry module).
 *
 * @param id              database id
 * @param number          the number the family can quote, e.g. K-2026-0001 (K 区部, T 多摩; per center and year)
 * @param center          the center handling it
 * @param status          lifecycle status
 * @param category        concern category
 * @param municipality    official municipality name
 * @param childAge        the child's age as understood (may be null)
 * @param medicalCare     medical care the child needs
 * @param concern         the concern in the family's words
 * @param contactMethod   LINE or PHONE
 * @param phone           phone number (PHONE only)
 * @param callTimes       convenient call times (PHONE only)
 * @param extra           category-specific answers, in order
 * @param summary         the summary the family confirmed
 * @param ownerUsername   the counsellor holding it (null: unclaimed)
 * @param ownerName       their display name
 * @param createdAt       when it was handed off
 * @param dueAt           when the first answer is due (one business day)
 * @param firstAnsweredAt when staff first replied (null: not yet)
 * @param updatedAt       last change
 * @param closedAt        when it was closed
 * @param closedBy        staff username, or {@code family}
 * @param outcome         the outcome noted when closing
 * @param simulated       made on the built-in simulator (an administrator trying the bot), not by a family on LINE
 * @param anonymisedAt    when its free text, personal fields and transcript were erased (the family's request, or
 *                        the end of its retention period); null while they are kept
 * @param consentVersion  the version of the consent text the family agreed to before sending it (null: the flow
 *                        asked for none, or it was sent before consents were versioned)
 * @param consentedAt     when they agreed
 * @param safety          the safety net's tiers seen in the transcript (EMERGENCY, CRISIS, URGENT, DISASTER), most
 *                        serious first: the counsellors' flag; empty when none
 */
public record Inquiry(long id, String number, CenterId center, InquiryStatus status, String category,
                      String municipality, String childAge, List<String> medicalCare, String concern,
                      String contactMethod, String phone, String callTimes, Map<String, String> extra, String summary,
                      String ownerUsername, String ownerName, Instant createdAt, Instant dueAt,
                      Instant firstAnsweredAt, Instant updatedAt, Instant closedAt, String closedBy, String outcome,
                      boolean simulated, Instant anonymisedAt, Integer consentVersion, Instant consentedAt,
                      List<String> safety) {

    public Inquiry {
        medicalCare = medicalCare == null ? List.of() : List.copyOf(medicalCare);
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        safety = safety == null ? List.of() : List.copyOf(safety);
    }

    /** Whether the safety net answered something in the transcript first (an emergency, a crisis...). */
    public boolean isSafetyFlagged() {
        return !safety.isEmpty();
    }

    /** Not answered yet although its first answer was due. */
    public boolean isOverdue(Instant now) {
        return status.isOpen() && firstAnsweredAt == null && dueAt != null && now.isAfter(dueAt);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public boolean isClaimed() {
        return ownerUsername != null;
    }
}
