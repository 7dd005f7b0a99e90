package fr.relais.registration;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.Csv;
import fr.relais.kernel.Spreadsheet;
import fr.relais.kernel.i18n.Texts;
import fr.relais.people.Account;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The registrations of a session as CSV or XLSX, in registration order, in the reader's language:
 * labels, never the codes of the database; times in Paris (the XLSX holds them as date cells).
 */
final class RosterCsv {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ClockProducer.PARIS);

  private static final String[] COLUMNS = {
    "lastName", "firstName", "email", "status", "profession", "registration", "seat", "registeredAt"
  };

  private RosterCsv() {}

  static String of(List<Registration> registrations, Texts texts) {
    Csv csv = new Csv().row(headers(texts));
    for (Registration r : registrations) {
      List<Object> values = values(r, texts);
      values.set(COLUMNS.length - 1, WHEN.format((Instant) values.get(COLUMNS.length - 1)));
      csv.row(values);
    }
    return csv.toString();
  }

  /** The same as a workbook: one sheet named after the session, headers frozen with filters. */
  static byte[] xlsx(String sessionTitle, List<Registration> registrations, Texts texts) {
    Spreadsheet book =
        new Spreadsheet(texts.get("roster.xlsx.title", sessionTitle), texts.get("app.association"));
    Spreadsheet.Writer sheet = book.sheet(sessionTitle, headers(texts));
    for (Registration r : registrations) {
      sheet.row(values(r, texts));
    }
    sheet.widths(22, 18, 30, 16, 22, 16, 14, 18);
    return book.bytes();
  }

  private static List<String> headers(Texts texts) {
    return Arrays.stream(COLUMNS).map(column -> texts.get("roster.csv.col." + column)).toList();
  }

  private static List<Object> values(Registration r, Texts texts) {
    Account a = r.getAccount();
    return Arrays.asList(
        a.getLastName(),
        a.getFirstName(),
        a.getEmail(),
        label(texts, "ParticipantStatus", a.getStatus()),
        label(texts, "Profession", a.getProfession()),
        label(texts, "RegistrationStatus", r.getStatus()),
        label(texts, "Seat", r.getSeat()),
        r.getRegisteredAt());
  }

  private static String label(Texts texts, String kind, Enum<?> value) {
    return value == null ? "" : texts.get("enum." + kind + "." + value.name());
  }
}
