package jp.tokyo.mcc.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.directory.CenterId;

/**
 * A family's structured inquiry, collected by the flow and confirmed by the family (「この内容で送る」), with their
 * consent to share it with the center.
 *
 * @param userId        the family's LINE user id
 * @param category      concern category, e.g. 退院後のこと
 * @param municipality  official municipality name, e.g. 八王子市
 * @param center        the center that serves it
 * @param childAge      the child's age as understood, e.g. 3歳 / 生後6か月 / 小学2年 (may be null)
 * @param medicalCare   medical care the child needs, e.g. [喀痰吸引, 経管栄養] (may be empty)
 * @param concern       the concern in the family's own words
 * @param contactMethod LINE or PHONE
 * @param phone         phone number for a call back (PHONE only)
 * @param callTimes     convenient times for a call (PHONE only)
 * @param extra         category-specific fields, label to answer in order (e.g. 学年 -> 小学2年)
 * @param summary       the summary the family confirmed
 * @param transcript    the conversation with the bot so far
 * @param consentText   what the family agreed to before it was sent, as the flow wrote it (a {@code consent: true}
 *                      state; null when the flow asked for no consent)
 * @param consentedAt   when they agreed (sent it)
 */
public record HandoffRequest(String userId, String category, String municipality, CenterId center, String childAge,
                              List<String> medicalCare, String concern, ContactMethod contactMethod, String phone,
                              String callTimes, Map<String, String> extra, String summary,
                              List<TranscriptLine> transcript, String consentText, Instant consentedAt) {

    public enum ContactMethod { LINE, PHONE }

    public HandoffRequest {
        medicalCare = medicalCare == null ? List.of() : List.copyOf(medicalCare);
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        transcript = transcript == null ? List.of() : List.copyOf(transcript);
    }

    /** A request without a consent recorded. */
    public HandoffRequest(String userId, String category, String municipality, CenterId center, String childAge,
                           List<String> medicalCare, String concern, ContactMethod contactMethod, String phone,
                           String callTimes, Map<String, String> extra, String summary, List<TranscriptLine> transcript) {
        this(userId, category, municipality, center, childAge, medicalCare, concern, contactMethod, phone, callTimes,
                extra, summary, transcript, null, null);
    }

    /** The same request with the consent the family gave. */
    public HandoffRequest withConsent(String text, Instant at) {
        return new HandoffRequest(userId, category, municipality, center, childAge, medicalCare, concern,
                contactMethod, phone, callTimes, extra, summary, transcript, text, text == null ? null : at);
    }
}
