package fr.relais.attendance;

import fr.relais.kernel.ClockProducer;
import fr.relais.obligations.AuditPeriod;
import fr.relais.obligations.Evidence;
import fr.relais.obligations.EvidenceSource;
import fr.relais.people.Caller;
import fr.relais.scheduling.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The binder's proof that each training action of the period took place and who attended it
 * (indicator 12, the trainees' attendance): every signed half-day's sign-in sheet, as kept when it
 * was first issued, and every attendance certificate. Prevention sessions are not training actions:
 * they are not audited.
 */
@ApplicationScoped
public class AttendanceEvidence implements EvidenceSource {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  @Inject private Rosters rosters;
  @Inject private SheetArchiveService sheets;
  @Inject private Certificates certificates;
  @Inject private AttendanceRepository attendance;

  @Override
  public List<Evidence> evidence(Caller by, AuditPeriod period, Locale locale) {
    List<Evidence> files = new ArrayList<>();
    for (Session s : attendance.heldTrainings(period.start(), period.end())) {
      LocalDate date = s.getStartsAt().atZone(ClockProducer.PARIS).toLocalDate();
      String day = date.format(DAY);
      String title = s.getActivity().getTitle();
      RosterView roster = rosters.of(s.getId());
      for (HalfDay half : roster.halfDays()) {
        if (roster.signed().get(half.index()) == null) {
          continue; // an unsigned half-day proves nothing (the BPF warns about it)
        }
        files.add(
            new Evidence(
                12,
                "emargement-" + day + "-s" + s.getId() + "-" + (half.index() + 1) + ".pdf",
                "binder.proves.sheet",
                new Object[] {title, date, half.index() + 1},
                () -> sheets.pdf(roster, half.index(), false)));
      }
      for (Certificate c : attendance.certificates(s.getId())) {
        files.add(
            new Evidence(
                12,
                "certificat-" + day + "-s" + s.getId() + "-" + c.getCode() + ".pdf",
                "binder.proves.certificate",
                new Object[] {title, date},
                () -> certificates.pdf(c)));
      }
    }
    return files;
  }
}
