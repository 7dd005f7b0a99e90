package fr.relais.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.people.ParticipantStatus;
import fr.relais.people.Profession;
import fr.relais.people.Region;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import fr.relais.site.SiteKind;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 21 changed how the report queries read the data, not what they count: on one generated year
 * (2005, nobody else's: sessions held and cancelled, registrations of every status, attendance of
 * every kind over one or two half-days, hot, cold and client answers with comments, wellbeing
 * scores before and after, an establishment's sessions), every dashboard query under many filters,
 * and the public results query, give the same rows as the queries of before ({@link
 * BeforeIssue21}); and registration_presence (V26, kept by triggers) equals the attendance lines it
 * sums, after inserts, changes and deletions. The same comparison runs in ReportsBench on its data
 * at 1, 10 and 30 times the size.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsBeforeAfterIT {

  private static final int YEAR = 2005;

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais()
        .addClasses(BeforeIssue21.class, BeforeAfter.class, BeforeAfter.Outcome.class);
  }

  @Inject private Fixtures fixtures;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static long siteA;
  private static long themeA;

  @Test
  void everyReportQueryGivesTheSameRowsAsBeforeIssue21() throws Exception {
    seed();
    try (Connection c = dataSource.getConnection()) {
      assertSameRows(c);
    }
  }

  @Test
  void thePresenceSummaryEqualsTheAttendanceLinesAfterTheyChange() throws Exception {
    seed();
    try (Connection c = dataSource.getConnection()) {
      assertEquals(0, presenceDifferences(c), "after the inserts");
      // Corrections: absent to present, present to excused, one line moved to another half-day.
      Sql.update(
          c,
          "UPDATE attendance t SET status = CASE t.status WHEN 'ABSENT' THEN 'PRESENT'"
              + " WHEN 'PRESENT' THEN 'EXCUSED' ELSE t.status END"
              + " FROM registration r JOIN session s ON s.id = r.session_id"
              + " WHERE r.id = t.registration_id AND extract(year FROM s.starts_at) = ?"
              + " AND t.id % 7 = 0",
          YEAR);
      assertEquals(0, presenceDifferences(c), "after the corrections");
      Sql.update(
          c,
          "DELETE FROM attendance t USING registration r, session s WHERE r.id = t.registration_id"
              + " AND s.id = r.session_id AND extract(year FROM s.starts_at) = ? AND t.id % 11 = 0",
          YEAR);
      assertEquals(0, presenceDifferences(c), "after the deletions");
      assertSameRows(c);
    }
  }

  @Test
  void theComparisonSeesADifferentCount() throws Exception {
    seed();
    try (Connection c = dataSource.getConnection()) {
      ReportQuery before = BeforeIssue21.of(Reports.Kind.ACTIVITY, year(), Locale.FRENCH).get(0);
      ReportQuery wrong =
          new ReportQuery(
              before.name(),
              before.sql().replace("bool_and(t.status = 'ABSENT')", "bool_and(t.status <> 'LATE')"),
              before.parameters());
      assertNull(BeforeAfter.compare(c, before, before).difference());
      assertNotNull(
          BeforeAfter.compare(c, before, wrong).difference(),
          "a query counting no-shows otherwise");
    }
  }

  private void assertSameRows(Connection c) throws Exception {
    List<String> differences = new ArrayList<>();
    int rows = 0;
    for (ReportFilter filter : filters()) {
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        for (BeforeAfter.Outcome o : BeforeAfter.dashboards(c, filter, locale)) {
          rows += o.rows();
          if (o.difference() != null) {
            differences.add(filter + " " + locale + ": " + o);
          }
        }
      }
    }
    BeforeAfter.Outcome results =
        BeforeAfter.publicResults(c, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR + 1, 1, 1));
    if (results.difference() != null) {
      differences.add(results.toString());
    }
    assertEquals(List.of(), differences);
    assertTrue(rows > 1_000, "the comparison compared rows: " + rows);
    assertTrue(results.rows() >= 2, "public results rows: " + results.rows());
  }

  /** Registrations whose summary differs from their lines (either way), in the whole table. */
  private static long presenceDifferences(Connection c) throws Exception {
    String live =
        "SELECT registration_id, count(*)::int, (count(*) FILTER (WHERE status IN ('PRESENT', 'LATE')))::int,"
            + " (count(*) FILTER (WHERE status = 'ABSENT'))::int FROM attendance GROUP BY registration_id";
    String kept =
        "SELECT registration_id, half_days, present, absent FROM registration_presence WHERE half_days <> 0";
    return Sql.number(
        c,
        "SELECT (SELECT count(*) FROM ("
            + live
            + " EXCEPT "
            + kept
            + ") a)"
            + " + (SELECT count(*) FROM ("
            + kept
            + " EXCEPT "
            + live
            + ") b)");
  }

  private static ReportFilter year() {
    return ReportFilter.year(YEAR);
  }

  private static List<ReportFilter> filters() {
    LocalDate from = LocalDate.of(YEAR, 1, 1);
    LocalDate to = LocalDate.of(YEAR, 12, 31);
    return List.of(
        year(),
        new ReportFilter(
            LocalDate.of(YEAR, 3, 1),
            LocalDate.of(YEAR, 8, 31),
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        new ReportFilter(from, to, siteA, null, null, null, null, null, null),
        new ReportFilter(from, to, null, Format.TRAINING, null, null, null, null, null),
        new ReportFilter(from, to, null, null, themeA, null, null, null, null),
        new ReportFilter(from, to, null, null, null, SessionMode.ONLINE, null, null, null),
        new ReportFilter(from, to, null, null, null, null, ParticipantStatus.STUDENT, null, null),
        new ReportFilter(
            from, to, null, null, null, null, ParticipantStatus.PROFESSIONAL, null, null),
        new ReportFilter(from, to, null, null, null, null, null, Region.ILE_DE_FRANCE, null),
        new ReportFilter(from, to, null, null, null, null, null, null, Profession.NURSE),
        new ReportFilter(
            from, to, siteA, null, null, null, ParticipantStatus.PROFESSIONAL, null, null),
        new ReportFilter(
            from,
            to,
            null,
            Format.CONFERENCE,
            null,
            null,
            null,
            Region.OCCITANIE,
            Profession.PHYSICIAN));
  }

  /** The year, generated once per deployment with a fixed seed. */
  private void seed() throws Exception {
    if (siteA != 0) {
      return;
    }
    long a =
        fixtures.site(
            Fixtures.unique("Avant-après A"),
            SiteKind.HOSPITAL,
            "Lyon",
            Region.AUVERGNE_RHONE_ALPES);
    long b =
        fixtures.site(Fixtures.unique("Avant-après B"), SiteKind.CLINIC, "Nîmes", Region.OCCITANIE);
    long theme1 = fixtures.theme(Fixtures.unique("Avant-après 1"));
    long theme2 = fixtures.theme(Fixtures.unique("Avant-après 2"));
    long[] activities = {
      fixtures.activity(Fixtures.unique("AA formation"), Format.TRAINING, theme1, Audience.ALL),
      fixtures.activity(Fixtures.unique("AA conférence"), Format.CONFERENCE, theme2, Audience.ALL),
      fixtures.activity(Fixtures.unique("AA eJADES"), Format.EJADES, theme1, Audience.ALL),
      fixtures.activity(Fixtures.unique("AA groupe"), Format.TALK_GROUP, theme2, Audience.ALL)
    };
    long[] trainers = {
      fixtures.trainer("Anne", "Avantapres"), fixtures.trainer("Basile", "Avantapres")
    };
    String tag = Fixtures.unique("aa").replaceAll("[^a-z0-9]", "");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT setseed(0.21)");
      }
      // Two training actions (the public results count only those), two prevention activities.
      Sql.update(
          c,
          "UPDATE activity SET purpose = 'TRAINING' WHERE id IN (?, ?)",
          activities[0],
          activities[1]);
      Sql.update(
          c,
          "INSERT INTO account (email, first_name, last_name, password_hash, status, profession, region)"
              + " SELECT ? || n || '@relais.test', 'Avant', 'Apres' || n, 'x',"
              + " CASE WHEN random() < 0.3 THEN 'STUDENT' ELSE 'PROFESSIONAL' END,"
              + " (ARRAY['NURSE', 'NURSE', 'NURSING_ASSISTANT', 'PHYSICIAN', 'MIDWIFE'])[1 + floor(random() * 5)::int],"
              + " (ARRAY['ILE_DE_FRANCE', 'OCCITANIE', 'OCCITANIE', 'BRETAGNE'])[1 + floor(random() * 4)::int]"
              + " FROM generate_series(1, 150) n",
          tag + ".");
      // 60 sessions a week apart, the two trainers in turn; one in ten cancelled; half run all day.
      Sql.update(
          c,
          "CREATE TEMP TABLE aa_session ON COMMIT DROP AS SELECT n, (ARRAY[?, ?, ?, ?]::bigint[])[1 + n % 4] AS activity_id,"
              + " CASE n % 3 WHEN 0 THEN ?::bigint WHEN 1 THEN ?::bigint END AS site_id,"
              + " (ARRAY[?, ?]::bigint[])[1 + n % 2] AS trainer_id,"
              + " ((DATE '2005-01-04' + n * 6) + time '09:00') AT TIME ZONE 'Europe/Paris' AS starts_at,"
              + " CASE WHEN n % 2 = 0 THEN time '17:00' ELSE time '12:00' END AS ends,"
              + " CASE WHEN random() < 0.1 THEN 'CANCELLED' ELSE 'COMPLETED' END AS status"
              + " FROM generate_series(0, 59) n",
          activities[0],
          activities[1],
          activities[2],
          activities[3],
          a,
          b,
          trainers[0],
          trainers[1]);
      Sql.update(c, "ALTER TABLE aa_session ADD COLUMN id bigint");
      Sql.update(
          c,
          "WITH made AS (INSERT INTO session (activity_id, site_id, starts_at, ends_at, mode, video_link, capacity, status, cancel_reason)"
              + " SELECT activity_id, site_id, starts_at,"
              + " ((starts_at AT TIME ZONE 'Europe/Paris')::date + ends) AT TIME ZONE 'Europe/Paris',"
              + " 'ONLINE', 'https://visio.relais.test/aa', 40, status,"
              + " CASE WHEN status = 'CANCELLED' THEN 'Formatrice malade' END FROM aa_session ORDER BY n"
              + " RETURNING id, starts_at)"
              + " UPDATE aa_session x SET id = made.id FROM made WHERE made.starts_at = x.starts_at");
      Sql.update(
          c,
          "INSERT INTO session_trainer (session_id, account_id) SELECT id, trainer_id FROM aa_session");
      // 4 to 18 people per session: three in four confirmed, the others waitlisted or cancelled.
      Sql.update(
          c,
          "INSERT INTO registration (session_id, account_id, status, seat, confirmed_at, cancelled_at, cancelled_by)"
              + " SELECT x.id, p.id, p.st, CASE WHEN p.st = 'CONFIRMED' THEN 'GENERAL' END,"
              + " CASE WHEN p.st = 'CONFIRMED' THEN x.starts_at - interval '10 days' END,"
              + " CASE WHEN p.st = 'CANCELLED' THEN x.starts_at - interval '3 days' END,"
              + " CASE WHEN p.st = 'CANCELLED' THEN 'test' END"
              + " FROM aa_session x CROSS JOIN LATERAL (SELECT ac.id, CASE WHEN random() < 0.75 THEN 'CONFIRMED'"
              + "   WHEN random() < 0.5 THEN 'WAITLISTED' ELSE 'CANCELLED' END AS st"
              + "   FROM account ac WHERE ac.email LIKE ? || '.%' AND x.n >= 0"
              + "   ORDER BY random() LIMIT 4 + floor(random() * 15)::int) p",
          tag);
      // Held sessions: a line per half-day for most confirmed people (one in twenty has none).
      Sql.update(
          c,
          "INSERT INTO attendance (registration_id, half_day, status, method, recorded_at, recorded_by)"
              + " SELECT r.id, h.half_day, (ARRAY['PRESENT', 'PRESENT', 'PRESENT', 'LATE', 'ABSENT', 'EXCUSED'])"
              + "   [1 + floor(random() * 6)::int], 'HAND', x.starts_at, 'test'"
              + " FROM registration r JOIN aa_session x ON x.id = r.session_id AND x.status = 'COMPLETED'"
              + " CROSS JOIN LATERAL (SELECT 0 AS half_day UNION ALL SELECT 1 WHERE x.ends = time '17:00') h"
              + " WHERE r.status = 'CONFIRMED' AND r.id % 20 <> 0");
      // Five of site A's sessions booked by an establishment.
      long contact = Sql.number(c, "SELECT min(id) FROM account WHERE email LIKE ? || '.%'", tag);
      long request =
          Sql.number(
              c,
              "INSERT INTO establishment_request (site_id, contact_id, activity_id, headcount, audience, status,"
                  + " created_at, updated_at) VALUES (?, ?, ?, 12, 'ALL', 'SCHEDULED', now(), now()) RETURNING id",
              a,
              contact,
              activities[0]);
      Sql.update(
          c,
          "UPDATE session SET establishment_request_id = ? WHERE id IN (SELECT id FROM aa_session"
              + " WHERE site_id = ? AND activity_id = ? ORDER BY n LIMIT 5)",
          request,
          a,
          activities[0]);
      seedAnswers(c, tag);
      c.commit();
    }
    themeA = theme1;
    siteA = a;
  }

  /** Hot and cold answers of those who came, client answers per session, wellbeing scores. */
  private static void seedAnswers(Connection c, String tag) throws Exception {
    long questionnaire =
        Sql.number(
            c,
            "INSERT INTO questionnaire (kind, title_fr, title_en, created_at)"
                + " VALUES ('SATISFACTION', 'Avant-après', 'Before-after', now()) RETURNING id");
    long section =
        Sql.number(
            c,
            "INSERT INTO questionnaire_section (questionnaire_id, position, title_fr, title_en)"
                + " VALUES (?, 0, 'Avis', 'Opinion') RETURNING id",
            questionnaire);
    Object[][] items = {
      {"LIKERT", null, 5}, {"LIKERT", "objectives", 4}, {"RATING", null, 0}, {"TEXT", null, 0}
    };
    for (int i = 0; i < items.length; i++) {
      long item =
          Sql.number(
              c,
              "INSERT INTO questionnaire_item (section_id, position, type, scale, text_fr, text_en, min_value, max_value)"
                  + " VALUES (?, ?, ?, ?, 'Question', 'Question', ?, ?) RETURNING id",
              section,
              i,
              items[i][0],
              items[i][1],
              "RATING".equals(items[i][0]) ? 0 : null,
              "RATING".equals(items[i][0]) ? 10 : null);
      for (int v = 1; v <= (int) items[i][2]; v++) {
        Sql.update(
            c,
            "INSERT INTO item_choice (item_id, position, value, label_fr, label_en) VALUES (?, ?, ?, ?, ?)",
            item,
            v,
            v,
            "n" + v,
            "n" + v);
      }
    }
    long hot =
        Sql.number(
            c,
            "INSERT INTO campaign (questionnaire_id, phase, weeks_after, title, created_at, created_by)"
                + " VALUES (?, 'HOT', 0, 'AA chaud', now(), 'test') RETURNING id",
            questionnaire);
    long cold =
        Sql.number(
            c,
            "INSERT INTO campaign (questionnaire_id, phase, weeks_after, title, created_at, created_by)"
                + " VALUES (?, 'COLD', 6, 'AA froid', now(), 'test') RETURNING id",
            questionnaire);
    long client = Sql.number(c, "SELECT coalesce(min(id), 0) FROM campaign WHERE phase = 'CLIENT'");
    // Invitations for every attendee; answers for some (hot more than cold).
    Sql.update(
        c,
        "INSERT INTO survey_invitation (campaign_id, account_id, session_id, opens_at)"
            + " SELECT ca.id, r.account_id, r.session_id, now() FROM registration r"
            + " JOIN aa_session x ON x.id = r.session_id AND x.status = 'COMPLETED'"
            + " CROSS JOIN (VALUES (?::bigint), (?::bigint)) ca(id)"
            + " WHERE r.status = 'CONFIRMED' AND EXISTS (SELECT 1 FROM attendance t WHERE t.registration_id = r.id"
            + " AND t.status IN ('PRESENT', 'LATE'))",
        hot,
        cold);
    Sql.update(
        c,
        "INSERT INTO survey_response (campaign_id, questionnaire_id, session_id, pseudonym, submitted, submitted_on,"
            + " respondent_status)"
            + " SELECT i.campaign_id, ca.questionnaire_id, i.session_id, md5(i.account_id || ':' || i.campaign_id)"
            + " || md5(i.campaign_id || ':' || i.account_id), random() < 0.95,"
            + " (x.starts_at AT TIME ZONE 'Europe/Paris')::date + CASE ca.phase WHEN 'HOT' THEN 1 ELSE 42 END,"
            + " ac.status"
            + " FROM survey_invitation i JOIN campaign ca ON ca.id = i.campaign_id"
            + " JOIN aa_session x ON x.id = i.session_id JOIN account ac ON ac.id = i.account_id"
            + " WHERE i.campaign_id IN (?, ?) AND random() < CASE ca.phase WHEN 'HOT' THEN 0.7 ELSE 0.4 END",
        hot,
        cold);
    if (client != 0) {
      Sql.update(
          c,
          "INSERT INTO survey_invitation (campaign_id, account_id, session_id, opens_at)"
              + " SELECT ?, min(r.account_id), x.id, now() FROM aa_session x JOIN registration r ON r.session_id = x.id"
              + " WHERE x.status = 'COMPLETED' AND x.n % 2 = 0 GROUP BY x.id",
          client);
      Sql.update(
          c,
          "INSERT INTO survey_response (campaign_id, questionnaire_id, session_id, pseudonym, submitted, submitted_on)"
              + " SELECT ca.id, ca.questionnaire_id, i.session_id, md5('client:' || i.session_id)"
              + " || md5(i.session_id || ':client'), true, DATE '2005-12-01'"
              + " FROM survey_invitation i JOIN campaign ca ON ca.id = i.campaign_id"
              + " JOIN aa_session x ON x.id = i.session_id WHERE ca.id = ? AND x.n % 4 = 0",
          client);
    }
    // An answer to every item: a choice, a rating, or (one in three) one of four comments.
    Sql.update(
        c,
        "INSERT INTO survey_answer (response_id, item_id, number_value, text_value)"
            + " SELECT sr.id, qi.id,"
            + " CASE WHEN qi.type = 'TEXT' THEN NULL WHEN ch.n > 0 THEN ch.lo + floor(random() * (ch.hi - ch.lo + 1))::int"
            + "   ELSE coalesce(qi.min_value, 0) + floor(random() * (coalesce(qi.max_value, 10) - coalesce(qi.min_value, 0) + 1))::int END,"
            + " CASE WHEN qi.type = 'TEXT' THEN (ARRAY['Très utile', 'Trop court', 'Très utile', 'Merci'])[1 + floor(random() * 4)::int] END"
            + " FROM survey_response sr JOIN aa_session x ON x.id = sr.session_id"
            + " JOIN questionnaire_section qs ON qs.questionnaire_id = sr.questionnaire_id"
            + " JOIN questionnaire_item qi ON qi.section_id = qs.id"
            + " LEFT JOIN (SELECT item_id, count(*) AS n, min(value) AS lo, max(value) AS hi FROM item_choice GROUP BY item_id) ch"
            + "   ON ch.item_id = qi.id"
            + " WHERE qi.type <> 'TEXT' OR random() < 0.33");
    // Wellbeing: WHO-5 before and after for most attendees of trainings (some after only), and a
    // few PSS-10 totals; scores as the app stores them.
    long who5 = Sql.number(c, "SELECT id FROM questionnaire WHERE code = 'WHO5'");
    long pss10 =
        Sql.number(c, "SELECT coalesce(min(id), 0) FROM questionnaire WHERE code = 'PSS10'");
    long before =
        Sql.number(
            c,
            "INSERT INTO campaign (questionnaire_id, phase, format, weeks_after, title, created_at, created_by)"
                + " VALUES (?, 'BEFORE', 'TRAINING', 0, 'AA avant', now(), 'test') RETURNING id",
            who5);
    long after =
        Sql.number(
            c,
            "INSERT INTO campaign (questionnaire_id, phase, format, weeks_after, title, created_at, created_by)"
                + " VALUES (?, 'AFTER', 'TRAINING', 8, 'AA après', now(), 'test') RETURNING id",
            who5);
    Sql.update(
        c,
        "CREATE TEMP TABLE aa_well ON COMMIT DROP AS SELECT DISTINCT ON (r.account_id) r.account_id, x.id AS session_id,"
            + " (x.starts_at AT TIME ZONE 'Europe/Paris')::date AS day, ac.status, random() AS u, random() AS v"
            + " FROM registration r JOIN aa_session x ON x.id = r.session_id AND x.status = 'COMPLETED'"
            + " JOIN account ac ON ac.id = r.account_id WHERE r.status = 'CONFIRMED' ORDER BY r.account_id, x.n");
    Sql.update(
        c,
        "INSERT INTO survey_response (campaign_id, questionnaire_id, session_id, pseudonym, submitted, submitted_on,"
            + " respondent_status)"
            + " SELECT ?, ?, CASE WHEN u < 0.5 THEN session_id END, md5('w' || account_id) || md5(account_id || 'w'),"
            + " true, day - 2, status FROM aa_well WHERE u < 0.8"
            + " UNION ALL SELECT ?, ?, CASE WHEN u < 0.5 THEN session_id END, md5('w' || account_id) || md5(account_id || 'w'),"
            + " true, day + 56 + floor(v * 10)::int, status FROM aa_well WHERE v < 0.85",
        before,
        who5,
        after,
        who5);
    Sql.update(
        c,
        "INSERT INTO survey_score (response_id, scale, score)"
            + " SELECT sr.id, sc.scale, CASE sc.scale WHEN 'raw' THEN r.raw ELSE 4 * r.raw END"
            + " FROM survey_response sr CROSS JOIN LATERAL (SELECT floor(random() * 26)::int AS raw) r"
            + " CROSS JOIN (VALUES ('raw'), ('percent')) sc(scale) WHERE sr.campaign_id IN (?, ?)",
        before,
        after);
    if (pss10 != 0) {
      long pssBefore =
          Sql.number(
              c,
              "INSERT INTO campaign (questionnaire_id, phase, format, weeks_after, title, created_at, created_by)"
                  + " VALUES (?, 'BEFORE', 'CONFERENCE', 0, 'AA stress avant', now(), 'test') RETURNING id",
              pss10);
      Sql.update(
          c,
          "WITH made AS (INSERT INTO survey_response (campaign_id, questionnaire_id, pseudonym, submitted,"
              + " submitted_on, respondent_status)"
              + " SELECT ?, ?, md5('p' || account_id) || md5(account_id || 'p'), true, day, status"
              + " FROM aa_well WHERE v > 0.6 RETURNING id)"
              + " INSERT INTO survey_score (response_id, scale, score)"
              + " SELECT id, 'total', floor(random() * 41) FROM made",
          pssBefore,
          pss10);
    }
  }
}
