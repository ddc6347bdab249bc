package jp.tokyo.mcc.conversation.internal.flow;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Names with a fixed meaning in flow files: built-in placeholders, commands the engine offers, handoff slots. */
public final class FlowVocabulary {

    /** {@code {name}} in a text. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9._-]+)}");

    public static final List<String> CENTER_FIELDS = List.of("name", "hospital", "address", "phone", "hours");

    /** Placeholders that are not slots. */
    public static final Set<String> BUILT_IN = Set.of(
            "center.name", "center.hospital", "center.address", "center.phone", "center.hours",
            "kubu.name", "kubu.hospital", "kubu.address", "kubu.phone", "kubu.hours",
            "tama.name", "tama.hospital", "tama.address", "tama.phone", "tama.hours",
            "center.card", "kubu.card", "tama.card",
            "calendar.open-now", "calendar.hours",
            "inquiry.number", "inquiry.center", "inquiry.next-answer",
            "summary");

    /** A say text that is only {@code {center.card}} ({@code {kubu.card}}, {@code {tama.card}}): that center's card. */
    public static final Pattern CARD = Pattern.compile("\\s*\\{(center|kubu|tama)\\.card}\\s*");

    /** Commands the engine itself offers as choices: the menu and a counsellor. */
    public static final String MENU = "menu";
    public static final String COUNSELLOR = "counsellor";
    public static final List<String> REQUIRED_COMMANDS = List.of(MENU, COUNSELLOR);
    /** The command that leads to the erasure of the family's data (「データを削除」); a free-form request goes there too. */
    public static final String ERASE = "erase";

    /** Where the consent text the family saw is kept until the hand-over (a {@code consent: true} state). */
    public static final String CONSENT_TEXT = "consent.text";

    /** Slots whose values fill the named fields of the inquiry for the counsellor. */
    public static final String CATEGORY = "category";
    public static final String MUNICIPALITY = "municipality";
    public static final String CENTER = "center";
    public static final String CHILD_AGE = "child-age";
    public static final String MEDICAL_CARE = "medical-care";
    public static final String CONCERN = "concern";
    public static final String CONTACT = "contact";
    public static final String PHONE = "phone";
    public static final String CALL_TIMES = "call-times";
    public static final List<String> HANDOFF_SLOTS = List.of(CATEGORY, MUNICIPALITY, CHILD_AGE, MEDICAL_CARE,
            CONCERN, CONTACT, PHONE, CALL_TIMES);

    /** Default longest free-text answer. */
    public static final int DEFAULT_TEXT_LENGTH = 500;

    private FlowVocabulary() {
    }
}
