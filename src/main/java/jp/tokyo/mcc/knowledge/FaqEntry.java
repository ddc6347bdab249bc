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
 * @param reviewed     when an administrator last checked it
 */
public record FaqEntry(String id, String question, List<String> alternatives, String answer, String category,
                       String link, LocalDate reviewed) {
}
