package jp.tokyo.mcc.admin.internal;

import java.util.ArrayList;
import java.util.List;

import jp.tokyo.mcc.admin.FileDiff;
import jp.tokyo.mcc.admin.FileDiff.Change;
import jp.tokyo.mcc.admin.FileDiff.Line;

/**
 * A line diff by the longest common subsequence (administrator files are a few hundred lines; above
 * {@value #MAX_CELLS} cells of the table, the lines between the common start and end are shown removed then added).
 */
final class LineDiff {

    static final long MAX_CELLS = 4_000_000;

    private LineDiff() {
    }

    static FileDiff of(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            lines.add(new Line(Change.SAME, i + 1, i + 1, a[i]));
        }
        middle(a, start, endA, b, start, endB, lines);
        for (int i = endA, j = endB; i < a.length; i++, j++) {
            lines.add(new Line(Change.SAME, i + 1, j + 1, a[i]));
        }
        int added = (int) lines.stream().filter(l -> l.change() == Change.ADDED).count();
        int removed = (int) lines.stream().filter(l -> l.change() == Change.REMOVED).count();
        return new FileDiff(List.copyOf(lines), added, removed);
    }

    private static void middle(String[] a, int a0, int a1, String[] b, int b0, int b1, List<Line> out) {
        int n = a1 - a0;
        int m = b1 - b0;
        if ((long) n * m > MAX_CELLS) {
            for (int i = a0; i < a1; i++) {
                out.add(new Line(Change.REMOVED, i + 1, 0, a[i]));
            }
            for (int j = b0; j < b1; j++) {
                out.add(new Line(Change.ADDED, 0, j + 1, b[j]));
            }
            return;
        }
        // lcs[i][j]: longest common subsequence of a[a0+i..] and b[b0+j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[a0 + i].equals(b[b0 + j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[a0 + i].equals(b[b0 + j])) {
                out.add(new Line(Change.SAME, a0 + i + 1, b0 + j + 1, a[a0 + i]));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line(Change.REMOVED, a0 + i + 1, 0, a[a0 + i]));
                i++;
            } else {
                out.add(new Line(Change.ADDED, 0, b0 + j + 1, b[b0 + j]));
                j++;
            }
        }
    }

    private static String[] lines(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        return text.split("\r?\n", -1);
    }
}
