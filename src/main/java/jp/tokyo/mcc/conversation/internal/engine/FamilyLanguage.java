package jp.tokyo.mcc.conversation.internal.engine;

import jp.tokyo.mcc.shared.Language;

/**
 * What is stored of a family's language ({@code family_language}).
 *
 * @param stored   the language (null: none yet, they read Japanese)
 * @param chosen   the family chose it (the ことば / Language switch): their LINE profile is not asked any more
 * @param attempts how often their LINE profile was asked
 */
public record FamilyLanguage(Language stored, boolean chosen, int attempts) {

    /** How often LINE's profile is asked at most (LINE down: Japanese, and no retrying forever). */
    public static final int MAX_ATTEMPTS = 3;
    public static final FamilyLanguage UNKNOWN = new FamilyLanguage(null, false, 0);

    public Language language() {
        return stored == null ? Language.JA : stored;
    }

    /** Whether the LINE profile still has to be asked: nothing known yet, and not asked too often. */
    public boolean profileWanted() {
        return stored == null && !chosen && attempts < MAX_ATTEMPTS;
    }

    FamilyLanguage chosen(Language language) {
        return new FamilyLanguage(language, true, attempts);
    }
}
