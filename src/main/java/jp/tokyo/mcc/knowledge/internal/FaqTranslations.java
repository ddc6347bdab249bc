package jp.tokyo.mcc.knowledge.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The FAQ in the other languages: {@code languages/<language>/faq.yaml} gives, by entry id, the question, other ways
 * to ask it and the answer (the same facts and sources as the Japanese entry). An entry without a translation is
 * answered in Japanese. The English texts are searched with Lucene's English analyzer ({@link EnglishFaqIndex}).
 * Read again when the files change.
 */
final class FaqTranslations {

    static final String FILE = "faq.yaml";
    private static final Logger log = LoggerFactory.getLogger(FaqTranslations.class);

    /** One entry's texts in a language. */
    record Text(String question, List<String> alternatives, String answer) {
    }

    private record Loaded(String print, Map<Language, Map<String, Text>> texts, EnglishFaqIndex english) {
    }

    private final AdminFiles files;
    private volatile Loaded loaded;

    FaqTranslations(AdminFiles files) {
        this.files = files;
    }

    static String path(Language language) {
        return "languages/" + language.code() + "/" + FILE;
    }

    /** The entry in a language (its Japanese texts where the translation lacks them). */
    FaqEntry in(FaqEntry e, Language language) {
        if (language == null || language.isJapanese() || e == null) {
            return e;
        }
        Text t = loaded().texts().getOrDefault(language, Map.of()).get(e.id());
        if (t == null) {
            return e;
        }
        return new FaqEntry(e.id(), t.question() != null ? t.question() : e.question(), e.alternatives(),
                t.answer() != null ? t.answer() : e.answer(), e.category(), e.link(), e.reviewed(), e.sources(),
                e.formerIds());
    }

    /** Whether the entry's answer has a translation in the language (Japanese: always). */
    boolean translated(String id, Language language) {
        if (language == null || language.isJapanese()) {
            return true;
        }
        Text t = loaded().texts().getOrDefault(language, Map.of()).get(id);
        return t != null && t.answer() != null;
    }

    /** The English index over the entries' English questions, other ways to ask, and answers. */
    EnglishFaqIndex english() {
        return loaded().english();
    }

    private Loaded loaded() {
        AdminFileSet set = files.current();
        StringBuilder print = new StringBuilder();
        for (Language l : Language.values()) {
            set.file(path(l)).ifPresent(f -> print.append(f.path()).append(':').append(f.hash()).append(';'));
        }
        Loaded current = loaded;
        if (current != null && current.print().equals(print.toString())) {
            return current;
        }
        synchronized (this) {
            current = loaded;
            if (current != null && current.print().equals(print.toString())) {
                return current;
            }
            Map<Language, Map<String, Text>> texts = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                if (!l.isJapanese()) {
                    texts.put(l, set.file(path(l)).map(f -> read(f.path(), f.content())).orElse(Map.of()));
                }
            }
            current = new Loaded(print.toString(), texts, EnglishFaqIndex.of(texts.getOrDefault(Language.EN, Map.of())));
            loaded = current;
            return current;
        }
    }

    /** The entries of a file, by id; {@link IllegalArgumentException} when it is not of this shape. */
    static Map<String, Text> parse(String yaml) {
        Object root = new Yaml(new LoaderOptions()).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("entries") instanceof Map<?, ?> entries)) {
            throw new IllegalArgumentException("entries: missing");
        }
        Map<String, Text> texts = new LinkedHashMap<>();
        entries.forEach((id, v) -> {
            if (!(v instanceof Map<?, ?> e)) {
                throw new IllegalArgumentException("entry " + id + " is not a mapping");
            }
            List<String> alternatives = new ArrayList<>();
            if (e.get("alternatives") instanceof List<?> l) {
                l.stream().filter(x -> x != null).forEach(x -> alternatives.add(String.valueOf(x)));
            }
            texts.put(String.valueOf(id), new Text(text(e.get("question")), List.copyOf(alternatives),
                    text(e.get("answer"))));
        });
        return texts;
    }

    private static Map<String, Text> read(String path, String yaml) {
        try {
            return parse(yaml);
        } catch (RuntimeException e) {
            log.warn("FAQ translation {} cannot be read: {}", path, e.getClass().getSimpleName());
            return Map.of();
        }
    }

    private static String text(Object o) {
        return o == null || String.valueOf(o).isBlank() ? null : String.valueOf(o).strip();
    }
}
