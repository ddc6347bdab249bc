package jp.tokyo.mcc.staff;

/** A refused account change; {@link #reason()} says which HTTP answer fits. */
public class StaffAccountException extends RuntimeException {

    public enum Reason { INVALID, DUPLICATE, NOT_FOUND, FORBIDDEN }

    private final Reason reason;

    public StaffAccountException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
