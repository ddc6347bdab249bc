package jp.tokyo.mcc.inquiry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jp.tokyo.mcc.inquiry.CannedReply;
import jp.tokyo.mcc.shared.AdminFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Prepared replies from the administrator file {@code flows/canned-replies.yaml}: a list of {@code title} and
 * {@code text}. Read on every use (it is small), so an administrator's edit shows at once.
 */
@Component
class CannedReplies {

    static final String FILE = "canned-replies.yaml";
    private static final Logger log = LoggerFactory.getLogger(CannedReplies.class);

    private final AdminFiles files;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    CannedReplies(AdminFiles files) {
        this.files = files;
    }

    List<CannedReply> all() {
        Resource resource = files.file(FILE);
        if (!resource.exists()) {
            return List.of();
        }
        try (InputStream in = resource.getInputStream()) {
            return parse(yaml.readTree(in));
        } catch (IOException | RuntimeException e) {
            log.warn("{} cannot be read: {}", FILE, e.getMessage());
            return List.of();
        }
    }

    static List<CannedReply> parse(JsonNode root) {
        JsonNode list = root != null && root.has("replies") ? root.get("replies") : root;
        List<CannedReply> replies = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode node : list) {
                String title = node.path("title").asText("").strip();
                String text = node.path("text").asText("").strip();
                if (!title.isEmpty() && !text.isEmpty()) {
                    replies.add(new CannedReply(title, text));
                }
            }
        }
        return replies;
    }
}
