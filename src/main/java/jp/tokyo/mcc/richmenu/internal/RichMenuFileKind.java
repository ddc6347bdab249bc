package jp.tokyo.mcc.richmenu.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.tokyo.mcc.richmenu.RichMenu;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import org.springframework.stereotype.Component;

/**
 * {@code rich-menu.yaml} among the administrator files: checked as it is typed (its keys, lengths, rows, the flows'
 * commands it names) and drawn once to be sure the image can be made (a Japanese font, LINE's 1 MB).
 */
@Component
class RichMenuFileKind implements AdminFileKind {

    /** The image's size by the menu's hash: a file checked again as it is typed is not drawn again. */
    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "rich-menu";
    }

    @Override
    public String pattern() {
        return RichMenuFile.PATH;
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        RichMenuFile.Result result = RichMenuFile.read(content, context);
        if (result.definition() == null) {
            return result.problems();
        }
        List<FileProblem> problems = new ArrayList<>();
        StringBuilder texts = new StringBuilder();
        result.definition().rows().forEach(row -> row.forEach(b -> texts.append(b.label()).append(b.note())));
        if (RichMenuImage.fontFor(texts.toString()).isEmpty()) {
            problems.add(new FileProblem(1, 1, RichMenuTexts.get("font")));
            return problems;
        }
        RichMenu menu = RichMenuLayout.of(result.definition());
        if (sizes.size() > 1000) {
            sizes.clear();
        }
        int bytes = sizes.computeIfAbsent(menu.hash(), h -> RichMenuImage.png(menu).length);
        if (bytes > RichMenuImage.MAX_BYTES) {
            problems.add(new FileProblem(1, 1, RichMenuTexts.get("image-too-large", bytes)));
        }
        return problems;
    }
}
