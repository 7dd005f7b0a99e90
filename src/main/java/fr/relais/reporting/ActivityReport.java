package fr.relais.reporting;

import fr.relais.establishment.ConventionSql;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The activity dashboard: sessions held and cancelled, hours, seats, registrations, fill, waitlist,
 * attendance and no-shows by month, and the people who came by audience, profession and region
 * (small groups hidden). Set-based SQL: one query per table, whatever the volume.
 */
@Stateless
public class ActivityReport {

  static final String BY_MONTH = "activity-by-month";
  static final String BY_AUDIENCE = "activity-by-audience";
  static final String BY_PROFESSION = "activity-by-profession";
  static final String BY_REGION = "activity-by-region";
  static final String BY_ESTABLISHMENT = "activity-by-establishment";

  @Inject private ReportRepository queries;

  public Dashboard build(ReportFilter filter, Locale locale, Clearance clearance) {
    filter.checked();
    queries.roomToAggregate();
    Labels labels = new Labels(locale);
    ReportTable months = byMonth(filter, labels, clearance);
    List<ReportTable> people = byPerson(filter, labels, clearance);
    ReportTable audience = people.get(0);
    ReportTable professions = people.get(1);
    ReportTable regions = people.get(2);
    return new Dashboard(
        labels.get("report.activity.title"),
        headlines(months, audience, labels),
        List.of(
            new Dashboard.Section(months, Chart.of(months, Chart.Type.BAR, 0, 1)),
            new Dashboard.Section(audience, null),
            new Dashboard.Section(professions, Chart.of(professions, Chart.Type.BAR, 1)),
            new Dashboard.Section(regions, null),
            new Dashboard.Section(establishments(filter, labels, clearance), null)),
        months.hasNoRows());
  }

  /** The columns of the table by month, in their order. */
  enum MonthColumn {
    HELD("held"),
    CANCELLED("cancelled"),
    HOURS("hours"),
    SEATS("seats"),
    REGISTRATIONS("registrations"),
    FILL("fill"),
    WAITLIST("waitlist"),
    ATTENDANCE("attendance"),
    NO_SHOW("noShow");

    /** The totals the dashboard puts first. */
    static final Set<MonthColumn> HEADLINES =
        EnumSet.of(HELD, CANCELLED, HOURS, REGISTRATIONS, FILL, ATTENDANCE, NO_SHOW);

    private final String key;

    MonthColumn(String key) {
      this.key = key;
    }

    static List<String> labels(Labels labels) {
      return Arrays.stream(values()).map(c -> labels.get("report.activity." + c.key)).toList();
    }
  }

  private List<Dashboard.Headline> headlines(
      ReportTable months, ReportTable audience, Labels labels) {
    List<Dashboard.Headline> headlines = new ArrayList<>();
    ReportTable.Row total = months.total();
    if (total == null) {
      return headlines;
    }
    for (MonthColumn column : MonthColumn.HEADLINES) {
      int at = column.ordinal();
      headlines.add(new Dashboard.Headline(months.columns().get(at), total.figure(at)));
    }
    if (audience.total() != null) {
      headlines.add(
          new Dashboard.Headline(
              labels.get("report.activity.participants"), audience.total().figure(1)));
    }
    return headlines;
  }

