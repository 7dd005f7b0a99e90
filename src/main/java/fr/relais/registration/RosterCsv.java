package fr.relais.registration;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.Csv;
import fr.relais.kernel.i18n.Texts;
import fr.relais.people.Account;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The registrations of a session as CSV, in registration order, in the reader's language: labels,
 * never the codes of the database; times in Paris.
 */
final class RosterCsv {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ClockProducer.PARIS);

  private RosterCsv() {}

  static String of(List<Registration> registrations, Texts texts) {
    Csv csv =
        new Csv()
            .row(
                Arrays.stream(
                        new String[] {
                          "lastName",
                          "firstName",
                          "email",
                          "status",
                          "profession",
                          "registration",
                          "seat",
                          "registeredAt"
                        })
                    .map(column -> texts.get("roster.csv.col." + column))
                    .toList());
    for (Registration r : registrations) {
      Account a = r.getAccount();
      csv.row(
          Arrays.asList(
              a.getLastName(),
              a.getFirstName(),
              a.getEmail(),
              label(texts, "ParticipantStatus", a.getStatus()),
              label(texts, "Profession", a.getProfession()),
              label(texts, "RegistrationStatus", r.getStatus()),
              label(texts, "Seat", r.getSeat()),
              WHEN.format(r.getRegisteredAt())));
    }
    return csv.toString();
  }

  private static String label(Texts texts, String kind, Enum<?> value) {
    return value == null ? "" : texts.get("enum." + kind + "." + value.name());
  }
}
