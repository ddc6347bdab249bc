package jp.tokyo.mcc.richmenu.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jp.tokyo.mcc.richmenu.RichMenu;

/**
 * Lays the rows of a rich-menu.yaml out on LINE's image: 2500 pixels wide, 1686 (large) or 843 (compact) high, the
 * rows sharing the height and each row's buttons its width. The menu's hash covers everything LINE gets (the areas,
 * their texts and the drawing's version), so the same file gives the same hash in every process and after a restart.
 */
final class RichMenuLayout {

    private RichMenuLayout() {
    }

    static RichMenu of(RichMenuFile.Definition definition) {
        int width = RichMenuFile.WIDTH;
        int height = definition.large() ? RichMenuFile.LARGE_HEIGHT : RichMenuFile.COMPACT_HEIGHT;
        List<RichMenu.Area> areas = new ArrayList<>();
        int rows = definition.rows().size();
        for (int r = 0; r < rows; r++) {
            int top = height * r / rows;
            int bottom = height * (r + 1) / rows;
            List<RichMenuFile.Button> row = definition.rows().get(r);
            for (int b = 0; b < row.size(); b++) {
                int left = width * b / row.size();
                int right = width * (b + 1) / row.size();
                RichMenuFile.Button button = row.get(b);
                areas.add(new RichMenu.Area(left, top, right - left, bottom - top, button.label(), button.note(),
                        button.text(), button.urgent()));
            }
        }
        return new RichMenu(definition.chatBar(), width, height, areas, hash(definition.chatBar(), width, height, areas));
    }

    private static String hash(String chatBar, int width, int height, List<RichMenu.Area> areas) {
        StringBuilder all = new StringBuilder(RichMenuImage.VERSION).append('|').append(chatBar).append('|')
                .append(width).append('x').append(height);
        for (RichMenu.Area a : areas) {
            all.append('|').append(a.x()).append(',').append(a.y()).append(',').append(a.width()).append(',')
                    .append(a.height()).append(',').append(a.label()).append(',').append(a.note()).append(',')
                    .append(a.text()).append(',').append(a.urgent());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
