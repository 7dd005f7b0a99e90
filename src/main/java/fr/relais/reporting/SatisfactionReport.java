package fr.relais.reporting;

import fr.relais.kernel.Disclosure;
import fr.relais.survey.ClientOpinion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The satisfaction dashboard: hot and cold answers per format, theme, trainer and session —
 * response rates, a score out of 5 (Likert items, whatever their number of steps), objectives
 * reached (items marked "objectives", agreed or fully agreed) and the 0–10 recommendation — and the
 * anonymous comments. One query gives the figures per session; groups add them up.
 */
@Stateless
public class SatisfactionReport {

  static final String BY_FORMAT = "satisfaction-by-format";
  static final String BY_THEME = "satisfaction-by-theme";
  static final String BY_TRAINER = "satisfaction-by-trainer";
  static final String BY_SESSION = "satisfaction-by-session";
  static final String COMMENTS = "satisfaction-comments";
  static final String BY_AUDIENCE = "satisfaction-by-audience";
  static final String CLIENT_COMMENTS = "satisfaction-client-comments";

  @Inject private ReportRepository queries;

  /**
   * The columns of the tables by format and by audience, in their order: the hot survey's (people
   * of group 0, those who answered it) then the cold one's (group 1).
   */
  enum GroupColumn {
    HOT_RESPONSES("hotResponses", 0),
    HOT_RATE("hotRate", 0),
    HOT_SCORE("hotScore", 0),
    OBJECTIVES("objectives", 0),
    RECOMMEND("recommend", 0),
    COLD_RESPONSES("coldResponses", 1),
    COLD_SCORE("coldScore", 1);

    /** The totals the dashboard puts first. */
    static final Set<GroupColumn> HEADLINES =
        EnumSet.of(HOT_RESPONSES, HOT_RATE, HOT_SCORE, OBJECTIVES, COLD_RESPONSES, COLD_SCORE);

    private final String key;
    private final int group;

    GroupColumn(String key, int group) {
      this.key = key;
      this.group = group;
    }
  }

  public Dashboard build(ReportFilter filter, Locale locale, Clearance clearance) {
    filter.checked();
    queries.roomToAggregate();
    Labels labels = new Labels(locale);
    List<SessionAnswers> sessions = sessions(filter, locale);
    ReportTable formats =
        table(
            BY_FORMAT,
            labels,
            clearance,
            sessions,
            s -> List.of(labels.value("Format", s.format())));
    ReportTable themes = table(BY_THEME, labels, clearance, sessions, s -> List.of(s.theme()));
    ReportTable trainers = table(BY_TRAINER, labels, clearance, sessions, SessionAnswers::trainers);
    ReportTable perSession =
        table(BY_SESSION, labels, clearance, sessions, s -> List.of(s.label()));
    Answers all = Answers.sum(sessions);
    ReportTable comments =
        comments(
            COMMENTS,
            "report.satisfaction.comments",
            "'HOT', 'COLD'",
            filter,
            labels,
            clearance,
            all.hot().n() + all.cold().n());
    Phase clients = clients(filter);
    ReportTable audiences = audiences(labels, clearance, all.hot(), clients);
    ReportTable clientComments =
        comments(
            CLIENT_COMMENTS,
            "report.satisfaction.clientComments",
            "'CLIENT'",
            filter,
            labels,
            clearance,
            clients.n());
    List<Dashboard.Headline> headlines = new ArrayList<>();
    if (formats.total() != null) {
      ReportTable.Row total = formats.total();
      for (GroupColumn column : GroupColumn.HEADLINES) {
        int at = column.ordinal();
        headlines.add(new Dashboard.Headline(formats.columns().get(at), total.figure(at)));
      }
    }
    return new Dashboard(
        labels.get("report.satisfaction.title"),
        headlines,
        List.of(
            new Dashboard.Section(formats, Chart.of(formats, Chart.Type.BAR, 2, 6)),
            new Dashboard.Section(audiences, null),
            new Dashboard.Section(themes, null),
            new Dashboard.Section(trainers, null),
            new Dashboard.Section(perSession, null),
            new Dashboard.Section(comments, null),
            new Dashboard.Section(clientComments, null)),
        all.hot().n() + all.cold().n() + clients.n() == 0);
  }

