package jp.tokyo.mcc.router.trial;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Plays a {@link Dialogue} against a {@link Bot}; the first step that does not do what it says throws a
 * {@link DialogueFailure} (in Japanese, from {@code messages/router}). Steps:
 * <pre>
 * - user: 八王子            the family sends a text ("follow" = adds the bot as a friend)
 * - event: sticker         follow, unfollow, sticker, image, unsend
 * - tap: 退院後のこと        taps a button / quick reply of the bot's last answer
 * - tap-earlier: 災害時のこと  taps a button of an earlier answer (an old message)
 * - postback: cmd:menu     sends postback data as is
 * - wait: 25h              the family is silent for so long
 * - restart: true          the engine is built again from the stored state
 * - language: en           the family's LINE app is set to this language (as LINE's profile would say)
 * - bot: { says: [..], not-says: [..], offers: [..], not-offers: [..], silent: true, messages: 2,
 *          state: handoff:concern, slots: { municipality: 八王子市, phone: null } }
 * </pre>
 */
public final class DialogueRunner {

    static final Set<String> CHECKS = Set.of("says", "not-says", "offers", "not-offers", "silent", "messages", "state",
            "slots");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("messages/router", Locale.JAPANESE);

    private DialogueRunner() {
    }

    public static void run(Dialogue dialogue, Bot bot) {
        String user = bot.newUser();
        List<Shown> history = new ArrayList<>();
        Shown last = Shown.nothing();
        int n = 0;
        for (Map<String, Object> step : dialogue.steps()) {
            n++;
            try {
                if (step.containsKey("user")) {
                    String text = String.valueOf(step.get("user"));
                    last = "follow".equals(text) ? bot.follow(user) : bot.text(user, text);
                    history.add(last);
                } else if (step.containsKey("event")) {
                    last = switch (String.valueOf(step.get("event"))) {
                        case "follow" -> bot.follow(user);
                        case "sticker" -> bot.sticker(user);
                        case "image" -> bot.image(user);
                        case "unsend" -> bot.unsend(user);
                        case "unfollow" -> {
                            bot.unfollow(user);
                            yield Shown.nothing();
                        }
                        default -> throw fail("unknown-event", step.get("event"));
                    };
                    history.add(last);
                } else if (step.containsKey("tap")) {
                    last = tap(bot, user, String.valueOf(step.get("tap")), List.of(last));
                    history.add(last);
                } else if (step.containsKey("tap-earlier")) {
                    List<Shown> earlier = new ArrayList<>(history.subList(0, Math.max(0, history.size() - 1)));
                    Collections.reverse(earlier);
                    last = tap(bot, user, String.valueOf(step.get("tap-earlier")), earlier);
                    history.add(last);
                } else if (step.containsKey("postback")) {
                    last = bot.postback(user, String.valueOf(step.get("postback")));
                    history.add(last);
                } else if (step.containsKey("wait")) {
                    bot.age(user, duration(String.valueOf(step.get("wait"))));
                } else if (step.containsKey("language")) {
                    bot.profileLanguage(user, String.valueOf(step.get("language")));
                } else if (step.containsKey("restart")) {
                    bot.restart();
                } else if (step.containsKey("bot")) {
                    check(bot, user, last, asMap(step.get("bot")));
                } else {
                    throw fail("unknown-step", step.keySet());
                }
            } catch (AssertionError | RuntimeException e) {
                String where = text("step", dialogue, n, step);
                throw new DialogueFailure(where + e.getMessage() + "\n" + text("last-answer") + describe(last), n,
                        describe(last), e);
            }
        }
    }

    private static Shown tap(Bot bot, String user, String label, List<Shown> answers) {
        for (Shown s : answers) {
            for (Shown.Action a : s.actions()) {
                if (a.label().equals(label)) {
                    return a.data() != null ? bot.postback(user, a.data()) : bot.text(user, a.text());
                }
            }
        }
        throw fail("no-button", label);
    }

    private static void check(Bot bot, String user, Shown last, Map<String, Object> expect) {
        for (String key : expect.keySet()) {
            if (!CHECKS.contains(key)) {
                throw fail("unknown-check", key);
            }
        }
        for (String s : strings(expect.get("says"))) {
            require(last.text().contains(s), "says", s);
        }
        for (String s : strings(expect.get("not-says"))) {
            require(!last.text().contains(s), "not-says", s);
        }
        for (String s : strings(expect.get("offers"))) {
            require(last.labels().contains(s), "offers", s, last.labels());
        }
        for (String s : strings(expect.get("not-offers"))) {
            require(!last.labels().contains(s), "not-offers", s);
        }
        if (expect.containsKey("silent")) {
            boolean silent = Boolean.TRUE.equals(expect.get("silent"));
            require(last.silent() == silent, silent ? "silent" : "not-silent");
        }
        if (expect.containsKey("messages")) {
            int count = ((Number) expect.get("messages")).intValue();
            require(last.messages().size() == count, "messages", count, last.messages().size());
        }
        if (expect.containsKey("state")) {
            String state = bot.state(user);
            require(state.equals(String.valueOf(expect.get("state"))), "state", expect.get("state"), state);
        }
        if (expect.containsKey("slots")) {
            Map<String, Object> slots = bot.slots(user);
            asMap(expect.get("slots")).forEach((k, v) -> {
                Object actual = slots.get(k);
                if (v == null) {
                    require(!slots.containsKey(k), "slot-empty", k, actual);
                } else if (v instanceof Collection<?> c) {
                    require(new ArrayList<>(c).equals(actual), "slot", k, c, actual);
                } else {
                    require(String.valueOf(actual).equals(String.valueOf(v)), "slot", k, v, actual);
                }
            });
        }
    }

    private static void require(boolean holds, String key, Object... args) {
        if (!holds) {
            throw fail(key, args);
        }
    }

    private static AssertionError fail(String key, Object... args) {
        return new AssertionError(text(key, args));
    }

    private static String text(String key, Object... args) {
        return new MessageFormat(TEXTS.getString("router.dialogue." + key), Locale.JAPANESE).format(args);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(o));
    }

    static Duration duration(String text) {
        String t = text.trim();
        if (t.endsWith("h")) {
            return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        if (t.endsWith("d")) {
            return Duration.ofDays(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.parse(t);
    }

    /** The bot's answer as the family saw it: texts, then [buttons] and [quick] replies. */
    public static String describe(Shown s) {
        if (s.silent()) {
            return "(" + text("nothing") + ")";
        }
        StringBuilder sb = new StringBuilder();
        for (Shown.Message m : s.messages()) {
            sb.append("\n    | ").append(m.text().replace("\n", "\n    | "));
            if (!m.buttons().isEmpty()) {
                sb.append("\n    [").append(text("buttons")).append("] ")
                        .append(m.buttons().stream().map(Shown.Action::label).toList());
            }
            if (!m.quickReplies().isEmpty()) {
                sb.append("\n    [").append(text("quick")).append("] ")
                        .append(m.quickReplies().stream().map(Shown.Action::label).toList());
            }
        }
        return sb.toString();
    }
}
