package jp.tokyo.mcc.safety.internal;

import java.util.List;
import java.util.Locale;

import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import org.springframework.stereotype.Component;

/** Safety phrase files ({@code safety/emergency.yaml}, {@code safety/disaster.yaml}). */
@Component
class SafetyFileKind implements AdminFileKind {

    @Override
    public String id() {
        return "safety";
    }

    @Override
    public String pattern() {
        return "safety/*.yaml";
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        SafetyAlert.Kind kind = null;
        for (SafetyAlert.Kind k : SafetyAlert.Kind.values()) {
            if (path.equals(SafetyNet.FOLDER + "/" + k.name().toLowerCase(Locale.ROOT) + ".yaml")) {
                kind = k;
            }
        }
        if (kind == null) {
            return List.of(new FileProblem(1, 1, "the safety files are emergency.yaml and disaster.yaml"));
        }
        return new SafetyFileReader().read(path, kind, content).problems().stream()
                .map(p -> new FileProblem(1, 1, p)).toList();
    }
}
