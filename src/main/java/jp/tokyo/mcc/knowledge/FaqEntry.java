package jp.tokyo.mcc.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One FAQ entry as an administrator wrote it.
 *
 * @param id           stable id, used in postback data (short: at most 40 characters)
 * @param question     the question as a button label would show it (at most 20 characters for a button)
 * @param alternatives other ways people ask it
 * @param answer       the answer text
 * @param category     the concern category it belongs to (e.g. 退院後のこと), may be null
 * @param link         an optional URL
 * @param reviewed     when an administrator last checked it against its sources
 * @param sources      where its facts come from (public pages, the centers' leaflet)
 * @param formerIds    ids it had before: buttons sent with an old id still answer with this entry
 */
public record FaqEntry(String id, String question, List<String> alternatives, String answer, String category,
                       String link, LocalDate reviewed, List<String> sources, List<String> formerIds) {

    public FaqEntry {
        alternatives = List.copyOf(alternatives);
        sources = sources == null ? List.of() : List.copyOf(sources);
        formerIds = formerIds == null ? List.of() : List.copyOf(formerIds);
    }

    /** An entry without sources or former ids (tests, and files written before sources were asked for). */
    public FaqEntry(String id, String question, List<String> alternatives, String answer, String category,
                    String link, LocalDate reviewed) {
        this(id, question, alternatives, answer, category, link, reviewed, List.of(), List.of());
    }
}
