package fr.relais.reporting;

import fr.relais.kernel.i18n.Texts;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Row labels and headers of reports in the reader's language. */
final class Labels {

  private final Texts texts;
  private final DateTimeFormatter monthFormat;

  Labels(Locale locale) {
    this.texts = Texts.in(locale);
    this.monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
  }

  String get(String key, Object... arguments) {
    return texts.get(key, arguments);
  }

  /** "mars 2026" from "2026-03". */
  String month(String yearMonth) {
    String text = YearMonth.parse(yearMonth).format(monthFormat);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** An enum value's label ("enum.Profession.NURSE"), or "not given" for none. */
  String value(String enumName, String value) {
    return value == null
        ? texts.get("report.unknown")
        : texts.get("enum." + enumName + "." + value);
  }
}
