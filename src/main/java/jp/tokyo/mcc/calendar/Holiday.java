package jp.tokyo.mcc.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One day off under the national holidays act (or a special law for a one-off event). */
public record Holiday(LocalDate date, String name, Kind kind) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** Why the day is off. */
    public enum Kind {
        /** 国民の祝日: a holiday named by the act, on its rule's date or moved by a special law (2020, 2021). */
        NATIONAL,
        /** A one-off holiday set by a special law (royal weddings, funeral, enthronement). Counts as a 祝日. */
        SPECIAL,
        /** 振替休日: the day a holiday falling on a Sunday moves to (since 1973-04-12). */
        SUBSTITUTE,
        /** 国民の休日: a day other than Sunday between two 祝日 (since 1985-12-27). */
        CITIZENS
    }
}
