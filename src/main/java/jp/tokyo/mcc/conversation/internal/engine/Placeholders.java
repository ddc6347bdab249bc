package jp.tokyo.mcc.conversation.internal.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;

import jp.tokyo.mcc.calendar.CenterCalendar;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.directory.Center;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.shared.Language;

/**
 * Fills {@code {name}} in flow texts: slot values, the family's center ({@code {center.phone}}...), either center
 * ({@code {kubu.phone}}, {@code {tama.phone}}), the calendar ({@code {calendar.open-now}}), the inquiry receipt and the
 * summary. A value that is not known is left empty.
 */
public class Placeholders {

    private final Supplier<Directory> directory;
    private final CenterCalendar calendar;

    public Placeholders(Supplier<Directory> directory, CenterCalendar calendar) {
        this.directory = directory;
        this.calendar = calendar;
    }

    public String render(String text, Map<String, Object> slots, Instant now, Supplier<String> summary) {
        return render(text, slots, now, summary, Language.JA);
    }

    /** As above, with the calendar's words in the family's language. */
    public String render(String text, Map<String, Object> slots, Instant now, Supplier<String> summary,
                         Language language) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        CenterCalendar calendar = this.calendar == null || language == null || language.isJapanese() ? this.calendar
                : this.calendar.in(Texts.locale(language));
        Matcher m = FlowVocabulary.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(m.group(1), slots, now, summary, calendar);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String name, Map<String, Object> slots, Instant now, Supplier<String> summary,
                         CenterCalendar calendar) {
        switch (name) {
            case "calendar.open-now":
                return calendar == null ? "" : calendar.describeOpenNow(now);
            case "calendar.hours":
                return calendar == null ? "" : calendar.describeHours();
            case "summary":
                return summary.get();
            default:
                break;
        }
        int dot = name.indexOf('.');
        if (dot > 0 && !slots.containsKey(name)) {
            String prefix = name.substring(0, dot);
            String field = name.substring(dot + 1);
            if (Set.of("center", "kubu", "tama").contains(prefix)) {
                return center(prefix, slots).map(c -> field(c, field)).orElse("");
            }
        }
        return display(slots.get(name));
    }

    /** The center a card placeholder names: {@code center} (the family's), {@code kubu} or {@code tama}. */
    public Optional<Center> center(String prefix, Map<String, Object> slots) {
        Optional<CenterId> id = switch (prefix) {
            case "center" -> CenterId.fromCode(display(slots.get(FlowVocabulary.CENTER)));
            case "kubu" -> Optional.of(CenterId.KUBU);
            case "tama" -> Optional.of(CenterId.TAMA);
            default -> Optional.empty();
        };
        return id.flatMap(this::center);
    }

    public Optional<Center> center(CenterId id) {
        Directory d = directory.get();
        if (d == null || id == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(d.center(id));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String field(Center c, String field) {
        return switch (field) {
            case "name" -> c.name();
            case "hospital" -> c.hospital();
            case "address" -> c.address();
            case "phone" -> c.phone();
            case "hours" -> c.hours();
            default -> "";
        };
    }

    /** A slot value as text: lists joined with 、. */
    public static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> c) {
            return String.join("、", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
