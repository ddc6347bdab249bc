package jp.tokyo.mcc.safety.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tokyo.mcc.shared.Kana;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One phrase of a phrase file, compiled for matching inside a normalized text. Each word of the phrase may be
 * written as in the file or in kana (its Kuromoji reading), so {@code 息が苦しそう} also finds {@code いきがくるしそう}
 * and {@code 息がくるしそう}; a kanji word is never matched by another kanji word with the same reading
 * ({@code 自信} is not {@code 地震}). A phrase that starts or ends with a digit does not match inside a longer
 * number ({@code 119} is not found in {@code 1190}).
 */
final class Phrase {

    private final String text;
    private final Pattern pattern;

    private Phrase(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    static Phrase compile(String phrase) {
        String compact = SafetyText.compact(phrase);
        String normalized = Kana.toHiragana(compact); // same length: offsets into compact fit
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        StringBuilder regex = new StringBuilder();
        if (Character.isDigit(normalized.charAt(0))) {
            regex.append("(?<![0-9])");
        }
        int covered = 0;
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    tokenizer.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            tokenizer.setReader(new StringReader(compact));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                if (offset.startOffset() > covered) {
                    regex.append(Pattern.quote(normalized.substring(covered, offset.startOffset())));
                }
                String surface = Kana.toHiragana(term.toString());
                String read = reading.getReading() == null ? null : Kana.toHiragana(reading.getReading());
                if (read == null || read.equals(surface)) {
                    regex.append(Pattern.quote(surface));
                } else {
                    regex.append("(?:").append(Pattern.quote(surface)).append('|').append(Pattern.quote(read)).append(')');
                }
                covered = offset.endOffset();
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (covered < normalized.length()) {
            regex.append(Pattern.quote(normalized.substring(covered)));
        }
        if (Character.isDigit(normalized.charAt(normalized.length() - 1))) {
            regex.append("(?![0-9])");
        }
        return new Phrase(phrase, Pattern.compile(regex.toString()));
    }

    /** Whether the phrase occurs in the (normalized) text. */
    boolean in(String normalizedText) {
        return pattern.matcher(normalizedText).find();
    }

    /** The text with every occurrence of the phrase blanked out. */
    String mask(String normalizedText) {
        Matcher m = pattern.matcher(normalizedText);
        return m.find() ? m.replaceAll("\u25A1") : normalizedText;
    }

    String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
