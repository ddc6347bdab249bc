package jp.tokyo.mcc.conversation.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plays a {@link Dialogue} against a {@link Bot}. Steps:
 * <pre>
 * - user: 八王子            the family sends a text ("follow" = adds the bot as a friend)
 * - event: sticker         follow, unfollow, sticker, image, unsend
 * - tap: 退院後のこと        taps a button / quick reply of the bot's last answer
 * - tap-earlier: 災害時のこと  taps a button of an earlier answer (an old message)
 * - postback: cmd:menu     sends postback data as is
 * - wait: 25h              the family is silent for so long
 * - restart: true          the engine is built again from the stored state
 * - bot: { says: [..], not-says: [..], offers: [..], not-offers: [..], silent: true, messages: 2,
 *          state: handoff:concern, slots: { municipality: 八王子市, phone: null } }
 * </pre>
 */
public final class DialogueRunner {

    private DialogueRunner() {
    }

    public static void run(Dialogue dialogue, Bot bot) {
        String user = "U" + UUID.randomUUID().toString().replace("-", "");
        List<Shown> history = new ArrayList<>();
        Shown last = Shown.nothing();
        int n = 0;
        for (Map<String, Object> step : dialogue.steps()) {
            n++;
            String where = dialogue + " step " + n + " " + step;
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
                        default -> throw new IllegalArgumentException("unknown event " + step.get("event"));
                    };
                    history.add(last);
                } else if (step.containsKey("tap")) {
                    last = tap(bot, user, String.valueOf(step.get("tap")), List.of(last), where);
                    history.add(last);
                } else if (step.containsKey("tap-earlier")) {
                    List<Shown> earlier = new ArrayList<>(history.subList(0, Math.max(0, history.size() - 1)));
                    java.util.Collections.reverse(earlier);
                    last = tap(bot, user, String.valueOf(step.get("tap-earlier")), earlier, where);
                    history.add(last);
                } else if (step.containsKey("postback")) {
                    last = bot.postback(user, String.valueOf(step.get("postback")));
                    history.add(last);
                } else if (step.containsKey("wait")) {
                    bot.age(user, duration(String.valueOf(step.get("wait"))));
                } else if (step.containsKey("restart")) {
                    bot.restart();
                } else if (step.containsKey("bot")) {
                    check(bot, user, last, asMap(step.get("bot")), where);
                } else {
                    throw new IllegalArgumentException("unknown step");
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(where + ": " + e.getMessage() + "\n  bot's last answer: " + describe(last), e);
            }
        }
    }

    private static Shown tap(Bot bot, String user, String label, List<Shown> answers, String where) {
        for (Shown s : answers) {
            for (Shown.Action a : s.actions()) {
                if (a.label().equals(label)) {
                    return a.data() != null ? bot.postback(user, a.data()) : bot.text(user, a.text());
                }
            }
        }
        throw new AssertionError("no button \"" + label + "\" to tap");
    }

    private static void check(Bot bot, String user, Shown last, Map<String, Object> expect, String where) {
        for (String s : strings(expect.get("says"))) {
            assertThat(last.text()).as("says").contains(s);
        }
        for (String s : strings(expect.get("not-says"))) {
            assertThat(last.text()).as("not-says").doesNotContain(s);
        }
        for (String s : strings(expect.get("offers"))) {
            assertThat(last.labels()).as("offers").contains(s);
        }
        for (String s : strings(expect.get("not-offers"))) {
            assertThat(last.labels()).as("not-offers").doesNotContain(s);
        }
        if (expect.containsKey("silent")) {
            assertThat(last.silent()).as("silent").isEqualTo(Boolean.TRUE.equals(expect.get("silent")));
        }
        if (expect.containsKey("messages")) {
            assertThat(last.messages()).as("messages").hasSize(((Number) expect.get("messages")).intValue());
        }
        if (expect.containsKey("state")) {
            assertThat(bot.state(user)).as("state").isEqualTo(String.valueOf(expect.get("state")));
        }
        if (expect.containsKey("slots")) {
            Map<String, Object> slots = bot.slots(user);
            asMap(expect.get("slots")).forEach((k, v) -> {
                if (v == null) {
                    assertThat(slots).as("slot " + k).doesNotContainKey(k);
                } else if (v instanceof Collection<?> c) {
                    assertThat(slots.get(k)).as("slot " + k).isEqualTo(new ArrayList<>(c));
                } else {
                    assertThat(String.valueOf(slots.get(k))).as("slot " + k).isEqualTo(String.valueOf(v));
                }
            });
        }
        for (String key : expect.keySet()) {
            if (!List.of("says", "not-says", "offers", "not-offers", "silent", "messages", "state", "slots").contains(key)) {
                fail("unknown check " + key);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
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

    static String describe(Shown s) {
        if (s.silent()) {
            return "(nothing)";
        }
        StringBuilder sb = new StringBuilder();
        for (Shown.Message m : s.messages()) {
            sb.append("\n    | ").append(m.text().replace("\n", "\n    | "));
            if (!m.buttons().isEmpty()) {
                sb.append("\n    [buttons] ").append(m.buttons().stream().map(Shown.Action::label).toList());
            }
            if (!m.quickReplies().isEmpty()) {
                sb.append("\n    [quick] ").append(m.quickReplies().stream().map(Shown.Action::label).toList());
            }
        }
        return sb.toString();
    }
}
