package fr.relais.scheduling;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The eleven French public holidays (Code du travail, art. L3133-1), Easter-based ones included.
 * Alsace-Moselle's two extra days (Good Friday, 26 December) are not in the national list and are
 * left to the coordinator's preview.
 */
public final class FrenchHolidays {

  private static final Map<MonthDay, String> FIXED =
      Map.of(
          MonthDay.of(1, 1), "Jour de l'an",
          MonthDay.of(5, 1), "Fête du Travail",
          MonthDay.of(5, 8), "Victoire 1945",
          MonthDay.of(7, 14), "Fête nationale",
          MonthDay.of(8, 15), "Assomption",
          MonthDay.of(11, 1), "Toussaint",
          MonthDay.of(11, 11), "Armistice 1918",
          MonthDay.of(12, 25), "Noël");

  private FrenchHolidays() {}

  /** The holiday's French name if the day is one. */
  public static Optional<String> of(LocalDate day) {
    String fixed = FIXED.get(MonthDay.from(day));
    if (fixed != null) {
      return Optional.of(fixed);
    }
    return Optional.ofNullable(movable(day.getYear()).get(day));
  }

  public static boolean isHoliday(LocalDate day) {
    return of(day).isPresent();
  }

  private static Map<LocalDate, String> movable(int year) {
    LocalDate easter = easterSunday(year);
    Map<LocalDate, String> days = new TreeMap<>();
    days.put(easter.plusDays(1), "Lundi de Pâques");
    days.put(easter.plusDays(39), "Ascension");
    days.put(easter.plusDays(50), "Lundi de Pentecôte");
    return days;
  }

  /** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
