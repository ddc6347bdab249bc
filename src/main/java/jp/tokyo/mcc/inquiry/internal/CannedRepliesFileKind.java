package jp.tokyo.mcc.inquiry.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.ParseErrors;
import jp.tokyo.mcc.shared.YamlPositions;
import org.springframework.stereotype.Component;

/** The counsellors' prepared replies ({@code canned-replies.yaml}). */
@Component
class CannedRepliesFileKind implements AdminFileKind {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @Override
    public String id() {
        return "canned-replies";
    }

    @Override
    public String pattern() {
        return CannedReplies.FILE;
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        YamlPositions positions = YamlPositions.of(content);
        if (positions.syntaxError() != null) {
            return List.of(new FileProblem(positions.syntaxError().line(), positions.syntaxError().column(),
                    CannedReplies.text("not-yaml")));
        }
        try {
            JsonNode root = yaml.readTree(content);
            CannedReplies.Read read = CannedReplies.parse(root);
            if (read.leftOut().isEmpty()) {
                return read.problems().stream().map(p -> new FileProblem(1, 1, p.substring(p.indexOf('：') + 1))).toList();
            }
            boolean keyed = root != null && root.has("replies");
            return read.leftOut().stream().map(i -> {
                YamlPositions.Position at = keyed ? positions.at("replies", i) : positions.at(i);
                return new FileProblem(at.line(), at.column(), CannedReplies.text("entry-incomplete", i + 1));
            }).toList();
        } catch (java.io.IOException | RuntimeException e) {
            return List.of(new FileProblem(1, 1, CannedReplies.text("unreadable", ParseErrors.describe(e))));
        }
    }
}
