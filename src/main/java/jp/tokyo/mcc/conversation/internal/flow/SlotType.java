package jp.tokyo.mcc.conversation.internal.flow;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of answers a flow can ask for ({@code ask.type} in a flow file). */
public enum SlotType {
    /** One of the listed options (quick replies or buttons). */
    CHOICE("choice"),
    /** Several of the listed options, tapped one by one, then 「これで全部」. */
    MULTI_CHOICE("multi-choice"),
    /** はい / いいえ. */
    YES_NO("yes-no"),
    /** Free text up to {@code max-length} characters. */
    TEXT("text"),
    /** A child's age: 3, ３歳, 生後6か月, 1歳半, 小学2年, 年中 ... (0 to 18 years). */
    AGE("age"),
    /** A Tokyo municipality, matched by the directory; sets the slot and {@code center}. */
    MUNICIPALITY("municipality"),
    /** A Japanese phone number, hyphens optional, full-width digits allowed. */
    PHONE("phone");

    private final String key;

    SlotType(String key) {
        this.key = key;
    }

    /** The name used in flow files. */
    public String key() {
        return key;
    }

    public static Optional<SlotType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(SlotType::key).collect(Collectors.joining(", "));
    }

    public boolean hasOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }
}
