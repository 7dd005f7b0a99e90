package fr.relais.dpc;

import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.Organisation;
import fr.relais.kernel.Spreadsheet;
import fr.relais.kernel.i18n.Texts;
import fr.relais.people.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A DPC session's list of participants as the ANDPC asks for it: name, profession, RPPS or ADELI
 * number, hours attended and the half-days present; a warning for anyone without a number (the
 * agency cannot pay or count their participation). Coordinators and administrators.
 */
@Stateless
public class DpcParticipants {

  @Inject private TrainingFactsRepository facts;
  @Inject private Organisation organisation;

  public record Line(
      long registrationId,
      String name,
      String profession,
      String rpps,
      String adeli,
      long minutes,
      List<Integer> halfDays,
      boolean missingNumber)
      implements java.io.Serializable {

    public String getHours() {
      return AttendedTime.hours(minutes);
    }

    /** The present half-days, numbered from 1: "1, 2". */
    public String getHalfDaysText() {
      return String.join(", ", halfDays.stream().map(i -> String.valueOf(i + 1)).toList());
    }
  }

  public record ParticipantList(TrainingFactsRepository.Session session, List<Line> lines)
      implements java.io.Serializable {
    public long getMissing() {
      return lines.stream().filter(Line::missingNumber).count();
    }
  }

  public ParticipantList of(Caller caller, long sessionId) {
    caller.mustCoordinate();
    TrainingFactsRepository.Session s = facts.session(sessionId);
    if (!s.isTraining()) {
      throw new NotFoundException("training session " + sessionId);
    }
    List<Line> lines = new ArrayList<>();
    for (TrainingFactsRepository.Participant p : facts.participants(sessionId)) {
      lines.add(
          new Line(
              p.registrationId(),
              p.lastName() + " " + p.firstName(),
              p.profession(),
              p.rpps(),
              p.adeli(),
              AttendedTime.minutes(s.startsAt(), s.endsAt(), s.breakMinutes(), p.presentHalfDays()),
              AttendedTime.sorted(p.presentHalfDays()),
              !p.isIdentified()));
    }
    return new ParticipantList(s, lines);
  }

  public byte[] xlsx(Caller caller, long sessionId, Locale locale) {
    ParticipantList list = of(caller, sessionId);
    Texts t = Texts.in(locale);
    TrainingFactsRepository.Session s = list.session();
    Spreadsheet book =
        new Spreadsheet(
            t.get("dpc.list.title") + " – " + s.title(), organisation.identity().name());
    Spreadsheet.Writer sheet =
        book.sheet(
                t.get("dpc.list.sheet"),
                List.of(
                    t.get("dpc.list.name"),
                    t.get("signup.profession"),
                    t.get("dpc.rpps"),
                    t.get("dpc.adeli"),
                    t.get("dpc.list.hours"),
                    t.get("dpc.list.halfDays"),
                    t.get("dpc.list.warning"),
                    t.get("dpc.action"),
                    t.get("dpc.session")))
            .widths(28, 22, 14, 12, 10, 18, 34, 14, 10);
    for (Line l : list.lines()) {
      sheet.row(
          java.util.Arrays.asList(
              l.name(),
              l.profession() == null ? "" : t.get("enum.Profession." + l.profession()),
              l.rpps() == null ? "" : l.rpps(),
              l.adeli() == null ? "" : l.adeli(),
              new Spreadsheet.Decimal(AttendedTime.decimalHours(l.minutes())),
              l.getHalfDaysText(),
              l.missingNumber() ? t.get("dpc.list.missingNumber") : "",
              s.andpcAction() == null ? "" : s.andpcAction(),
              s.andpcSession() == null ? "" : s.andpcSession()));
    }
    return book.bytes();
  }
}
