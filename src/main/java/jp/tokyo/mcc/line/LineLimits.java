package jp.tokyo.mcc.line;

/**
 * LINE Messaging API limits that the OpenAPI spec does not spell out, checked centrally before anything
 * is sent (see {@link OutgoingMessages}) and by the flow validator before a flow goes live.
 */
public final class LineLimits {

    /** Messages in one reply or push request. */
    public static final int MESSAGES_PER_REQUEST = 5;
    /** Characters in a text message. */
    public static final int TEXT_LENGTH = 5000;
    /** Items in a quick reply. */
    public static final int QUICK_REPLY_ITEMS = 13;
    /** Characters in a quick-reply or button label. */
    public static final int ACTION_LABEL_LENGTH = 20;
    /** Characters of postback data. */
    public static final int POSTBACK_DATA_LENGTH = 300;
    /** Characters of a postback's or message action's display text. */
    public static final int ACTION_TEXT_LENGTH = 300;
    /** Characters of a template message's alternative text. */
    public static final int ALT_TEXT_LENGTH = 1500;
    /** Actions in a buttons template. */
    public static final int BUTTONS_ACTIONS = 4;
    /** Characters of a buttons template's text when it has no title and no image. */
    public static final int BUTTONS_TEXT_LENGTH = 160;
    /** Characters of a buttons template's text when it has a title or an image. */
    public static final int BUTTONS_TEXT_WITH_TITLE_LENGTH = 60;
    /** Characters of a buttons template's title. */
    public static final int BUTTONS_TITLE_LENGTH = 40;

    /** Bytes of a Flex bubble's JSON (LINE: 30 KB; kept under 30,000 to be safe). */
    public static final int FLEX_BUBBLE_BYTES = 30_000;
    /** Characters of a uri action's link. */
    public static final int URI_LENGTH = 1000;

    private LineLimits() {
    }
}
