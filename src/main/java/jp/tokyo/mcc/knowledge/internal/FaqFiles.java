package jp.tokyo.mcc.knowledge.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;

import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.shared.AdminFiles;

/** Reads every FAQ file of {@code flows/faq/} and checks them together (ids are unique across files). */
final class FaqFiles {

    static final String FOLDER = "faq";
    static final String SUFFIX = ".yaml";

    private final AdminFiles adminFiles;

    FaqFiles(AdminFiles adminFiles) {
        this.adminFiles = adminFiles;
    }

    String fingerprint() {
        return adminFiles.fingerprint(FOLDER, SUFFIX);
    }

    Snapshot read(LocalDate today) {
        FaqFileReader reader = new FaqFileReader(today);
        List<FaqEntry> all = new ArrayList<>();
        List<FaqEntry> usable = new ArrayList<>();
        List<FaqProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> synonymWords = new HashMap<>();
        List<List<String>> synonyms = new ArrayList<>();
        List<Resource> resources = adminFiles.files(FOLDER, SUFFIX);
        for (Resource resource : resources) {
            String name = FOLDER + "/" + resource.getFilename();
            FaqFileReader.Result result;
            try {
                result = reader.read(name, resource.getContentAsString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                problems.add(FaqProblem.of(name, null, List.of(), "unreadable", e.getClass().getSimpleName()));
                continue;
            }
            List<FaqProblem> fileProblems = new ArrayList<>(result.problems());
            Set<String> fileIds = new HashSet<>();
            for (FaqEntry entry : result.entries()) {
                if (ids.contains(entry.id())) {
                    fileProblems.add(FaqProblem.of(name, FaqProblem.text("where.entry", entry.id()),
                            List.of("entries", result.indexOf(entry.id()), "id"), "duplicate-id-elsewhere"));
                }
                fileIds.add(entry.id());
            }
            Set<String> formers = new HashSet<>();
            for (FaqEntry entry : result.entries()) {
                for (String former : entry.formerIds()) {
                    if (ids.contains(former) || fileIds.contains(former) || !formers.add(former)) {
                        fileProblems.add(FaqProblem.of(name, FaqProblem.text("where.entry", entry.id()),
                                List.of("entries", result.indexOf(entry.id()), "former-ids"), "former-id-taken", former));
                    }
                }
            }
            fileIds.addAll(formers);
            Map<String, String> fileWords = new HashMap<>();
            for (List<String> group : result.synonyms()) {
                for (String word : group) {
                    String key = FaqSynonyms.fold(JapaneseText.normalize(word));
                    String before = synonymWords.getOrDefault(key, fileWords.get(key));
                    if (before != null && !before.equals(group.get(0))) {
                        fileProblems.add(FaqProblem.of(name, FaqProblem.text("where.synonyms"), List.of("synonyms"),
                                "synonym-twice", word, before, group.get(0)));
                    }
                    fileWords.put(key, group.get(0));
                }
            }
            problems.addAll(fileProblems);
            all.addAll(result.entries());
            if (fileProblems.isEmpty()) {
                usable.addAll(result.entries());
                ids.addAll(fileIds);
                synonyms.addAll(result.synonyms());
                synonymWords.putAll(fileWords);
            }
        }
        return new Snapshot(resources.size(), List.copyOf(usable), new FaqSynonyms(synonyms), List.copyOf(problems));
    }

    /**
     * What the files hold now.
     *
     * @param files    how many files were found
     * @param usable   the entries of the files without problems
     * @param synonyms the synonym groups of the files without problems
     * @param problems every problem found (empty: all files can go live)
     */
    record Snapshot(int files, List<FaqEntry> usable, FaqSynonyms synonyms, List<FaqProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }
}
