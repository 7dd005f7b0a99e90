package fr.relais.bpf;

import fr.relais.kernel.ClockProducer;
import fr.relais.people.ParticipantStatus;
import fr.relais.programme.BpfObjective;
import fr.relais.registration.CategorySource;
import fr.relais.registration.TraineeCategory;
import fr.relais.registration.TraineeCategoryRule;
import fr.relais.scheduling.Delivery;
import fr.relais.site.Sector;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts of a fiscal year (the Paris calendar year) the BPF counts, read set-based: trainees
 * with their present half-days and hours (from the sign-in sheet, never the registrations alone),
 * trainers with the hours they led, incomes. Only training actions, never a cancelled session or
 * registration. No caller check: {@link BpfService} is the door.
 */
@Stateless
public class BpfFacts {

  @Inject private BpfRepository repository;

  static Timestamp start(int year) {
    return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ClockProducer.PARIS).toInstant());
  }

  static Timestamp end(int year) {
    return start(year + 1);
  }

  public List<BpfRows.Trainee> trainees(int year) {
    List<Object[]> rows =
        repository.rows(
            """
            WITH %s, %s
            SELECT g.id, s.id, s.starts_at, a.title,
            trim(p.first_name || ' ' || p.last_name), g.trainee_category, g.category_source,
            p.status, site.sector, s.mode <> 'ON_SITE', s.delivery, a.bpf_objective,
            a.nsf_code, count(*),
            string_agg((t.half_day + 1) || ' (' || h.minutes || ' min)', ', '
              ORDER BY t.half_day),
            sum(h.minutes)
            FROM y_session s JOIN activity a ON a.id = s.activity_id
            JOIN registration g ON g.session_id = s.id AND g.status <> 'CANCELLED'
            JOIN account p ON p.id = g.account_id
            JOIN attendance t ON t.registration_id = g.id AND t.status IN ('PRESENT', 'LATE')
            JOIN y_half h ON h.session_id = s.id AND h.half_day = t.half_day
            LEFT JOIN establishment_request er ON er.id = s.establishment_request_id
            LEFT JOIN site ON site.id = er.site_id
            GROUP BY g.id, s.id, s.starts_at, s.mode, s.delivery, a.title, a.bpf_objective,
            a.nsf_code, p.first_name, p.last_name, p.status, site.sector
            ORDER BY s.starts_at, s.id, p.last_name, p.first_name, g.id
            """
                .formatted(BpfSql.SESSIONS, BpfSql.HALVES),
            start(year),
            end(year));
    List<BpfRows.Trainee> trainees = new ArrayList<>();
    for (Object[] r : rows) {
      TraineeCategory stored = named(TraineeCategory.class, r[5]);
      CategorySource source = named(CategorySource.class, r[6]);
      TraineeCategory category = stored;
      boolean derived = false;
      if (stored == null) {
        Optional<TraineeCategory> rule =
            TraineeCategoryRule.derive(
                named(ParticipantStatus.class, r[7]), named(Sector.class, r[8]));
        category = rule.orElse(null);
        derived = rule.isPresent();
      }
      trainees.add(
          new BpfRows.Trainee(
              number(r[0]),
              number(r[1]),
              instant(r[2]),
              (String) r[3],
              (String) r[4],
              category,
              source,
              derived,
              Boolean.TRUE.equals(r[9]),
              Delivery.valueOf((String) r[10]),
              named(BpfObjective.class, r[11]),
              (String) r[12],
              (int) number(r[13]),
              (String) r[14],
              number(r[15])));
    }
    return trainees;
  }

  /** The trainers of the year's sessions the association ran (not those it entrusted away). */
  public List<BpfRows.Trainer> trainers(int year) {
    return repository
        .rows(
            """
            WITH %s
            SELECT p.id, trim(p.first_name || ' ' || p.last_name),
            coalesce(tp.external, false), s.id, s.starts_at, a.title, %s
            FROM y_session s JOIN activity a ON a.id = s.activity_id
            JOIN session_trainer st ON st.session_id = s.id
            JOIN account p ON p.id = st.account_id
            LEFT JOIN trainer_profile tp ON tp.account_id = p.id
            WHERE s.delivery <> 'ENTRUSTED_BY_US'
            ORDER BY p.last_name, p.first_name, p.id, s.starts_at
            """
                .formatted(BpfSql.SESSIONS, BpfSql.SESSION_MINUTES),
            start(year),
            end(year))
        .stream()
        .map(
            r ->
                new BpfRows.Trainer(
                    number(r[0]),
                    (String) r[1],
                    Boolean.TRUE.equals(r[2]),
                    number(r[3]),
                    instant(r[4]),
                    (String) r[5],
                    number(r[6])))
        .toList();
  }

  /**
   * The session incomes of the year's sessions, then the accepted convention of each request for a
   * training action whose first session (not cancelled) is in the year.
   */
  public List<BpfRows.Income> incomes(int year) {
    List<BpfRows.Income> incomes = new ArrayList<>();
    for (Object[] r :
        repository.rows(
            """
            WITH %s
            SELECT i.id, s.id, s.starts_at, a.title, i.source, i.funder, i.amount_cents
            FROM y_session s JOIN activity a ON a.id = s.activity_id
            JOIN session_income i ON i.session_id = s.id ORDER BY s.starts_at, i.id
            """
                .formatted(BpfSql.SESSIONS),
            start(year),
            end(year))) {
      incomes.add(
          new BpfRows.Income(
              number(r[0]),
              null,
              number(r[1]),
              instant(r[2]),
              (String) r[3],
              named(IncomeSource.class, r[4]),
              (String) r[5],
              null,
              null,
              number(r[6])));
    }
    for (Object[] r :
        repository.rows(
            """
            WITH %s
            SELECT c.id, er.id, rd.first_start, a.title, site.name, site.id, site.sector, %s
            FROM convention c JOIN establishment_request er ON er.id = c.request_id
            JOIN activity a ON a.id = er.activity_id JOIN site ON site.id = er.site_id
            JOIN request_days rd ON rd.request_id = er.id
            WHERE c.status = 'ACCEPTED' AND a.purpose = 'TRAINING'
            AND rd.first_start >= ? AND rd.first_start < ?
            ORDER BY rd.first_start, c.id
            """
                .formatted(BpfSql.REQUEST_DAYS, BpfSql.CONVENTION_CENTS),
            start(year),
            end(year))) {
      Sector sector = named(Sector.class, r[6]);
      incomes.add(
          new BpfRows.Income(
              null,
              number(r[0]),
              number(r[1]),
              instant(r[2]),
              (String) r[3],
              sourceOf(sector),
              (String) r[4],
              number(r[5]),
              sector,
              number(r[7])));
    }
    return incomes;
  }

  /** A convention's line: companies for their staff (C-1) or public employers (C-3). */
  static IncomeSource sourceOf(Sector sector) {
    if (sector == null) {
      return null;
    }
    return sector == Sector.PRIVATE ? IncomeSource.COMPANIES : IncomeSource.PUBLIC_EMPLOYERS;
  }

  static <E extends Enum<E>> E named(Class<E> type, Object value) {
    return value == null ? null : Enum.valueOf(type, (String) value);
  }

  static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static Instant instant(Object value) {
    return value == null ? null : value instanceof Timestamp t ? t.toInstant() : (Instant) value;
  }
}
