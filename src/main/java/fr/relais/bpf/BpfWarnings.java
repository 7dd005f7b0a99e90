package fr.relais.bpf;

import fr.relais.kernel.i18n.DateFormats;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What would make the year's BPF wrong or incomplete: training sessions with no trained time or no
 * trainer, activities without a BPF objective or an NSF speciality, trainees whose category is
 * unknown, past sessions with registrations and no attendance at all, incomes without a source and
 * conventions of an establishment whose sector is unknown. Each kind lists its items, empty when
 * settled.
 */
@Stateless
public class BpfWarnings {

  @Inject private BpfRepository repository;
  @Inject private Clock clock;
  private final DateFormats dates = new DateFormats(java.util.Locale.FRENCH);

  public List<BpfWarning> of(
      int year, List<BpfRows.Trainee> trainees, List<BpfRows.Income> incomes) {
    List<BpfWarning> warnings = new ArrayList<>();
    Timestamp from = BpfFacts.start(year);
    Timestamp to = BpfFacts.end(year);
    warnings.add(
        sessions(
            BpfWarning.Kind.SESSION_WITHOUT_HOURS,
            " AND round(extract(epoch FROM s.ends_at - s.starts_at) / 60) <= s.break_minutes",
            from,
            to));
    warnings.add(
        sessions(
            BpfWarning.Kind.SESSION_WITHOUT_TRAINER,
            """
             AND s.delivery <> 'ENTRUSTED_BY_US'
            AND NOT EXISTS (SELECT 1 FROM session_trainer st WHERE st.session_id = s.id)
            """,
            from,
            to));
    warnings.add(
        activities(BpfWarning.Kind.ACTIVITY_WITHOUT_OBJECTIVE, "a.bpf_objective", from, to));
    warnings.add(activities(BpfWarning.Kind.ACTIVITY_WITHOUT_SPECIALITY, "a.nsf_code", from, to));
    warnings.add(
        new BpfWarning(
            BpfWarning.Kind.REGISTRATION_WITHOUT_CATEGORY,
            trainees.stream()
                .filter(t -> t.category() == null)
                .map(
                    t ->
                        new BpfWarning.Item(
                            t.person() + " – " + t.activity() + ", " + dates.day(t.startsAt()),
                            "/scheduling/session?id=" + t.sessionId(),
                            t.registrationId()))
                .toList()));
    warnings.add(
        sessions(
            BpfWarning.Kind.SESSION_WITHOUT_ATTENDANCE,
            """
             AND s.ends_at < CAST(? AS timestamptz)
            AND EXISTS (SELECT 1 FROM registration g WHERE g.session_id = s.id
            AND g.status = 'CONFIRMED')
            AND NOT EXISTS (SELECT 1 FROM registration g JOIN attendance t
            ON t.registration_id = g.id WHERE g.session_id = s.id)
            """,
            from,
            to,
            Timestamp.from(clock.instant())));
    warnings.add(
        new BpfWarning(
            BpfWarning.Kind.INCOME_WITHOUT_SOURCE,
            incomes.stream()
                .filter(i -> !i.isConvention() && i.source() == null)
                .map(
                    i ->
                        new BpfWarning.Item(
                            i.activity() + ", " + dates.day(i.startsAt()),
                            "/scheduling/session?id=" + i.sessionOrRequestId(),
                            null))
                .toList()));
    warnings.add(
        new BpfWarning(
            BpfWarning.Kind.CONVENTION_WITHOUT_SECTOR,
            incomes.stream()
                .filter(i -> i.isConvention() && i.source() == null)
                .map(
                    i ->
                        new BpfWarning.Item(
                            i.funder() + " – " + i.activity(), "/site/site?id=" + i.siteId(), null))
                .toList()));
    return List.copyOf(warnings);
  }

  private BpfWarning sessions(BpfWarning.Kind kind, String condition, Object... values) {
    List<BpfWarning.Item> items = new ArrayList<>();
    for (Object[] r :
        repository.rows(
            """
            WITH %s
            SELECT s.id, a.title, s.starts_at FROM y_session s
            JOIN activity a ON a.id = s.activity_id WHERE true%s
            ORDER BY s.starts_at, s.id
            """
                .formatted(BpfSql.SESSIONS, condition),
            values)) {
      items.add(
          new BpfWarning.Item(
              r[1] + ", " + dates.day(BpfFacts.instant(r[2])),
              "/scheduling/session?id=" + BpfFacts.number(r[0]),
              null));
    }
    return new BpfWarning(kind, List.copyOf(items));
  }

  private BpfWarning activities(BpfWarning.Kind kind, String column, Object... values) {
    List<BpfWarning.Item> items = new ArrayList<>();
    for (Object[] r :
        repository.rows(
            """
            WITH %s
            SELECT DISTINCT a.id, a.title FROM y_session s
            JOIN activity a ON a.id = s.activity_id WHERE %s
            IS NULL ORDER BY a.title, a.id
            """
                .formatted(BpfSql.SESSIONS, column),
            values)) {
      items.add(
          new BpfWarning.Item(
              (String) r[1], "/programme/activity?id=" + BpfFacts.number(r[0]), null));
    }
    return new BpfWarning(kind, List.copyOf(items));
  }
}
