package jp.tokyo.mcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Standards of the developers' guide that a build can check on the sources themselves. */
class CodeStandardsTest {

    static final Path MAIN = Path.of("src/main/java");
    static final int MAX_LINES = 400;

    static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void noClassInMainIsLongerThanFourHundredLines() throws IOException {
        List<Path> sources = mainSources();
        assertThat(sources).isNotEmpty();
        List<String> tooLong = sources.stream()
                .filter(p -> lines(p) > MAX_LINES)
                .map(p -> MAIN.relativize(p) + " (" + lines(p) + " lines)")
                .toList();
        assertThat(tooLong).as("split these by concept (one concept per file)").isEmpty();
    }

    /** Repositories are named as the collections they keep (InquiryRows, OutboxBatches...), not as "stores". */
    @Test
    void noRepositoryIsNamedAStore() throws IOException {
        assertThat(mainSources().stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Store.java")))
                .isEmpty();
    }

    /**
     * Files whose code (not only comments) may hold Japanese, and why: they understand or normalise what families
     * type, or hold official names as data. Family- and staff-facing texts belong in message bundles or flow files.
     */
    static final Map<String, String> JAPANESE_ALLOWED = Map.ofEntries(
            Map.entry("jp/tokyo/mcc/conversation/internal/slots/ChildAge.java",
                    "how parents write ages and school years, and the one form the counsellor reads"),
            Map.entry("jp/tokyo/mcc/conversation/internal/slots/PhoneNumber.java", "separators and words around numbers"),
            Map.entry("jp/tokyo/mcc/conversation/internal/slots/TextNormalizer.java",
                    "character classes: brackets, punctuation and polite endings to strip"),
            Map.entry("jp/tokyo/mcc/conversation/internal/slots/YesNo.java", "the ways to say yes and no"),
            Map.entry("jp/tokyo/mcc/directory/internal/AnswerPhrases.java", "words around a place name in an answer"),
            Map.entry("jp/tokyo/mcc/directory/internal/OutsidePlaces.java", "readings of prefecture suffixes"),
            Map.entry("jp/tokyo/mcc/directory/internal/PlaceIndex.java", "island names and readings of suffixes"),
            Map.entry("jp/tokyo/mcc/directory/internal/PlaceMatcher.java", "characters and words around place names"),
            Map.entry("jp/tokyo/mcc/directory/internal/PlaceText.java", "character classes for folding place names"),
            Map.entry("jp/tokyo/mcc/directory/internal/TokyoMunicipality.java",
                    "municipality suffixes and the region names of the municipality list"),
            Map.entry("jp/tokyo/mcc/directory/internal/CentersFileParser.java", "dash characters in phone numbers"),
            Map.entry("jp/tokyo/mcc/directory/internal/PlaceSuffix.java", "municipality suffixes and their readings"),
            Map.entry("jp/tokyo/mcc/directory/internal/Romaji.java", "kana to Latin letters, for names typed in romaji"),
            Map.entry("jp/tokyo/mcc/knowledge/internal/FaqFileReader.java",
                    "an example of synonyms in its English message to administrators"),
            Map.entry("jp/tokyo/mcc/knowledge/internal/FaqCategories.java",
                    "the category values an FAQ entry may name (those of the intake flow)"),
            Map.entry("jp/tokyo/mcc/knowledge/internal/FaqIndex.java", "the prolonged sound mark in kana-only text"),
            Map.entry("jp/tokyo/mcc/knowledge/internal/JapaneseAnalysis.java",
                    "stop words and part-of-speech tags of the Japanese search"),
            Map.entry("jp/tokyo/mcc/knowledge/internal/JapaneseText.java", "character classes for the Japanese search"),
            Map.entry("jp/tokyo/mcc/calendar/internal/HolidayYear.java", "official names of national holidays"),
            Map.entry("jp/tokyo/mcc/calendar/internal/NationalHolidayRules.java", "official names of national holidays"),
            Map.entry("jp/tokyo/mcc/calendar/internal/SpecialLaws.java", "official names of national holidays"),
            Map.entry("jp/tokyo/mcc/safety/internal/detect/ContextJudge.java",
                    "particles, auxiliaries and part-of-speech tags that tell a tense, a condition or a progressive"),
            Map.entry("jp/tokyo/mcc/safety/internal/detect/SignMatcher.java",
                    "particles that mark a subject, and the units of numbers (度, 分)"),
            Map.entry("jp/tokyo/mcc/safety/internal/text/AnalyzedText.java", "particles that end a clause (が, けど...)"),
            Map.entry("jp/tokyo/mcc/safety/internal/text/KanaForms.java", "the conjugation of kana verbs and adjectives"),
            Map.entry("jp/tokyo/mcc/safety/internal/text/SafetyText.java", "character classes for normalizing kana"),
            Map.entry("jp/tokyo/mcc/safety/internal/text/Token.java", "part-of-speech tags of Kuromoji"),
            Map.entry("jp/tokyo/mcc/safety/internal/text/Word.java", "part-of-speech tags of Kuromoji"),
            Map.entry("jp/tokyo/mcc/safety/internal/text/WordPattern.java", "part-of-speech tags of Kuromoji"));

    @Test
    void javaInMainHoldsNoJapaneseTextOutsideComments() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path p : mainSources()) {
            String file = MAIN.relativize(p).toString().replace('\\', '/');
            if (JAPANESE_ALLOWED.containsKey(file)) {
                continue;
            }
            List<String> code = withoutComments(Files.readString(p)).lines().toList();
            for (int i = 0; i < code.size(); i++) {
                if (hasJapaneseText(code.get(i))) {
                    found.add(file + ":" + (i + 1) + ": " + code.get(i).strip());
                }
            }
        }
        assertThat(found).as("Japanese text belongs in src/main/resources/messages/*.properties or flows/ "
                + "(or, for language understanding, in CodeStandardsTest.JAPANESE_ALLOWED with the reason)").isEmpty();
    }

    @Test
    void theJapaneseCheckSeesTextButNotCommentsOrPunctuation() {
        assertThat(hasJapaneseText(withoutComments("String s = \"相談\"; // 相談"))).isTrue();
        assertThat(hasJapaneseText(withoutComments("char c = 'ー';"))).isTrue();
        assertThat(hasJapaneseText(withoutComments("int x = 1; // 相談 \"quoted\"\n/* 相談 */ int y = 2;"))).isFalse();
        assertThat(hasJapaneseText(withoutComments("String url = \"http://x\"; /** 相談 */"))).isFalse();
        assertThat(hasJapaneseText(withoutComments("String.join(\"、\", list)"))).isFalse();
        assertThat(JAPANESE_ALLOWED.keySet()).allSatisfy(f -> assertThat(MAIN.resolve(f)).exists());
    }

    /** Hiragana, katakana (also half-width) and kanji; punctuation such as 、 and 。 alone is not text. */
    static boolean hasJapaneseText(String code) {
        return code.codePoints().anyMatch(c -> (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F));
    }

    /** The source with its comments blanked (line breaks kept), string and character literals kept. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (c == '"' || c == '\'') {
                boolean block = source.startsWith("\"\"\"", i);
                String quote = block ? "\"\"\"" : String.valueOf(c);
                int end = i + quote.length();
                while (end < n && !source.startsWith(quote, end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + quote.length());
                out.append(source, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static long lines(Path p) {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
