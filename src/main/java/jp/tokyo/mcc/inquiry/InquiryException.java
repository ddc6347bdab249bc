package jp.tokyo.mcc.inquiry;

/** A refused staff action; {@link #reason()} says which HTTP answer fits, {@link #code()} is a short error code. */
public class InquiryException extends RuntimeException {

    public enum Reason { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID }

    private final Reason reason;
    private final String code;

    public InquiryException(Reason reason, String code, String detail) {
        super(detail);
        this.reason = reason;
        this.code = code;
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }
}
