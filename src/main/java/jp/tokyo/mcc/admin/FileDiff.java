package jp.tokyo.mcc.admin;

import java.util.List;

/**
 * Two texts of a file compared line by line: every line of both, in order, each kept, removed or added.
 *
 * @param lines   the lines
 * @param added   how many lines were added
 * @param removed how many lines were removed
 */
public record FileDiff(List<Line> lines, int added, int removed) {

    public enum Change { SAME, REMOVED, ADDED }

    /**
     * @param before the line's number in the first text (0 for an added line)
     * @param after  the line's number in the second text (0 for a removed line)
     */
    public record Line(Change change, int before, int after, String text) {
    }

    public boolean unchanged() {
        return added == 0 && removed == 0;
    }
}
