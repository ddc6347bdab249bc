package jp.tokyo.mcc.safety.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import jp.tokyo.mcc.safety.internal.files.SafetyFiles;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.AdminFileStatus;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.FileProblem;

/**
 * The safety net's files ({@code safety/words.yaml}, {@code context.yaml} and one file per tier), checked as they
 * would go live: a tier file against the words of the set, words.yaml with the tier files that name its concepts.
 */
@Component
class SafetyFileKind implements AdminFileKind {

    /** A problem as the safety files' readers write it: {@code safety/x.yaml 5行15列: ...} or {@code safety/x.yaml: ...}. */
    private static final Pattern PLACED = Pattern.compile("^\\S+ (\\d+)\\D+(\\d+)\\D*?: (.*)$", Pattern.DOTALL);

    @Override
    public String id() {
        return "safety";
    }

    @Override
    public String pattern() {
        return SafetyFiles.FOLDER + "/*.yaml";
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        String id = SafetyFiles.statusId(file);
        if (id == null) {
            return List.of(new FileProblem(1, 1, SafetyFiles.unknownFile()));
        }
        AdminFiles set = AdminFiles.of(context.with(path, content));
        SafetyFiles files = new SafetyFiles(name -> set.file(SafetyFiles.FOLDER + "/" + name),
                name -> new ClassPathResource("flows/" + SafetyFiles.FOLDER + "/" + name));
        List<FileProblem> problems = new ArrayList<>();
        for (AdminFileStatus status : files.load(null).status()) {
            if (status.id().equals(id)) {
                status.problems().forEach(p -> problems.add(problem(p)));
            } else if (id.equals("safety-words")) {
                // a tier file that names a concept no longer there: shown whole, with its own file and place
                status.problems().forEach(p -> problems.add(new FileProblem(1, 1, p)));
            }
        }
        return problems;
    }

    private static FileProblem problem(String text) {
        Matcher m = PLACED.matcher(text);
        if (m.matches()) {
            return new FileProblem(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
        }
        int colon = text.indexOf(": ");
        return new FileProblem(1, 1, colon < 0 ? text : text.substring(colon + 2));
    }
}
