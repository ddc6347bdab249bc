/**
 * The centers' calendar: Japanese national holidays computed by the rules of the national holidays act
 * ({@link jp.tokyo.mcc.calendar.JapaneseHolidays}, usable without Spring) and the centers' opening hours and
 * closures ({@link jp.tokyo.mcc.calendar.CenterCalendar}): "open now?", "next answer time", business-time
 * arithmetic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Center calendar")
package jp.tokyo.mcc.calendar;
