package jp.tokyo.mcc.safety.internal.languages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.safety.internal.files.SafetyFiles;
import jp.tokyo.mcc.safety.internal.rules.Rulebook;
import jp.tokyo.mcc.safety.internal.rules.TierRules;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.Language;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A language's safety file, {@code languages/<language>/safety.yaml}: problems keep it from going live; an answer the
 * Japanese files have and this one does not is a warning (the family gets the Japanese answer).
 */
@Component
class SafetyLanguageFileKind implements AdminFileKind {

    @Override
    public String id() {
        return "safety-language";
    }

    @Override
    public String pattern() {
        return "languages/*/" + SafetyLanguageFile.NAME;
    }

    @Override
    public boolean owns(String path) {
        return language(path) != null;
    }

    private static Language language(String path) {
        String[] parts = path.split("/");
        if (parts.length != 3 || !parts[0].equals("languages") || !parts[2].equals(SafetyLanguageFile.NAME)) {
            return null;
        }
        return Language.of(parts[1]).filter(l -> !l.isJapanese()).orElse(null);
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        Language language = language(path);
        SafetyLanguageFile.Read read = SafetyLanguageFile.read(language, content);
        List<FileProblem> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add(new FileProblem(1, 1, p)));
        if (!problems.isEmpty()) {
            return problems;
        }
        AdminFiles set = AdminFiles.of(context);
        Rulebook rules = new SafetyFiles(name -> set.file(SafetyFiles.FOLDER + "/" + name),
                name -> new ClassPathResource("flows/" + SafetyFiles.FOLDER + "/" + name)).load(null).rulebook();
        if (rules != null) {
            gaps(read.translation(), rules).forEach(g -> problems.add(FileProblem.warning(1, 1,
                    Problems.text("missing", Problems.text("language-name." + language.code()), g))));
        }
        return problems;
    }

    /** What the translation lacks of the Japanese answers. */
    static List<String> gaps(SafetyTranslation translation, Rulebook rules) {
        Map<SafetyTier, Boolean> offer = new EnumMap<>(SafetyTier.class);
        Map<SafetyTier, Boolean> informed = new EnumMap<>(SafetyTier.class);
        for (SafetyTier t : SafetyTier.values()) {
            TierRules r = rules.tier(t);
            offer.put(t, r.counsellorOffer() != null);
            informed.put(t, r.counsellorInformed() != null);
        }
        return translation.gaps(offer, informed);
    }
}
