package jp.tokyo.mcc.inquiry;

import java.time.Instant;

/**
 * One version of the consent text families agree to before their inquiry is sent (the text as the flow file wrote
 * it, placeholders unfilled). Versions are numbered 1, 2, 3... in the order they were first agreed to.
 *
 * @param version     its number
 * @param text        the text
 * @param firstUsedAt when a family first agreed to it
 */
public record ConsentVersion(int version, String text, Instant firstUsedAt) {
}
