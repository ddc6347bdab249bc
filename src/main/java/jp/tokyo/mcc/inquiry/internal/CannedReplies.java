package jp.tokyo.mcc.inquiry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jp.tokyo.mcc.inquiry.CannedReply;
import jp.tokyo.mcc.shared.AdminFileReport;
import jp.tokyo.mcc.shared.AdminFileStatus;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.ParseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Prepared replies from the administrator file {@code flows/canned-replies.yaml}: a list of {@code title} and
 * {@code text}. Read on every use (it is small), so an administrator's edit shows at once; the status page says
 * which entries are left out and why.
 */
@Component
class CannedReplies implements AdminFileReport {

    static final String FILE = "canned-replies.yaml";
    private static final Logger log = LoggerFactory.getLogger(CannedReplies.class);
    private static final java.util.ResourceBundle BUNDLE =
            java.util.ResourceBundle.getBundle("messages/inquiry", java.util.Locale.JAPANESE);

    private final AdminFiles files;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    CannedReplies(AdminFiles files) {
        this.files = files;
    }

    List<CannedReply> all() {
        return read().replies();
    }

    @Override
    public List<AdminFileStatus> adminFileStatus() {
        Read read = read();
        return List.of(new AdminFileStatus("canned-replies", read.replies().size(), Instant.now(), read.problems()));
    }

    /**
     * The replies that can be used, and why others cannot (never quoting them).
     *
     * @param leftOut the positions (0-based) of the entries left out, for the editor's line numbers
     */
    record Read(List<CannedReply> replies, List<String> problems, List<Integer> leftOut) {
    }

    /** Japanese, from {@code messages/inquiry} ({@code inquiry.file.*}). */
    static String text(String key, Object... args) {
        return new java.text.MessageFormat(BUNDLE.getString("inquiry.file." + key), java.util.Locale.JAPANESE).format(args);
    }

    private Read read() {
        Resource resource = files.file(FILE);
        if (!resource.exists()) {
            return new Read(List.of(), List.of(FILE + "：" + text("missing")), List.of());
        }
        try (InputStream in = resource.getInputStream()) {
            return parse(yaml.readTree(in));
        } catch (IOException | RuntimeException e) {
            String reason = ParseErrors.describe(e);
            log.warn("{} cannot be read: {}", FILE, reason);
            return new Read(List.of(), List.of(FILE + "：" + text("unreadable", reason)), List.of());
        }
    }

    static Read parse(JsonNode root) {
        JsonNode list = root != null && root.has("replies") ? root.get("replies") : root;
        List<CannedReply> replies = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Integer> leftOut = new ArrayList<>();
        if (list == null || !list.isArray()) {
            problems.add(FILE + "：" + text("not-list"));
            return new Read(replies, problems, leftOut);
        }
        int n = 0;
        for (JsonNode node : list) {
            n++;
            String title = node.path("title").asText("").strip();
            String text = node.path("text").asText("").strip();
            if (!title.isEmpty() && !text.isEmpty()) {
                replies.add(new CannedReply(title, text));
            } else {
                problems.add(FILE + "：" + text("entry-incomplete", n));
                leftOut.add(n - 1);
            }
        }
        return new Read(List.copyOf(replies), List.copyOf(problems), List.copyOf(leftOut));
    }
}
