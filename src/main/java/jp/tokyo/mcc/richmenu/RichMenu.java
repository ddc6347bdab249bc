package jp.tokyo.mcc.richmenu;

import java.util.List;

/**
 * The rich menu as LINE shows it: its size in pixels, the chat bar's text, and its tappable areas, each sending a
 * text as the family's message (the label of a flow command).
 *
 * @param chatBarText the text of the bar that opens it (1-14 characters)
 * @param width       the image's width (2500)
 * @param height      the image's height (1686 large, 843 compact)
 * @param areas       the buttons, top row first
 * @param hash        a digest of everything LINE gets (the menu and its image): the same hash, the same menu
 */
public record RichMenu(String chatBarText, int width, int height, List<Area> areas, String hash) {

    public RichMenu {
        areas = List.copyOf(areas);
    }

    /**
     * One button.
     *
     * @param x      left edge in pixels
     * @param y      top edge in pixels
     * @param width  width in pixels
     * @param height height in pixels
     * @param label  what the button says
     * @param note   a smaller line under it (may be empty)
     * @param text   what a tap sends, as the family's message
     * @param urgent drawn in red (emergencies)
     */
    public record Area(int x, int y, int width, int height, String label, String note, String text, boolean urgent) {
    }
}
