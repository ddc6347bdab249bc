package jp.tokyo.mcc.conversation.internal.library;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.tokyo.mcc.conversation.internal.flow.Command;
import jp.tokyo.mcc.conversation.internal.machine.FlowMachine;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.Edition;
import jp.tokyo.mcc.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flows in the family's language: the live flows with the translation files of {@code languages/<language>/}
 * laid over them ({@link FlowTranslator}), built again when the flows or the translations change. A text without a
 * translation is said in Japanese, counted ({@code mcc_translation_fallback_total{language}}) and listed for the
 * administrators ({@link #gaps}). Made by the {@link FlowLibrary}.
 */
public class Translations {

    public static final String FOLDER = "languages";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final int VERSIONS_KEPT = 256;
    /** The files of a language's folder that translate something else than a flow. */
    static final Set<String> NOT_FLOWS = Set.of("safety.yaml", "faq.yaml", "messages.yaml");

    private final AdminFiles files;
    private final Map<Language, Counter> fallbacks = new EnumMap<>(Language.class);
    private final Map<String, Built> built = new ConcurrentHashMap<>();
    private final Map<String, FlowMachine> versions = new ConcurrentHashMap<>();

    private record Built(FlowLibrary.Live source, String print, FlowLibrary.Live live, List<TranslationGap> gaps,
                         Set<String> untranslated) {
    }

    /** Without Spring (tests); {@code registry} may be null (nothing is counted). */
    public Translations(AdminFiles files, MeterRegistry registry) {
        this.files = files;
        if (registry != null) {
            for (Language l : Language.values()) {
                if (!l.isJapanese()) {
                    fallbacks.put(l, Counter.builder("mcc.translation.fallback")
                            .description("Texts said in Japanese because their translation is missing")
                            .tag("language", l.code()).register(registry));
                }
            }
        }
    }

    /** The live flows in {@code language} (Japanese: as they are). */
    public FlowLibrary.Live in(FlowLibrary.Live live, Language language) {
        if (language == null || language.isJapanese()) {
            return live;
        }
        return built(live, language).live();
    }

    /** A flow version (one a conversation under way started with) in {@code language}. */
    public FlowMachine in(FlowMachine machine, Language language) {
        if (language == null || language.isJapanese()) {
            return machine;
        }
        AdminFileSet set = files.current();
        String print = set.fingerprint(folder(language), ".yaml");
        String key = language.code() + "|" + machine.flow().id() + "@" + machine.flow().version() + "|" + print;
        FlowMachine cached = versions.get(key);
        if (cached != null) {
            return cached;
        }
        FlowTranslator.Result r = FlowTranslator.translate(machine.flow(), language,
                read(set, language).get(machine.flow().id()));
        if (versions.size() >= VERSIONS_KEPT) {
            versions.clear();
        }
        FlowMachine translated = machine.translated(r.flow());
        versions.put(key, translated);
        return translated;
    }

    /** What has no translation in the flows live now, per language (Japanese has none). */
    public List<TranslationGap> gaps(FlowLibrary.Live live) {
        List<TranslationGap> all = new ArrayList<>();
        for (Language l : Language.values()) {
            if (!l.isJapanese()) {
                all.addAll(built(live, l).gaps());
            }
        }
        return all;
    }

    /** Notes a flow text as it is said to a family reading {@code language}: counted when it had no translation. */
    public void said(Language language, String text) {
        if (language == null || language.isJapanese()) {
            return;
        }
        Built b = built.get(key(language));
        if (b != null && b.untranslated().contains(text)) {
            fellBack(language);
        }
    }

    /** Counts one text said in Japanese to a family reading {@code language}. */
    public void fellBack(Language language) {
        Counter c = fallbacks.get(language);
        if (c != null) {
            c.increment();
        }
    }

    /** The words of a command in every language (its Japanese words first). */
    public List<String> matchWordsInAllLanguages(FlowLibrary.Live live, String command) {
        List<String> words = new ArrayList<>();
        for (Language l : Language.values()) {
            in(live, l).command(command).map(Command::match).ifPresent(words::addAll);
        }
        return words;
    }

    private Built built(FlowLibrary.Live live, Language language) {
        AdminFileSet set = files.current();
        String print = set.fingerprint(folder(language), ".yaml");
        String key = key(language);
        Built b = built.get(key);
        if (b != null && b.source() == live && b.print().equals(print)) {
            return b;
        }
        synchronized (this) {
            b = built.get(key);
            if (b != null && b.source() == live && b.print().equals(print)) {
                return b;
            }
            b = build(live, language, set, print);
            built.put(key, b);
            return b;
        }
    }

    private Built build(FlowLibrary.Live live, Language language, AdminFileSet set, String print) {
        Map<String, TranslationFile> overlays = read(set, language);
        Map<String, FlowMachine> machines = new LinkedHashMap<>();
        List<TranslationGap> gaps = new ArrayList<>();
        Set<String> untranslated = new HashSet<>();
        for (FlowMachine m : live.flows().values()) {
            FlowTranslator.Result r = FlowTranslator.translate(m.flow(), language, overlays.get(m.flow().id()));
            machines.put(m.flow().id(), m.translated(r.flow()));
            gaps.addAll(r.gaps());
            untranslated.addAll(r.untranslated());
        }
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Map.Entry<String, Command> c : live.commands().entrySet()) {
            Command translated = Optional.ofNullable(machines.get(c.getValue().flowId()))
                    .map(m -> m.flow().commands().get(c.getKey())).orElse(c.getValue());
            commands.put(c.getKey(), translated);
        }
        FlowLibrary.Live translated = new FlowLibrary.Live(Map.copyOf(machines), Map.copyOf(commands), live.mainFlow(),
                live.problems(), live.loadedAt());
        log.debug("flows in {}: {} text(s) without a translation", language.code(), gaps.size());
        return new Built(live, print, translated, List.copyOf(gaps), Set.copyOf(untranslated));
    }

    /** The translation files of a language, by the flow they translate (a file that cannot be read is skipped). */
    private static Map<String, TranslationFile> read(AdminFileSet set, Language language) {
        Map<String, TranslationFile> overlays = new LinkedHashMap<>();
        for (AdminFile f : set.files(folder(language), ".yaml")) {
            if (NOT_FLOWS.contains(f.fileName())) {
                continue;
            }
            try {
                TranslationFile t = TranslationFile.parse(f.content());
                overlays.putIfAbsent(t.flowId(), t);
            } catch (IllegalArgumentException e) {
                log.warn("translation file {} cannot be read: {}", f.path(), e.getMessage());
            }
        }
        return overlays;
    }

    static String folder(Language language) {
        return FOLDER + "/" + language.code();
    }

    private static String key(Language language) {
        return language.code() + "|" + Edition.current();
    }
}
