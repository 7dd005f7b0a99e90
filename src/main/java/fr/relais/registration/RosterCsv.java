package fr.relais.registration;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.Csv;
import fr.relais.people.Account;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The registrations of a session as CSV, in registration order. */
final class RosterCsv {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ClockProducer.PARIS);

  private RosterCsv() {}

  static String of(List<Registration> registrations) {
    Csv csv =
        new Csv()
            .row(
                List.of(
                    "Nom",
                    "Prénom",
                    "E-mail",
                    "Statut",
                    "Profession",
                    "Statut d'inscription",
                    "Place",
                    "Inscrit le"));
    for (Registration r : registrations) {
      Account a = r.getAccount();
      csv.row(
          java.util.Arrays.asList(
              a.getLastName(),
              a.getFirstName(),
              a.getEmail(),
              a.getStatus() == null ? "" : a.getStatus().name(),
              a.getProfession() == null ? "" : a.getProfession().name(),
              r.getStatus().name(),
              r.getSeat() == null ? "" : r.getSeat().name(),
              WHEN.format(r.getRegisteredAt())));
    }
    return csv.toString();
  }
}