  /** Sessions, seats, registrations and attendance by month, with the period's total. */
  static ReportQuery byMonthQuery(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        """
        WITH %s, %s, %s, reg AS (SELECT r.session_id,
        count(*) FILTER (WHERE r.status = 'CONFIRMED') AS confirmed,
        count(*) FILTER (WHERE r.status = 'WAITLISTED') AS waitlisted,
        count(*) FILTER (WHERE r.status = 'CONFIRMED' AND att.came) AS attended,
        count(*) FILTER (WHERE r.status = 'CONFIRMED' AND att.no_show) AS no_show FROM sreg r%s
        LEFT JOIN att ON att.registration_id = r.id WHERE true%s
        GROUP BY r.session_id)
        SELECT scope.month,
        count(*) FILTER (WHERE scope.status = 'COMPLETED') AS held,
        count(*) FILTER (WHERE scope.status = 'CANCELLED') AS cancelled,
        coalesce(sum(extract(epoch FROM scope.ends_at - scope.starts_at))
          FILTER (WHERE scope.status = 'COMPLETED'), 0) / 3600.0 AS hours,
        coalesce(sum(scope.capacity) FILTER (WHERE scope.status = 'COMPLETED'), 0)
          AS seats,
        coalesce(sum(reg.confirmed) FILTER (WHERE scope.status = 'COMPLETED'), 0)
          AS confirmed,
        coalesce(sum(reg.waitlisted) FILTER (WHERE scope.status = 'COMPLETED'), 0)
          AS waitlisted,
        coalesce(sum(reg.attended) FILTER (WHERE scope.status = 'COMPLETED'), 0)
          AS attended,
        coalesce(sum(reg.no_show) FILTER (WHERE scope.status = 'COMPLETED'), 0)
          AS no_show
        FROM scope LEFT JOIN reg ON reg.session_id = scope.id
        GROUP BY GROUPING SETS ((scope.month), ()) ORDER BY scope.month NULLS LAST
        """
            .formatted(
                ReportSql.scope(filter, p),
                ReportSql.REGISTRATIONS,
                ReportSql.ATTENDANCE,
                ReportSql.account(filter, "r"),
                ReportSql.people(filter, p));
    return new ReportQuery(BY_MONTH, sql, p.parameters());
  }

  /** A row of {@link #byMonthQuery}: a month ("2025-09"), or the period's total when null. */
  record Month(
      String month,
      long held,
      long cancelled,
      double hours,
      long seats,
      long confirmed,
      long waitlisted,
      long attended,
      long noShow) {}

  private ReportTable byMonth(ReportFilter filter, Labels labels, Clearance clearance) {
    List<Month> rows = queries.records(byMonthQuery(filter), Month.class);
    ReportTable.Builder table =
        ReportTable.builder(
                BY_MONTH, labels.get("report.activity.byMonth"), labels.get("report.month"))
            .columns(MonthColumn.labels(labels));
    boolean any = rows.size() > 1;
    for (Month m : rows) {
      List<Figure> figures =
          List.of(
              Figure.count(m.held()),
              Figure.count(m.cancelled()),
              Figure.decimal(m.hours()),
              Figure.count(m.seats()),
              Figure.count(m.confirmed()),
              Figure.share(m.confirmed(), m.seats()),
              Figure.count(m.waitlisted()),
              Figure.share(m.attended(), m.confirmed()),
              Figure.share(m.noShow(), m.confirmed()));
      if (m.month() == null) {
        if (any) {
          table.total(labels.get("report.total"), new long[0], figures);
        }
      } else {
        table.row(labels.month(m.month()), java.time.YearMonth.parse(m.month()), figures);
      }
    }
    return table.build(clearance);
  }

