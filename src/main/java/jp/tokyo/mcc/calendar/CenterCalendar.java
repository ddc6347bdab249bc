package jp.tokyo.mcc.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The centers' opening hours: open on the configured weekdays between opening and closing time, except on
 * national holidays ({@link JapaneseHolidays}), over the year-end closure and on extra closures.
 * Business time counts only while open; one business day is the length of the opening hours.
 */
@Component
public class CenterCalendar {

    /** Give up looking for an opening after this many days (a configuration closing every day). */
    private static final int SEARCH_LIMIT_DAYS = 3660;

    private final CalendarProperties properties;
    private final MessageSource messages;
    private final Locale locale;

    @org.springframework.beans.factory.annotation.Autowired
    public CenterCalendar(CalendarProperties properties, MessageSource messages) {
        this(properties, messages, Locale.JAPAN);
    }

    private CenterCalendar(CalendarProperties properties, MessageSource messages, Locale locale) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.locale = locale;
    }

    /**
     * The same calendar describing times in another locale's words ({@code calendar_en.properties}...; a text a
     * locale does not have is the Japanese one).
     */
    public CenterCalendar in(Locale other) {
        return other == null || other.equals(locale) ? this : new CenterCalendar(properties, messages, other);
    }

    /** Whether the centers open at all on that (local) day. */
    public boolean isBusinessDay(LocalDate date) {
        return properties.openDays().contains(date.getDayOfWeek())
                && !JapaneseHolidays.isHoliday(date)
                && !properties.inYearEndClosure(date)
                && !properties.extraClosures().contains(date);
    }

    /** Whether the centers are open at that instant. */
    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(properties.zone());
        LocalTime time = local.toLocalTime();
        return isBusinessDay(local.toLocalDate()) && !time.isBefore(properties.opens()) && time.isBefore(properties.closes());
    }

    /** The instant itself (in the centers' zone) if open, else the next opening time. */
    public ZonedDateTime nextOpening(Instant instant) {
        ZonedDateTime local = instant.atZone(properties.zone());
        if (isOpen(instant)) {
            return local;
        }
        LocalDate day = local.toLocalDate();
        if (!(isBusinessDay(day) && local.toLocalTime().isBefore(properties.opens()))) {
            day = nextBusinessDayAfter(day);
        }
        return opening(day);
    }

    /** The length of one business day: the opening hours (8 hours by default). */
    public Duration businessDay() {
        return Duration.between(properties.opens(), properties.closes());
    }

    /** When a first answer is due: one business day of business time from creation (or the next opening). */
    public Instant firstAnswerDue(Instant createdAt) {
        return addBusinessTime(createdAt, businessDay());
    }

    /** The instant after the given amount of business time, counted from {@code start} or the next opening. */
    public Instant addBusinessTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        ZonedDateTime cursor = nextOpening(start);
        Duration remaining = amount;
        while (true) {
            Instant close = closing(cursor.toLocalDate()).toInstant();
            Duration available = Duration.between(cursor.toInstant(), close);
            if (remaining.compareTo(available) <= 0) {
                return cursor.toInstant().plus(remaining);
            }
            remaining = remaining.minus(available);
            cursor = opening(nextBusinessDayAfter(cursor.toLocalDate()));
        }
    }

    /** Business time between two instants; negative when {@code to} is before {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return businessTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(properties.zone()).toLocalDate();
        for (LocalDate day = from.atZone(properties.zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                Instant start = latest(from, opening(day).toInstant());
                Instant end = earliest(to, closing(day).toInstant());
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** When staff can answer next, e.g. "12月1日(月) 9時以降" (bundle key {@code calendar.next-answer}). */
    public String describeNextAnswer(Instant now) {
        ZonedDateTime next = nextOpening(now);
        return message("calendar.next-answer",
                String.valueOf(next.getMonthValue()), String.valueOf(next.getDayOfMonth()),
                weekdayName(next.getDayOfWeek()), timeOfDay(next.toLocalTime()),
                messages.getMessage("calendar.month." + next.getMonthValue(), null,
                        String.valueOf(next.getMonthValue()), locale));
    }

    /** Greeting line: within hours (with the hours), or outside hours with the next answer time. */
    public String describeOpenNow(Instant now) {
        if (isOpen(now)) {
            return message("calendar.open-now", describeHours());
        }
        return message("calendar.closed-now", describeNextAnswer(now));
    }

    /** The opening hours, e.g. "平日9時〜17時" (bundle key {@code calendar.hours}). */
    public String describeHours() {
        return message("calendar.hours", describeOpenDays(),
                timeOfDay(properties.opens()), timeOfDay(properties.closes()));
    }

    private String describeOpenDays() {
        if (properties.openDays().equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return message("calendar.days.weekdays");
        }
        String separator = message("calendar.days.separator");
        String names = Arrays.stream(DayOfWeek.values())
                .filter(properties.openDays()::contains)
                .map(this::weekdayName)
                .collect(Collectors.joining(separator));
        return message("calendar.days.list", names);
    }

    private String weekdayName(DayOfWeek day) {
        return message("calendar.weekday." + day.getValue());
    }

    private String timeOfDay(LocalTime time) {
        return time.getMinute() == 0
                ? message("calendar.time.hour", String.valueOf(time.getHour()))
                : message("calendar.time.hour-minute", String.valueOf(time.getHour()), String.valueOf(time.getMinute()));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private LocalDate nextBusinessDayAfter(LocalDate day) {
        LocalDate candidate = day.plusDays(1);
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, candidate = candidate.plusDays(1)) {
            if (isBusinessDay(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no business day within " + SEARCH_LIMIT_DAYS + " days after " + day);
    }

    private ZonedDateTime opening(LocalDate day) {
        return ZonedDateTime.of(day, properties.opens(), properties.zone());
    }

    private ZonedDateTime closing(LocalDate day) {
        return ZonedDateTime.of(day, properties.closes(), properties.zone());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
