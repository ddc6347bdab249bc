package jp.tokyo.mcc.inquiry;

/** How many inquiries each console tab holds. */
public record InboxCounts(long fresh, long mine, long inProgress, long waitingFamily, long closed) {
}
