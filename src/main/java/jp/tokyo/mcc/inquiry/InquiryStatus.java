package jp.tokyo.mcc.inquiry;

import java.util.Locale;
import java.util.Optional;

/** Where an inquiry stands. */
public enum InquiryStatus {
    /** Handed off, nobody has claimed it yet. */
    NEW,
    /** A counsellor holds it. */
    IN_PROGRESS,
    /** A counsellor answered; waiting for the family (a family message moves it back to IN_PROGRESS). */
    WAITING_FAMILY,
    /** Closed by staff (with an outcome) or by the family (「相談を終える」). */
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Accepts {@code NEW}, {@code new}, {@code in-progress}, {@code waiting_family} ... */
    public static Optional<InquiryStatus> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
