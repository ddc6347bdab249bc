package jp.tokyo.mcc.knowledge.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.Language;
import org.springframework.stereotype.Component;

/**
 * A language's FAQ, {@code languages/<language>/faq.yaml}: a file that cannot be read is a problem; an entry of the
 * FAQ it does not translate, or an id the FAQ does not have, is a warning (the family reads the Japanese answer).
 */
@Component
class FaqTranslationFileKind implements AdminFileKind {

    @Override
    public String id() {
        return "faq-language";
    }

    @Override
    public String pattern() {
        return "languages/*/" + FaqTranslations.FILE;
    }

    @Override
    public boolean owns(String path) {
        return language(path) != null;
    }

    static Language language(String path) {
        String[] parts = path.split("/");
        if (parts.length != 3 || !parts[0].equals("languages") || !parts[2].equals(FaqTranslations.FILE)) {
            return null;
        }
        return Language.of(parts[1]).filter(l -> !l.isJapanese()).orElse(null);
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        Language language = language(path);
        Map<String, FaqTranslations.Text> texts;
        try {
            texts = FaqTranslations.parse(content);
        } catch (RuntimeException e) {
            return List.of(new FileProblem(1, 1, FaqProblem.text("translation.unreadable")));
        }
        List<FaqEntry> entries = new FaqFiles(AdminFiles.of(context)).read(LocalDate.now(ZoneId.of("Asia/Tokyo")))
                .usable();
        Set<String> ids = entries.stream().map(FaqEntry::id).collect(Collectors.toSet());
        List<FileProblem> problems = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (String id : texts.keySet()) {
            if (!ids.contains(id)) {
                problems.add(FileProblem.warning(lineOf(lines, id), 1, FaqProblem.text("translation.unknown-id", id)));
            }
        }
        for (String gap : gaps(entries, texts)) {
            problems.add(FileProblem.warning(1, 1, FaqProblem.text("translation.missing",
                    FaqProblem.text("language." + language.code()), gap)));
        }
        return problems;
    }

    /** The entries (by id) a language does not translate (no question or no answer). */
    static List<String> gaps(List<FaqEntry> entries, Map<String, FaqTranslations.Text> texts) {
        List<String> gaps = new ArrayList<>();
        for (FaqEntry e : entries) {
            FaqTranslations.Text t = texts.get(e.id());
            if (t == null || t.question() == null || t.answer() == null) {
                gaps.add(e.id());
            }
        }
        return gaps;
    }

    private static int lineOf(String[] lines, String key) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }
}