  private ReportTable table(
      String id,
      Labels labels,
      Clearance clearance,
      List<SessionAnswers> sessions,
      Function<SessionAnswers, List<String>> groups) {
    Map<String, List<SessionAnswers>> grouped = new LinkedHashMap<>();
    for (SessionAnswers s : sessions) {
      for (String group : groups.apply(s)) {
        grouped.computeIfAbsent(group, g -> new ArrayList<>()).add(s);
      }
    }
    ReportTable.Builder table =
        ReportTable.builder(
            id,
            labels.get("report." + id.replace('-', '.')),
            labels.get("report." + id.replace('-', '.') + ".group"));
    for (GroupColumn column : GroupColumn.values()) {
      table.column(labels.get("report.satisfaction." + column.key), column.group);
    }
    grouped.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              Answers answers = Answers.sum(e.getValue());
              table.row(e.getKey(), answers.people(), answers.figures());
            });
    if (!grouped.isEmpty()) {
      Answers all = Answers.sum(sessions);
      table.total(labels.get("report.total"), all.people(), all.figures());
    }
    return table.build(clearance);
  }

  /**
   * The participants' hot answers beside the establishments' (the clients', Qualiopi indicator 30):
   * each audience its own row, of its own respondents; no total (they answer different questions).
   */
  private static ReportTable audiences(
      Labels labels, Clearance clearance, Phase participants, Phase clients) {
    ReportTable.Builder table =
        ReportTable.builder(
                BY_AUDIENCE,
                labels.get("report.satisfaction.by.audience"),
                labels.get("report.satisfaction.by.audience.group"))
            .column(labels.get("report.satisfaction.responses"), 0)
            .column(labels.get("report.satisfaction.rate"), 0)
            .column(labels.get("report.satisfaction.score"), 0)
            .column(labels.get("report.satisfaction.rebook"), 0);
    table.row(
        labels.get("report.satisfaction.audience.participants"),
        new long[] {participants.n()},
        List.of(
            Figure.count(participants.n()),
            Figure.share(participants.n(), participants.invited()),
            participants.score(),
            Figure.none(Figure.Kind.PERCENT)));
    table.row(
        labels.get("report.satisfaction.audience.clients"),
        new long[] {clients.n()},
        List.of(
            Figure.count(clients.n()),
            Figure.share(clients.n(), clients.invited()),
            clients.score(),
            // "would book again": objectives' fields hold its yes and its answers
            Figure.share(clients.objectivesReached(), clients.objectivesAsked())));
    return table.build(clearance);
  }

  /**
   * The establishments' answers of the period's held sessions, summed: responses, the Likert score
   * out of 5 (without "would book again"), the share answering its upper half, invitations.
   */
  static ReportQuery clientsQuery(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String scope = ReportSql.scope(filter, p);
    String respondent = audience(filter, p);
    String rebook = "'" + ClientOpinion.REBOOK + "'";
    String sql =
        """
        WITH %s, cl AS (SELECT count(DISTINCT sr.id) AS n,
        sum(1 + 4.0 * (sa.number_value - ch.lo) / NULLIF(ch.hi - ch.lo, 0))
          FILTER (WHERE qi.type = 'LIKERT' AND qi.scale IS DISTINCT FROM %s) AS ls,
        count(*) FILTER (WHERE qi.type = 'LIKERT' AND ch.hi > ch.lo
          AND qi.scale IS DISTINCT FROM %s) AS lc,
        count(*) FILTER (WHERE qi.scale = %s
          AND sa.number_value >= ch.lo + 0.5 * (ch.hi - ch.lo)) AS ys,
        count(*) FILTER (WHERE qi.scale = %s) AS yc
        FROM survey_response sr
        JOIN campaign c ON c.id = sr.campaign_id AND c.phase = 'CLIENT'
        JOIN scope ON scope.id = sr.session_id AND scope.status = 'COMPLETED'
        JOIN survey_answer sa ON sa.response_id = sr.id AND sa.number_value IS NOT NULL
        JOIN questionnaire_item qi ON qi.id = sa.item_id
        LEFT JOIN (SELECT item_id, min(value) AS lo, max(value) AS hi FROM item_choice
          GROUP BY item_id) ch ON ch.item_id = qi.id
        WHERE sr.submitted%s)
        SELECT cl.n, cl.ls, cl.lc, cl.ys, cl.yc,
        (SELECT count(*) FROM survey_invitation i JOIN campaign c ON c.id = i.campaign_id
          AND c.phase = 'CLIENT' JOIN scope ON scope.id = i.session_id
          AND scope.status = 'COMPLETED') AS invited FROM cl
        """
            .formatted(scope, rebook, rebook, rebook, rebook, respondent);
    return new ReportQuery("satisfaction-clients", sql, p.parameters());
  }

  /**
   * The row of {@link #clientsQuery}: responses, Likert sum and count, "would book again" yes and
   * asked, invitations.
   */
  record ClientsRow(long n, double ls, long lc, long ys, long yc, long invited) {}

  private Phase clients(ReportFilter filter) {
    ClientsRow r = queries.records(clientsQuery(filter), ClientsRow.class).get(0);
    return new Phase(r.n(), r.ls(), r.lc(), r.ys(), r.yc(), 0, 0, r.invited());
  }

  private ReportTable comments(
      String id,
      String titleKey,
      String phases,
      ReportFilter filter,
      Labels labels,
      Clearance clearance,
      long respondents) {
    ReportTable.Builder table =
        ReportTable.builder(id, labels.get(titleKey), labels.get("report.satisfaction.comment"))
            .column(labels.get("report.satisfaction.times"));
    if (!Disclosure.showable(respondents)) {
      return table.build(clearance);
    }
    for (Comment c : queries.records(commentsQuery(id, phases, filter), Comment.class)) {
      table.row("« " + c.text() + " »", List.of(Figure.count(c.times())));
    }
    return table.build(clearance);
  }

  /** A comment and how many times it was written. */
  record Comment(String text, long times) {}

  /** The 30 most frequent comments of the phases (a SQL list of quoted names). */
  static ReportQuery commentsQuery(String id, String phases, ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        """
        WITH %s
        SELECT sa.text_value AS text, count(*) AS times FROM survey_answer sa
        JOIN survey_response sr ON sr.id = sa.response_id AND sr.submitted
        JOIN campaign c ON c.id = sr.campaign_id AND c.phase IN (%s)
        JOIN scope ON scope.id = sr.session_id AND scope.status = 'COMPLETED'
        WHERE sa.text_value IS NOT NULL%s
        GROUP BY sa.text_value ORDER BY count(*) DESC, 1 LIMIT 30
        """
            .formatted(ReportSql.scope(filter, p), phases, audience(filter, p));
    return new ReportQuery(id, sql, p.parameters());
  }

  /** Answers are pseudonymous: of the people filters, only professional / student applies. */
  private static String audience(ReportFilter filter, SqlWhere p) {
    SqlWhere own = new SqlWhere().andIf(filter.audience(), "sr.respondent_status = ?");
    p.then(own);
    return own.toString();
  }

  /** Per held session of the period: its hot and cold answers' sums and its invitations. */
  static ReportQuery sessionsQuery(ReportFilter filter, Locale locale) {
    SqlWhere p = new SqlWhere();
    String scope = ReportSql.scope(filter, p);
    String respondent = audience(filter, p);
    String sql =
        """
        WITH %s
        -- Per response first, then per session: no count(DISTINCT …), hence no sort of the
        -- answers of the year (issue 21); the sums are exact (numeric and bigint), so unchanged.
        , ans AS (SELECT sr.session_id, c.phase,
        sum(1 + 4.0 * (sa.number_value - ch.lo) / NULLIF(ch.hi - ch.lo, 0))
          FILTER (WHERE qi.type = 'LIKERT') AS ls,
        count(*) FILTER (WHERE qi.type = 'LIKERT' AND ch.hi > ch.lo) AS lc,
        count(*) FILTER (WHERE qi.scale = 'objectives'
          AND sa.number_value >= ch.lo + 0.75 * (ch.hi - ch.lo)) AS os,
        count(*) FILTER (WHERE qi.scale = 'objectives') AS oc,
        sum(sa.number_value) FILTER (WHERE qi.type = 'RATING') AS rs,
        count(*) FILTER (WHERE qi.type = 'RATING') AS rc
        FROM survey_response sr
        JOIN campaign c ON c.id = sr.campaign_id AND c.phase IN ('HOT', 'COLD')
        JOIN scope ON scope.id = sr.session_id AND scope.status = 'COMPLETED'
        JOIN survey_answer sa ON sa.response_id = sr.id AND sa.number_value IS NOT NULL
        JOIN questionnaire_item qi ON qi.id = sa.item_id
        LEFT JOIN (SELECT item_id, min(value) AS lo, max(value) AS hi FROM item_choice
          GROUP BY item_id) ch ON ch.item_id = qi.id
        WHERE sr.submitted%s
        GROUP BY sr.id, sr.session_id, c.phase),
        agg AS (SELECT session_id, phase, count(*) AS n, sum(ls) AS ls,
        sum(lc)::bigint AS lc, sum(os)::bigint AS os, sum(oc)::bigint AS oc,
        sum(rs)::bigint AS rs, sum(rc)::bigint AS rc
        FROM ans GROUP BY session_id, phase),
        -- Invitations counted session by session (survey_invitation_session_idx, V26): the
        -- those of the period, not a scan of all years.
        inv AS (SELECT scope.id AS session_id, n.phase, n.invited FROM scope
        CROSS JOIN LATERAL (SELECT c.phase, count(*) AS invited FROM survey_invitation i
          JOIN campaign c ON c.id = i.campaign_id AND c.phase IN ('HOT', 'COLD')
          WHERE i.session_id = scope.id GROUP BY c.phase) n
        WHERE scope.status = 'COMPLETED'),
        -- The held sessions, their answers and their invitations as rows of one set, grouped
        -- once per session (at most one row of each kind and phase, so a sum is the value of
        -- that row, null when there is none, as the left joins of before gave). Joining the
        -- aggregates to the sessions instead let the planner, misled by the estimates of the
        -- CTEs, rescan one for every session: quadratic (issue 21).
        facts AS (SELECT scope.id AS session_id, 0 AS kind, NULL AS phase,
          scope.title, scope.starts_at, scope.format,
          CASE WHEN ? THEN th.name_fr ELSE coalesce(th.name_en, th.name_fr) END AS theme,
          (SELECT string_agg(t.first_name || ' ' || t.last_name, '|' ORDER BY t.last_name)
            FROM session_trainer st JOIN account t ON t.id = st.account_id
            WHERE st.session_id = scope.id) AS trainers,
          NULL::bigint AS n, NULL::numeric AS ls, NULL::bigint AS lc, NULL::bigint AS os,
          NULL::bigint AS oc, NULL::bigint AS rs, NULL::bigint AS rc, NULL::bigint AS invited
          FROM scope JOIN theme th ON th.id = scope.theme_id WHERE scope.status = 'COMPLETED'
        UNION ALL SELECT session_id, 1, phase, NULL, NULL, NULL, NULL, NULL,
          n, ls, lc, os, oc, rs, rc, NULL FROM agg
        UNION ALL SELECT session_id, 2, phase, NULL, NULL, NULL, NULL, NULL,
          NULL, NULL, NULL, NULL, NULL, NULL, NULL, invited FROM inv)
        SELECT session_id, max(title) AS title, max(starts_at) AS starts_at,
        max(format) AS format, max(theme) AS theme, max(trainers) AS trainers,
        sum(n) FILTER (WHERE kind = 1 AND phase = 'HOT')::bigint AS hot_n,
        sum(ls) FILTER (WHERE kind = 1 AND phase = 'HOT') AS hot_ls,
        sum(lc) FILTER (WHERE kind = 1 AND phase = 'HOT')::bigint AS hot_lc,
        sum(os) FILTER (WHERE kind = 1 AND phase = 'HOT')::bigint AS hot_os,
        sum(oc) FILTER (WHERE kind = 1 AND phase = 'HOT')::bigint AS hot_oc,
        sum(rs) FILTER (WHERE kind = 1 AND phase = 'HOT')::bigint AS hot_rs,
        sum(rc) FILTER (WHERE kind = 1 AND phase = 'HOT')::bigint AS hot_rc,
        sum(invited) FILTER (WHERE kind = 2 AND phase = 'HOT')::bigint AS hot_invited,
        sum(n) FILTER (WHERE kind = 1 AND phase = 'COLD')::bigint AS cold_n,
        sum(ls) FILTER (WHERE kind = 1 AND phase = 'COLD') AS cold_ls,
        sum(lc) FILTER (WHERE kind = 1 AND phase = 'COLD')::bigint AS cold_lc,
        sum(invited) FILTER (WHERE kind = 2 AND phase = 'COLD')::bigint AS cold_invited
        FROM facts GROUP BY session_id HAVING bool_or(kind = 0) ORDER BY 3
        """
            .formatted(scope, respondent);
    p.value(Locale.FRENCH.getLanguage().equals(locale.getLanguage()));
    return new ReportQuery(BY_SESSION, sql, p.parameters());
  }

  /**
   * A row of {@link #sessionsQuery}: a held session and its hot and cold answers' sums (ls, lc:
   * Likert sum and count; os, oc: objectives reached and asked; rs, rc: ratings), invitations.
   */
  record SessionRow(
      long sessionId,
      String title,
      Instant startsAt,
      String format,
      String theme,
      String trainers,
      long hotN,
      double hotLs,
      long hotLc,
      long hotOs,
      long hotOc,
      double hotRs,
      long hotRc,
      long hotInvited,
      long coldN,
      double coldLs,
      long coldLc,
      long coldInvited) {}

  private List<SessionAnswers> sessions(ReportFilter filter, Locale locale) {
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern("d MMM yyyy", locale).withZone(ZoneId.of("Europe/Paris"));
    List<SessionAnswers> sessions = new ArrayList<>();
    for (SessionRow r : queries.records(sessionsQuery(filter, locale), SessionRow.class)) {
      sessions.add(
          new SessionAnswers(
              r.title() + " – " + day.format(r.startsAt()),
              r.format(),
              r.theme(),
              r.trainers() == null ? List.of() : List.of(r.trainers().split("\\|")),
              new Phase(
                  r.hotN(),
                  r.hotLs(),
                  r.hotLc(),
                  r.hotOs(),
                  r.hotOc(),
                  r.hotRs(),
                  r.hotRc(),
                  r.hotInvited()),
              new Phase(r.coldN(), r.coldLs(), r.coldLc(), 0, 0, 0, 0, r.coldInvited())));
    }
    return sessions;
  }

  /** Sums for one phase (hot or cold): responses, score sums and counts, invitations. */
  record Phase(
      long n,
      double likertSum,
      long likertCount,
      long objectivesReached,
      long objectivesAsked,
      double ratingSum,
      long ratingCount,
      long invited) {

    Phase plus(Phase o) {
      return new Phase(
          n + o.n,
          likertSum + o.likertSum,
          likertCount + o.likertCount,
          objectivesReached + o.objectivesReached,
          objectivesAsked + o.objectivesAsked,
          ratingSum + o.ratingSum,
          ratingCount + o.ratingCount,
          invited + o.invited);
    }

    Figure score() {
      return Figure.decimal(likertCount == 0 ? null : likertSum / likertCount);
    }

    Figure rating() {
      return Figure.decimal(ratingCount == 0 ? null : ratingSum / ratingCount);
    }
  }

  record SessionAnswers(
      String label, String format, String theme, List<String> trainers, Phase hot, Phase cold) {}

  record Answers(Phase hot, Phase cold) {

    static Answers sum(List<SessionAnswers> sessions) {
      Phase none = new Phase(0, 0, 0, 0, 0, 0, 0, 0);
      Phase hot = none;
      Phase cold = none;
      for (SessionAnswers s : sessions) {
        hot = hot.plus(s.hot());
        cold = cold.plus(s.cold());
      }
      return new Answers(hot, cold);
    }

    long[] people() {
      return new long[] {hot.n(), cold.n()};
    }

    List<Figure> figures() {
      return List.of(
          Figure.count(hot.n()),
          Figure.share(hot.n(), hot.invited()),
          hot.score(),
          Figure.share(hot.objectivesReached(), hot.objectivesAsked()),
          hot.rating(),
          Figure.count(cold.n()),
          cold.score());
    }
  }
}