  /**
   * "Établissements clients": per establishment that booked days, the days held in the period
   * (Paris dates with a completed session of one of its requests), its trainees (distinct people
   * present at one at least; a people figure, so small groups are hidden) and the amounts of the
   * conventions in force accepted in the period, VAT included. One query; the total row from the
   * database (a person at two establishments is one trainee).
   */
  static ReportQuery establishmentsQuery(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String scope = ReportSql.scope(filter, p);
    String people = ReportSql.people(filter, p);
    SqlWhere agreed = new SqlWhere();
    agreed.and("c.accepted_at >= CAST(? AS timestamptz)", Timestamp.from(filter.start()));
    agreed.and("c.accepted_at < CAST(? AS timestamptz)", Timestamp.from(filter.end()));
    agreed.andIf(filter.siteId(), "r.site_id = ?");
    agreed.andIf(filter.format(), "a.format = ?");
    agreed.andIf(filter.themeId(), "a.theme_id = ?");
    p.then(agreed);
    String sql =
        """
        WITH %s, %s, est AS (SELECT scope.id, r.site_id,
          (scope.starts_at AT TIME ZONE 'Europe/Paris')::date AS day
          FROM scope JOIN session s ON s.id = scope.id
          JOIN establishment_request r ON r.id = s.establishment_request_id
          WHERE scope.status = 'COMPLETED'),
        facts AS (SELECT site_id, day, NULL::bigint AS person, NULL::bigint AS convention,
          0::bigint AS cents FROM est
        UNION ALL SELECT est.site_id, NULL, g.account_id, NULL, 0 FROM est
          JOIN registration g ON g.session_id = est.id AND g.status = 'CONFIRMED'%s
        -- Present or late at one half-day at least (est holds held sessions only).
           WHERE EXISTS (SELECT 1 FROM attendance t WHERE t.registration_id = g.id
          AND t.status IN ('PRESENT', 'LATE'))%s
        UNION ALL SELECT r.site_id, NULL, NULL, c.id, %s
          FROM convention c JOIN establishment_request r ON r.id = c.request_id
          JOIN activity a ON a.id = r.activity_id
          LEFT JOIN request_days rd ON rd.request_id = c.request_id
          WHERE c.status = 'ACCEPTED'%s)
        SELECT st.name, GROUPING(st.id) AS total,
        count(DISTINCT (f.site_id, f.day)) FILTER (WHERE f.day IS NOT NULL) AS days,
        count(DISTINCT f.person) AS trainees, count(DISTINCT f.convention) AS conventions,
        coalesce(sum(f.cents), 0) AS cents
        FROM facts f JOIN site st ON st.id = f.site_id
        GROUP BY GROUPING SETS ((st.id, st.name), ()) ORDER BY 2, 1
        """
            .formatted(
                scope,
                ConventionSql.REQUEST_DAYS,
                ReportSql.account(filter, "g"),
                people,
                ConventionSql.TOTAL_CENTS,
                agreed);
    return new ReportQuery(BY_ESTABLISHMENT, sql, p.parameters());
  }

  /** A row of {@link #establishmentsQuery}; {@code total} is 1 on the total row. */
  record Establishment(
      String name, long total, long days, long trainees, long conventions, long cents) {}

  private ReportTable establishments(ReportFilter filter, Labels labels, Clearance clearance) {
    ReportTable.Builder table =
        ReportTable.builder(
                BY_ESTABLISHMENT,
                labels.get("report.activity.byEstablishment"),
                labels.get("report.activity.establishment"))
            .column(labels.get("report.activity.establishment.days"))
            .column(labels.get("report.activity.establishment.trainees"), 0)
            .column(labels.get("report.activity.establishment.conventions"))
            .column(labels.get("report.activity.establishment.agreed"));
    List<Establishment> rows = queries.records(establishmentsQuery(filter), Establishment.class);
    for (Establishment e : rows) {
      List<Figure> figures =
          List.of(
              Figure.count(e.days()),
              Figure.count(e.trainees()),
              Figure.count(e.conventions()),
              Figure.euros(e.cents()));
      if (e.total() == 1) {
        if (rows.size() > 1) {
          table.total(labels.get("report.total"), new long[] {e.trainees()}, figures);
        }
      } else {
        table.row(e.name(), new long[] {e.trainees()}, figures);
      }
    }
    return table.build(clearance);
  }

  /** The three groupings of people, in the order of the query's grouping sets. */
  private static final List<String[]> PEOPLE_GROUPS =
      List.of(
          new String[] {"acc.status", "ParticipantStatus", BY_AUDIENCE},
          new String[] {"acc.profession", "Profession", BY_PROFESSION},
          new String[] {"acc.region", "Region", BY_REGION});

