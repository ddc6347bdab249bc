package jp.tokyo.mcc.knowledge.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import org.springframework.stereotype.Component;

/** FAQ files ({@code faq/*.yaml}): each entry's form, and ids unique across the FAQ files. */
@Component
class FaqFileKind implements AdminFileKind {

    private final Clock clock = Clock.system(ZoneId.of("Asia/Tokyo"));

    @Override
    public String id() {
        return "faq";
    }

    @Override
    public String pattern() {
        return "faq/*.yaml";
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        FaqFileReader reader = new FaqFileReader(LocalDate.now(clock));
        FaqFileReader.Result result = reader.read(path, content);
        List<FileProblem> problems = new ArrayList<>();
        result.problems().forEach(p -> problems.add(new FileProblem(1, 1, p.toString())));
        Set<String> elsewhere = new HashSet<>();
        for (AdminFile f : context.files(FaqFiles.FOLDER, FaqFiles.SUFFIX)) {
            if (!f.path().equals(path)) {
                reader.read(f.path(), f.content()).entries().forEach(e -> elsewhere.add(e.id()));
            }
        }
        for (FaqEntry e : result.entries()) {
            if (elsewhere.contains(e.id())) {
                problems.add(new FileProblem(1, 1, "entry '" + e.id() + "': duplicate id (already used in another FAQ file)"));
            }
        }
        return problems;
    }
}
