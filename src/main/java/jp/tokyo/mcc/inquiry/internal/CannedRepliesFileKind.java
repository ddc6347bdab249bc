package jp.tokyo.mcc.inquiry.internal;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.ParseErrors;
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
        try {
            return CannedReplies.parse(yaml.readTree(content)).problems().stream().map(p -> new FileProblem(1, 1, p)).toList();
        } catch (java.io.IOException | RuntimeException e) {
            return List.of(new FileProblem(1, 1, "cannot be read (" + ParseErrors.describe(e) + ")"));
        }
    }
}