  /**
   * People registered to held sessions, by audience, profession and region in one pass (grouping
   * sets): registrants, those who came, attendance and no-show rates. Groups of one to four people
   * are hidden.
   */
  static ReportQuery byPersonQuery(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        """
        WITH %s, %s, %s
        -- One row per person first: the distinct counts become plain counts.
        , person AS (SELECT acc.status, acc.profession, acc.region,
        bool_or(att.came) AS came, count(*) AS registrations,
        count(*) FILTER (WHERE att.came) AS attended,
        count(*) FILTER (WHERE att.no_show) AS no_show
        FROM sreg r JOIN account acc ON acc.id = r.account_id
        LEFT JOIN att ON att.registration_id = r.id
        WHERE r.status = 'CONFIRMED' AND r.session_status = 'COMPLETED'%s
        GROUP BY acc.id)
        SELECT status, profession, region, GROUPING(status) AS without_status,
        GROUPING(profession) AS without_profession, GROUPING(region) AS without_region,
        count(*) AS registrants, count(*) FILTER (WHERE came) AS came,
        coalesce(sum(registrations), 0)::bigint AS registrations,
        coalesce(sum(attended), 0)::bigint AS attended,
        coalesce(sum(no_show), 0)::bigint AS no_show
        FROM person GROUP BY GROUPING SETS ((status), (profession), (region), ())
        ORDER BY 8 DESC
        """
            .formatted(
                ReportSql.scope(filter, p),
                ReportSql.REGISTRATIONS,
                ReportSql.ATTENDANCE,
                ReportSql.people(filter, p));
    return new ReportQuery(BY_AUDIENCE, sql, p.parameters());
  }

  /**
   * A row of {@link #byPersonQuery}: one audience, profession or region (in the order of {@link
   * #PEOPLE_GROUPS}), or the total; {@code without…} is 1 where the row is not grouped by it.
   */
  record People(
      String status,
      String profession,
      String region,
      long withoutStatus,
      long withoutProfession,
      long withoutRegion,
      long registrants,
      long came,
      long registrations,
      long attended,
      long noShow) {

    boolean isTotal() {
      return withoutStatus + withoutProfession + withoutRegion == 3;
    }

    boolean groupsBy(int group) {
      return List.of(withoutStatus, withoutProfession, withoutRegion).get(group) == 0;
    }

    String value(int group) {
      return java.util.Arrays.asList(status, profession, region).get(group);
    }
  }

  private List<ReportTable> byPerson(ReportFilter filter, Labels labels, Clearance clearance) {
    List<ReportTable.Builder> tables = new ArrayList<>();
    for (String[] group : PEOPLE_GROUPS) {
      tables.add(
          ReportTable.builder(
                  group[2],
                  labels.get("report.activity." + group[2].substring("activity-".length())),
                  labels.get("report.activity.group." + group[1]))
              .column(labels.get("report.activity.registrants"), 0)
              .column(labels.get("report.activity.participants"), 1)
              .column(labels.get("report.activity.attendance"), 1)
              .column(labels.get("report.activity.noShow"), 1));
    }
    for (People p : queries.records(byPersonQuery(filter), People.class)) {
      List<Figure> figures =
          List.of(
              Figure.count(p.registrants()),
              Figure.count(p.came()),
              Figure.share(p.attended(), p.registrations()),
              Figure.share(p.noShow(), p.registrations()));
      long[] people = {p.registrants(), p.came()};
      for (int g = 0; g < PEOPLE_GROUPS.size(); g++) {
        if (p.isTotal()) {
          tables.get(g).total(labels.get("report.total"), people, figures);
        } else if (p.groupsBy(g)) {
          tables.get(g).row(labels.value(PEOPLE_GROUPS.get(g)[1], p.value(g)), people, figures);
        }
      }
    }
    return tables.stream().map(t -> t.build(clearance)).toList();
  }
}
