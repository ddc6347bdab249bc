package jp.tokyo.mcc.inquiry;

/** A prepared reply from the administrator file {@code flows/canned-replies.yaml}; staff edit it before sending. */
public record CannedReply(String title, String text) {
}
