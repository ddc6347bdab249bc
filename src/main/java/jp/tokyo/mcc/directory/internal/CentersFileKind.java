package jp.tokyo.mcc.directory.internal;

import java.util.List;

import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.YamlPositions;
import org.springframework.stereotype.Component;

/** The centers and the routing ({@code centers.yaml}). */
@Component
class CentersFileKind implements AdminFileKind {

    @Override
    public String id() {
        return "centers";
    }

    @Override
    public String pattern() {
        return DirectoryService.CENTERS_FILE;
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        try {
            new CentersFileParser().parse(content);
            return List.of();
        } catch (InvalidCentersFileException e) {
            YamlPositions positions = YamlPositions.of(content);
            return e.located().stream().map(p -> p.located(positions)).toList();
        }
    }
}
