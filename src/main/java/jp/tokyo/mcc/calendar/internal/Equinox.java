package jp.tokyo.mcc.calendar.internal;

import java.time.LocalDate;

/**
 * Vernal and autumnal equinox days by the usual approximation of the National Astronomical Observatory's
 * tables: {@code int(c + 0.242194 * (y - 1980) - int((y - b) / 4))} with constants per period.
 * Valid for 1900 to 2150.
 */
public final class Equinox {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2150;

    private static final double TROPICAL_DRIFT = 0.242194;

    private Equinox() {
    }

    /** 春分日: the day of the vernal equinox in March, Japan time. */
    public static LocalDate vernal(int year) {
        double constant = year <= 1979 ? 20.8357 : year <= 2099 ? 20.8431 : 21.8510;
        return LocalDate.of(year, 3, day(year, constant));
    }

    /** 秋分日: the day of the autumnal equinox in September, Japan time. */
    public static LocalDate autumnal(int year) {
        double constant = year <= 1979 ? 23.2588 : year <= 2099 ? 23.2488 : 24.2488;
        return LocalDate.of(year, 9, day(year, constant));
    }

    private static int day(int year, double constant) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("equinox formula covers " + FIRST_YEAR + "-" + LAST_YEAR + ": " + year);
        }
        int leapBase = year <= 1979 ? 1983 : 1980;
        // Java's integer division truncates towards zero, as the published formula's int() does.
        return (int) (constant + TROPICAL_DRIFT * (year - 1980) - (year - leapBase) / 4);
    }
}
