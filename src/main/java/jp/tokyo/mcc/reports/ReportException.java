package jp.tokyo.mcc.reports;

/** A report that cannot be made as asked; {@link #reason()} says which HTTP answer fits. */
public class ReportException extends RuntimeException {

    public enum Reason { FORBIDDEN, INVALID }

    private final Reason reason;
    private final String code;

    public ReportException(Reason reason, String code, String detail) {
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
