package jp.tokyo.mcc.line;

import java.util.Optional;

/** A family's LINE profile, as far as the bot uses it: the language their LINE app is set to. */
public interface Profiles {

    /** What LINE's profile answered (or why not). */
    enum Outcome { FOUND, NONE, UNREACHABLE }

    /**
     * @param outcome  FOUND with a language; NONE: LINE answered without one (or does not know the user);
     *                 UNREACHABLE: LINE could not be asked now (an error, a timeout)
     * @param language the profile's {@code language} (a BCP 47 tag such as {@code en}), null unless FOUND
     */
    record Answer(Outcome outcome, String language) {
    }

    /** Asks LINE ({@code GET /v2/bot/profile/{userId}}) once, within the send timeout. Never throws. */
    Answer language(String userId);

    /** Nothing known (no LINE module): the family reads Japanese. */
    Profiles NONE = userId -> new Answer(Outcome.NONE, null);

    static Optional<String> languageOf(Answer a) {
        return a.outcome() == Outcome.FOUND ? Optional.ofNullable(a.language()) : Optional.empty();
    }
}
