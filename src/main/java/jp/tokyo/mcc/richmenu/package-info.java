/**
 * The rich menu: the big buttons under the chat in LINE, defined by administrators in {@code flows/rich-menu.yaml}
 * (checked like the other administrator files), drawn by the bot (Java2D, a Japanese font), and kept in LINE as the
 * channel's one default rich menu (created at start and on each publish, the old one deleted; one process at a time).
 * The simulator shows it through {@link jp.tokyo.mcc.richmenu.RichMenus}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rich menu")
package jp.tokyo.mcc.richmenu;
