package jp.tokyo.mcc.inquiry;

/** How many inquiries each console tab holds. */
public record StatusCounts(long fresh, long mine, long inProgress, long waitingFamily, long closed) {
}
