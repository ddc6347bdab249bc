package jp.tokyo.mcc.inquiry;

import jp.tokyo.mcc.directory.CenterId;

/**
 * What a counsellor looks for in the inquiry list (the console's search and {@code GET /api/inquiries?q=}); every
 * part may be null (no condition). The actor's visibility rules always apply on top.
 *
 * @param text         words to find in the number, summary, municipality, concern and transcript (case-insensitive)
 * @param center       one center (an administrator's choice; a counsellor's own center is implied)
 * @param status       one status
 * @param category     exact concern category
 * @param municipality exact municipality name
 * @param assignee     the holder's username, or {@link #UNASSIGNED} for inquiries nobody holds
 * @param label        carrying this label (its id)
 * @param safety       only those with the safety net's flag (it answered a message in the transcript first)
 * @param mine         only those the actor holds and that are open
 */
public record InquiryQuery(String text, CenterId center, InquiryStatus status, String category, String municipality,
                           String assignee, Long label, boolean safety, boolean mine) {

    /** {@link #assignee()} for inquiries that nobody holds. */
    public static final String UNASSIGNED = "-";

    public InquiryQuery {
        text = blankToNull(text);
        category = blankToNull(category);
        municipality = blankToNull(municipality);
        assignee = blankToNull(assignee);
    }

    /** Whether anything beyond the center narrows the list (the console then shows search results). */
    public boolean narrows() {
        return text != null || status != null || category != null || municipality != null || assignee != null
                || label != null || safety;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
