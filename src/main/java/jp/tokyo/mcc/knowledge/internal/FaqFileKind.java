package jp.tokyo.mcc.knowledge.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.YamlPositions;
import org.springframework.stereotype.Component;

/**
 * FAQ files ({@code faq/*.yaml}: entries and synonym groups): each file's form, read together with the other FAQ
 * files of the set it would go live in (ids, former ids and synonym words unique across files), as the live FAQ is.
 * Problems this file causes in another file are reported at its top, naming that file.
 */
@Component
class FaqFileKind implements AdminFileKind {

    private final Clock clock = Clock.system(ZoneId.of("Asia/Tokyo"));

    @Override
    public String id() {
        return "faq";
    }

    @Override
    public String pattern() {
        return FaqFiles.FOLDER + "/*" + FaqFiles.SUFFIX;
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        LocalDate today = LocalDate.now(clock);
        AdminFileSet with = context.with(path, content);
        List<AdminFile> others = with.all().stream().filter(f -> !f.path().equals(path)).toList();
        List<FaqProblem> withProblems = new FaqFiles(AdminFiles.of(with)).read(today).problems();
        Set<String> before = new HashSet<>();
        new FaqFiles(AdminFiles.of(AdminFileSet.of(others))).read(today).problems().forEach(p -> before.add(p.toString()));
        YamlPositions positions = YamlPositions.of(content);
        List<FileProblem> problems = new ArrayList<>();
        for (FaqProblem p : withProblems) {
            if (p.file().equals(path)) {
                problems.add(p.located(positions));
            } else if (!before.contains(p.toString())) {
                problems.add(new FileProblem(1, 1, FaqProblem.text("elsewhere", p.toString())));
            }
        }
        return problems;
    }
}
