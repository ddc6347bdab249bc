package jp.tokyo.mcc.richmenu;

import java.util.Optional;

/** The published rich menu and its image, for those who show it (the simulator). */
public interface RichMenus {

    /** The menu of the published rich-menu.yaml, if there is one without problems. */
    Optional<RichMenu> current();

    /** The hash of the menu this process last put in place in LINE or found in place there (empty before). */
    Optional<String> inLine();

    /** The menu's image as LINE gets it (PNG). */
    byte[] image(RichMenu menu);
}
