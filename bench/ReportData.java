import fr.relais.scheduling.FrenchHolidays;
import fr.relais.survey.CbiScoring;
import fr.relais.survey.Pss10Scoring;
import fr.relais.survey.Who5Scoring;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark data for the reports: three years of history, at {@code scale} times the
 * association's real size, written into a Relais database that the app has already migrated and
 * seeded in demo mode. Not part of the test suite.
 *
 * <p><b>What one unit of scale is</b> (the association over three years): 2,000 participants, 600
 * sessions, 20,000 registrations, 10,000 survey responses. Scale 10 is 20,000 participants, 6,000
 * sessions, 200,000 registrations (about 190,000 attendance lines and 150,000 certificates) and
 * 100,000 responses (about 500,000 answers), in about half a minute. Calling {@link #fill} again
 * with the same first day adds to what is there (scale 1, then 9 more, is scale 10): accounts,
 * slots and wellbeing invitations continue where the previous call stopped.
 *
 * <p><b>How</b>: set-based SQL only, a few statements per table ({@code INSERT … SELECT} over
 * {@code generate_series} and small plan tables, {@code TEMP … ON COMMIT DROP}), in one transaction
 * that is rolled back whole if any constraint refuses a row, then {@code ANALYZE}. Ids come from
 * the tables' own sequences (so the app can go on inserting), the randomness from {@code random()}
 * seeded per call (reproducible as long as the plans are).
 *
 * <p><b>What and why</b>:
 *
 * <ul>
 *   <li><b>Participants</b> ({@code bench.pN@relais.test}, role PARTICIPANT, the demo
 *       participant's password hash, so they could sign in): 30 % students (as in the demo),
 *       professions, workplaces and regions drawn from weights that look like the association's
 *       public (nurses and nursing assistants first; Île-de-France and Occitanie, where the two
 *       Maisons des soignants are, over-represented); students study a health profession at a
 *       school or university. An account is dated shortly before its first registration, so "new
 *       participants per year" has something to count.
 *   <li><b>Sessions</b> use the demo's activities (all five formats), rooms and trainers. Each
 *       gets its own slot, so the room and trainer exclusion constraints can never fire: a slot is
 *       (working day, lane, part of day), a lane is one trainer with rooms of its own (rooms are
 *       dealt round the lanes), the parts are a day slot (09:00, or 09:30 for JADES; at most 8 h)
 *       and an evening slot (18:00, 18:30 for talk groups; at most 3 h), which never overlap.
 *       Working days are Monday to Friday minus French public holidays (the association does not
 *       work then), so scale 10 fills about 80 % of the slots and scale 12 is the most three
 *       years hold. Session k takes slot (k × stride) mod slots, with the stride near the golden
 *       ratio of the slot count and prime to it: any prefix of sessions is spread evenly over the
 *       three years, lanes and parts, and a later call's sessions (numbered on) land in free
 *       slots. Day slots hold JADES 25 %, trainings 50 %, eJADES 25 %; evening ones eJADES 60 %,
 *       talk groups 25 %, conferences 15 % (about 43 % eJADES overall, the association's
 *       mainstay). eJADES are online, JADES on site, trainings and talk groups mixed, conferences
 *       online or hybrid in the lane's largest room; online capacities are the activity's default
 *       times a factor (conferences ≈ 200), on-site ones are capped by the room (the
 *       session_fits_room trigger), hybrid ones are the room's. eJADES and trainings open to all
 *       keep a fifth of their seats for students. 4 % are CANCELLED (with a reason), the rest
 *       COMPLETED.
 *   <li><b>Registrations</b>: a session's demand is its capacity times a factor between 0.5 and
 *       1.3, scaled so the total is the target; so most sessions are nearly full, the popular
 *       ones keep a waitlist. People are drawn from the participants the activity's audience
 *       admits, without repeats (offset + i × a prime larger than the pool, mod the pool), so the
 *       one-live-registration-per-person index holds. 8 % cancel before the session; the others,
 *       in registration order, get seats exactly as the app's seat keeper gives them (students
 *       take a student seat while there is one, then compete for general seats), the rest stay
 *       WAITLISTED. The session's seat counters are then the counts of CONFIRMED by seat kind,
 *       which is checked before commit. A cancelled session's registrations are all cancelled "by
 *       the association".
 *   <li><b>Attendance</b> (confirmed registrations of completed sessions, one line per half-day,
 *       two when a session runs past 13:00 Paris time, marked by hand by the trainer): 78 %
 *       present, 8 % late, 7 % excused, 7 % absent (near the demo's own rates); a few of those
 *       present in the morning miss the afternoon. Everyone present at least one half-day gets a
 *       certificate (as the app does at completion); that is who the satisfaction surveys ask.
 *   <li><b>Surveys</b>: 60 % of responses hot satisfaction, 20 % cold, 20 % wellbeing, drawn at
 *       random among those invited (cold answers lean towards people who answered hot). Every
 *       attendee is invited to both satisfaction campaigns; everyone given a seat in a format that
 *       has a wellbeing campaign is invited before and after, once per campaign (as the app
 *       does). Wellbeing is WHO-5 on eJADES (the demo's campaigns) and, so that every instrument
 *       and its scores are reported, PSS-10 on trainings and CBI on JADES (campaigns added, titled
 *       "Bench – …" and inactive so that they send nothing); half the wellbeing responses are
 *       WHO-5. Four in five wellbeing responses are before/after pairs under the same
 *       pseudonym, after a little better on average (+0.07 on a 0–1 latent scale: WHO-5 about
 *       +8 percentage points, PSS-10 −4, CBI −9), the rest unpaired. Answers are drawn around a
 *       per-response latent level (satisfaction mostly high), for every item, within its choices
 *       or range; one comment in eight. Scores use the app's scale names (WHO5 raw and percent, PSS10 total, CBI personal,
 *       work and patient) and rules (reversed items, CBI as a mean). Pseudonyms are
 *       md5(account:a) || md5(account:b): 64 hex digits, stable per account, but not the app's
 *       keyed hash, so a bench participant who signed in would not see these answers as theirs.
 * </ul>
 *
 * <p>Preconditions, checked: the three years are over. Sessions the bench did not make (the demo's
 * last closed year) may lie in them: their days are left out of the bench's slots. Beyond scale 12,
 * {@link #lanesFor} first adds trainers (lanes) so the slots hold the sessions.
 */
final class ReportData {

  static final int YEARS = 3;
  static final int PARTICIPANTS_PER_SCALE = 2_000;
  static final int SESSIONS_PER_SCALE = 600;
  static final int REGISTRATIONS_PER_SCALE = 20_000;
  static final int RESPONSES_PER_SCALE = 10_000;

  static final String EMAIL_PREFIX = "bench.p";
  static final String PASSWORD_FROM = "participante@relais.test";
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  /** Steps through the pool of people; any prime above every pool size keeps a session's picks distinct. */
  private static final long PICK_STEP = 1_000_003;

  /** Rows added by one call, and how long it took (ANALYZE included). */
  record Counts(long participants, long sessions, long registrations, long attendance, long certificates,
      long invitations, long responses, long answers, long scores, long millis) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d participants, %,d sessions, %,d registrations, %,d attendance lines,"
              + " %,d certificates, %,d survey invitations, %,d responses, %,d answers, %,d scores in %.1f s",
          participants, sessions, registrations, attendance, certificates, invitations, responses, answers, scores,
          millis / 1000.0);
    }
  }

  private ReportData() {}

  /** Adds scale × the association's three years, from firstDay on, in one transaction; then ANALYZE. */
  static Counts fill(Connection c, int scale, LocalDate firstDay) throws SQLException {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1");
    }
    long t0 = System.nanoTime();
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    Counts counts;
    try {
      counts = new Fill(c, scale, firstDay).run();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
    long ta = System.nanoTime();
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    }
    System.out.printf("  ANALYZE %,d ms%n", (System.nanoTime() - ta) / 1_000_000);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    counts = new Counts(counts.participants, counts.sessions, counts.registrations, counts.attendance,
        counts.certificates, counts.invitations, counts.responses, counts.answers, counts.scores, millis);
    System.out.println("  filled: " + counts);
    return counts;
  }

  /**
   * Adds bench trainers (bench.tN@relais.test, role TRAINER) until the three years from firstDay
   * hold maxScale × the sessions in at most 85 % of the slots: three years of the demo's trainers
   * hold scale 12. Must run before the first fill, so every fill sees the same lanes (a lane is a
   * trainer; lanes beyond the rooms run online). Returns the trainers added.
   */
  static long lanesFor(Connection c, int maxScale, LocalDate firstDay) throws SQLException {
    Fill probe = new Fill(c, maxScale, firstDay);
    probe.checkRange();
    long days = probe.workingDays().size();
    long trainers = probe.count("SELECT count(*) FROM account a JOIN account_role r ON r.account_id = a.id"
        + " AND r.role = 'TRAINER'");
    long needed = (long) Math.ceil(SESSIONS_PER_SCALE * (double) maxScale / (0.85 * days * 2));
    if (trainers == 0 || needed <= trainers) {
      return 0;
    }
    long made = probe.exec("WITH made AS (INSERT INTO account (email, first_name, last_name, password_hash, status,"
        + " profession, workplace_type, region, language, privacy_consent_at, created_at)"
        + " SELECT 'bench.t' || n || '@relais.test', 'Formateur', 'Banc ' || n, t.password_hash, t.status, t.profession,"
        + " t.workplace_type, t.region, t.language, t.privacy_consent_at, t.created_at"
        + " FROM generate_series(1, ?) n, (SELECT a.* FROM account a JOIN account_role r ON r.account_id = a.id"
        + "   AND r.role = 'TRAINER' ORDER BY a.id LIMIT 1) t RETURNING id)"
        + " INSERT INTO account_role (account_id, role) SELECT id, 'TRAINER' FROM made", needed - trainers);
    System.out.printf("  %d bench trainers added (lanes for scale %d: %d)%n", made, maxScale, needed);
    return made;
  }

  /** One call's work: the steps in order, each a few statements. */
  private static final class Fill {

    private final Connection c;
    private final int scale;
    private final LocalDate firstDay;
    private final OffsetDateTime from;
    private final OffsetDateTime to;
    private long lanes;
    private long slots;
    private long firstSlot;
    private long stride;
    private long foreign;
    private List<String> foreignDays = List.of();

    Fill(Connection c, int scale, LocalDate firstDay) {
      this.c = c;
      this.scale = scale;
      this.firstDay = firstDay;
      this.from = firstDay.atStartOfDay(PARIS).toOffsetDateTime();
      this.to = firstDay.plusYears(YEARS).atStartOfDay(PARIS).toOffsetDateTime();
    }

    Counts run() throws SQLException {
      checkRange();
      exec("SELECT setseed(?)", (scale * 7919L + count("SELECT count(*) FROM session")) % 1000 / 1000.0);
      long participants = step("participants", this::participants);
      step("pool of registrants", this::pool);
      long sessions = step("sessions (planned)", this::sessions);
      long registrations = step("registrations (+ sessions)", this::registrations);
      long attendance = step("attendance", this::attendance);
      long certificates = step("certificates", this::certificates);
      long invitations = step("satisfaction invitations", this::satisfaction);
      invitations += step("wellbeing invitations", this::wellbeing);
      long responses = step("responses", this::responses);
      long answers = step("answers", this::answers);
      long scores = step("scores", this::scores);
      step("account dates", this::stampAccounts);
      checkSeatCounters();
      return new Counts(participants, sessions, registrations, attendance, certificates, invitations, responses,
          answers, scores, 0);
    }

    // ---- preconditions and slots -------------------------------------------------------------

    /**
     * History only. Sessions the bench did not make may lie in the range (the demo seeds the last
     * closed year): their Paris days are left out of the working days, so no bench session shares a
     * day, a room or a trainer with them, and they are not counted as bench slots.
     */
    private void checkRange() throws SQLException {
      if (firstDay.plusYears(YEARS).isAfter(LocalDate.now(PARIS))) {
        throw new IllegalArgumentException("the " + YEARS + " years from " + firstDay + " must be over");
      }
      foreignDays = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT to_char(s.starts_at AT TIME ZONE 'Europe/Paris',"
          + " 'YYYY-MM-DD') FROM session s WHERE s.starts_at >= ? AND s.starts_at < ? AND " + FOREIGN)) {
        ps.setObject(1, from);
        ps.setObject(2, to);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            foreignDays.add(rs.getString(1));
          }
        }
      }
      foreign = count("SELECT count(*) FROM session s WHERE s.starts_at >= ? AND s.starts_at < ? AND " + FOREIGN,
          from, to);
      if (foreign > 0) {
        System.out.printf("  note: %d sessions not made by the bench lie in the range; their %d days are left free%n",
            foreign, foreignDays.size());
      }
    }

    /** A session not made by the bench: no bench participant ever registered to it. */
    private static final String FOREIGN = "NOT EXISTS (SELECT 1 FROM registration r JOIN account a ON a.id = r.account_id"
        + " WHERE r.session_id = s.id AND a.email LIKE '" + EMAIL_PREFIX + "%')";

    /** Lanes (a trainer and rooms of their own), working days, and where this call's sessions start. */
    private void slots() throws SQLException {
      exec("CREATE TEMP TABLE bench_lane ON COMMIT DROP AS"
          + " SELECT (row_number() OVER (ORDER BY a.id) - 1)::int AS lane, a.id AS trainer_id, a.email AS trainer_email"
          + " FROM account a JOIN account_role r ON r.account_id = a.id AND r.role = 'TRAINER'");
      lanes = count("SELECT count(*) FROM bench_lane");
      if (lanes == 0) {
        throw new IllegalStateException("no trainer: is the database demo-seeded?");
      }
      // Rooms dealt round the lanes; idx 0 is a lane's largest room (for hybrid conferences).
      exec("CREATE TEMP TABLE bench_room ON COMMIT DROP AS"
          + " SELECT room_id, site_id, capacity, lane,"
          + " (row_number() OVER (PARTITION BY lane ORDER BY capacity DESC, room_id) - 1)::int AS idx,"
          + " count(*) OVER (PARTITION BY lane)::int AS rooms"
          + " FROM (SELECT r.id AS room_id, r.site_id, r.capacity, ((row_number() OVER (ORDER BY r.id) - 1) % ?)::int AS lane"
          + "       FROM room r JOIN site s ON s.id = r.site_id WHERE NOT r.archived AND NOT s.archived) x", lanes);
      List<String> days = workingDays();
      exec("CREATE TEMP TABLE bench_day ON COMMIT DROP AS"
          + " SELECT (n - 1)::int AS d, day FROM unnest(CAST(? AS date[])) WITH ORDINALITY AS u(day, n)",
          c.createArrayOf("text", days.toArray()));
      slots = days.size() * lanes * 2;
      firstSlot = count("SELECT count(*) FROM session WHERE starts_at >= ? AND starts_at < ?", from, to) - foreign;
      long wanted = (long) SESSIONS_PER_SCALE * scale;
      if (firstSlot + wanted > slots) {
        throw new IllegalArgumentException(String.format("%d + %d sessions do not fit the %d slots of %d years",
            firstSlot, wanted, slots, YEARS));
      }
      stride = (long) (slots * 0.6180339887);
      while (gcd(stride, slots) != 1) {
        stride++;
      }
    }

    private List<String> workingDays() {
      List<String> days = new ArrayList<>();
      for (LocalDate d = firstDay; d.isBefore(firstDay.plusYears(YEARS)); d = d.plusDays(1)) {
        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
            && !FrenchHolidays.isHoliday(d) && !foreignDays.contains(d.toString())) {
          days.add(d.toString());
        }
      }
      return days;
    }

    // ---- people ------------------------------------------------------------------------------

    private long participants() throws SQLException {
      long before = count("SELECT count(*) FROM account WHERE email LIKE '" + EMAIL_PREFIX + "%'");
      long n = (long) PARTICIPANTS_PER_SCALE * scale;
      String hash = text("SELECT password_hash FROM account WHERE email = ?", PASSWORD_FROM);
      String student = "r_status < 0.3";
      // One random number per attribute, drawn once per row (MATERIALIZED) so each CASE sees one value.
      return exec("WITH drawn AS MATERIALIZED ("
          + "  SELECT n, random() AS r_status, random() AS r_profession, random() AS r_workplace,"
          + "         random() AS r_region, random() AS r_created FROM generate_series(?::bigint, ?::bigint) n),"
          + " made AS ("
          + "  INSERT INTO account (email, first_name, last_name, password_hash, status, profession, workplace_type,"
          + "                       region, language, privacy_consent_at, created_at)"
          + "  SELECT '" + EMAIL_PREFIX + "' || n || '@relais.test',"
          + "         " + sqlArray(FIRST_NAMES) + "[1 + n % " + FIRST_NAMES.length + "],"
          + "         " + sqlArray(LAST_NAMES) + "[1 + (n / " + FIRST_NAMES.length + ") % " + LAST_NAMES.length + "],"
          + "         ?, CASE WHEN " + student + " THEN 'STUDENT' ELSE 'PROFESSIONAL' END,"
          + "         CASE WHEN " + student + " THEN " + weighted("r_profession", STUDIES)
          + "              ELSE " + weighted("r_profession", PROFESSIONS) + " END,"
          + "         CASE WHEN " + student + " THEN 'SCHOOL_OR_UNIVERSITY' ELSE " + weighted("r_workplace", WORKPLACES) + " END,"
          + "         " + weighted("r_region", REGIONS) + ","
          + "         CASE WHEN n % 25 = 0 THEN 'EN' ELSE 'FR' END,"
          // Provisional dates: stampAccounts() moves them to just before the first registration.
          + "         CAST(? AS timestamptz) + r_created * (CAST(? AS timestamptz) - CAST(? AS timestamptz)),"
          + "         CAST(? AS timestamptz) + r_created * (CAST(? AS timestamptz) - CAST(? AS timestamptz))"
          + "  FROM drawn RETURNING id)"
          + " INSERT INTO account_role (account_id, role) SELECT id, 'PARTICIPANT' FROM made",
          before + 1, before + n, hash, from, to, from, from, to, from);
    }

    /** Who may register, per audience, in a random order (a session takes a run of it). */
    private long pool() throws SQLException {
      exec("CREATE TEMP TABLE bench_pool ON COMMIT DROP AS"
          + " SELECT x.aud, (row_number() OVER (PARTITION BY x.aud ORDER BY random()) - 1)::int AS idx,"
          + "        a.id AS account_id, a.status, a.email"
          + " FROM account a CROSS JOIN (VALUES ('ALL'), ('STUDENTS'), ('PROFESSIONALS')) x(aud)"
          + " WHERE a.email LIKE '" + EMAIL_PREFIX + "%'"
          + "   AND (x.aud = 'ALL' OR (x.aud = 'STUDENTS') = (a.status = 'STUDENT'))");
      exec("CREATE INDEX ON bench_pool (aud, idx)");
      exec("CREATE TEMP TABLE bench_pool_size ON COMMIT DROP AS SELECT aud, count(*)::int AS n FROM bench_pool GROUP BY aud");
      if (count("SELECT coalesce(max(n), 0) FROM bench_pool_size") >= PICK_STEP) {
        throw new IllegalStateException("more participants than the pick step allows");
      }
      return count("SELECT count(*) FROM bench_pool");
    }

    // ---- sessions ----------------------------------------------------------------------------

    private long sessions() throws SQLException {
      slots();
      activities();
      planSessions();
      return count("SELECT count(*) FROM bench_session");
    }

    /**
     * The activities a part of day may hold, each with the upper end of its share of [0, 1): a
     * format's weight split evenly between its activities. Exact numerics, so the last upper end is 1.
     */
    private void activities() throws SQLException {
      exec("CREATE TEMP TABLE bench_activity ON COMMIT DROP AS"
          + " SELECT part, id AS activity_id, format, audience, duration_minutes, default_capacity,"
          + "        sum(share) OVER (PARTITION BY part ORDER BY format, id) / sum(share) OVER (PARTITION BY part) AS upto"
          + " FROM (SELECT w.part, a.*, w.weight::numeric / count(*) OVER (PARTITION BY w.part, a.format) AS share"
          + "       FROM activity a JOIN (VALUES (0, 'JADES', 25), (0, 'TRAINING', 50), (0, 'EJADES', 25),"
          + "                                    (1, 'EJADES', 60), (1, 'TALK_GROUP', 25), (1, 'CONFERENCE', 15))"
          + "                     AS w(part, format, weight) ON w.format = a.format"
          // Day slots start at 09:00 or 09:30 and must end before the evening's 18:00.
          + "       WHERE NOT a.archived AND a.duration_minutes <= CASE w.part WHEN 0 THEN 480 ELSE 180 END) x");
      if (count("SELECT count(DISTINCT part) FROM bench_activity") < 2) {
        throw new IllegalStateException("the demo's activities are missing: is the database demo-seeded?");
      }
    }

    /** Slot, activity, mode, room and seats of each new session; status and seat counters follow. */
    private void planSessions() throws SQLException {
      long wanted = (long) SESSIONS_PER_SCALE * scale;
      exec("CREATE TEMP TABLE bench_slot ON COMMIT DROP AS"
          + " WITH slot AS MATERIALIZED ("
          + "   SELECT k, (k * ?::bigint) % ?::bigint AS p, random() AS u_activity, random() AS u_mode,"
          + "          random() AS u_room, random() AS u_cancel, random() AS u_fill, random() AS u_offset"
          + "   FROM generate_series(?::bigint, ?::bigint) k)"
          + " SELECT s.*, dd.day, l.lane, l.trainer_id, l.trainer_email, a.activity_id, a.format, a.audience,"
          + "        a.duration_minutes, a.default_capacity, coalesce(rc.rooms, 0) AS lane_rooms, (s.p % 2)::int AS part"
          + " FROM slot s"
          + " JOIN bench_day dd ON dd.d = s.p / (2 * ?)"
          + " JOIN bench_lane l ON l.lane = (s.p / 2) % ?"
          + " LEFT JOIN (SELECT lane, max(rooms) AS rooms FROM bench_room GROUP BY lane) rc ON rc.lane = l.lane"
          + " JOIN LATERAL (SELECT * FROM bench_activity x WHERE x.part = s.p % 2 AND x.upto > s.u_activity"
          + "               ORDER BY x.upto LIMIT 1) a ON true",
          stride, slots, firstSlot, firstSlot + wanted - 1, lanes, lanes);
      exec("CREATE TEMP TABLE bench_session ON COMMIT DROP AS"
          + " SELECT nextval(pg_get_serial_sequence('session', 'id')) AS id, y.*,"
          + "        CASE WHEN audience = 'ALL' AND format IN ('EJADES', 'TRAINING') THEN capacity / 5 ELSE 0 END AS student_seats,"
          + "        capacity * (0.5 + 0.8 * u_fill) AS demand, 0 AS wanted, 0 AS pool_offset,"
          + "        0 AS confirmed_general, 0 AS confirmed_students"
          + " FROM (SELECT x.*, r.room_id, r.site_id,"
          + "         (x.day + CASE WHEN x.part = 0 THEN CASE x.format WHEN 'JADES' THEN time '09:30' ELSE time '09:00' END"
          + "                       ELSE CASE x.format WHEN 'TALK_GROUP' THEN time '18:30' ELSE time '18:00' END END)"
          + "           AT TIME ZONE 'Europe/Paris' AS starts_at,"
          + "         CASE x.mode WHEN 'ONLINE' THEN round(x.default_capacity * CASE x.format WHEN 'EJADES' THEN 2.25"
          + "                                     WHEN 'CONFERENCE' THEN 3.3 WHEN 'TRAINING' THEN 1.5 WHEN 'TALK_GROUP' THEN 1.2"
          + "                                     ELSE 1 END)::int"
          + "                     WHEN 'HYBRID' THEN r.capacity ELSE least(r.capacity, x.default_capacity) END AS capacity,"
          + "         CASE WHEN x.u_cancel < 0.04 THEN 'CANCELLED' ELSE 'COMPLETED' END AS status,"
          + "         CASE WHEN x.u_cancel < 0.04 THEN " + sqlArray(CANCEL_REASONS)
          + "                                 [1 + floor(x.u_cancel / 0.04 * " + CANCEL_REASONS.length + ")::int] END AS cancel_reason"
          + "       FROM (SELECT b.*, " + MODE + " AS mode FROM bench_slot b) x"
          + "       LEFT JOIN bench_room r ON x.mode <> 'ONLINE' AND r.lane = x.lane"
          + "         AND r.idx = CASE WHEN x.format = 'CONFERENCE' THEN 0 ELSE floor(x.u_room * x.lane_rooms)::int END) y"
          + " ORDER BY k");
      exec("ALTER TABLE bench_session ADD COLUMN ends_at timestamptz");
      exec("UPDATE bench_session SET ends_at = starts_at + duration_minutes * interval '1 minute'");
      // Demand scaled so that the registrations add up to the target, within what the audience holds.
      exec("UPDATE bench_session s SET wanted = least(z.n, greatest(3, round(s.demand * k.factor)))::int,"
          + " pool_offset = floor(s.u_offset * z.n)::int"
          + " FROM bench_pool_size z, (SELECT ?::float8 / sum(demand) AS factor FROM bench_session) k"
          + " WHERE z.aud = s.audience", (double) REGISTRATIONS_PER_SCALE * scale);
    }

    /** eJADES online; JADES on site; the rest mixed; online whenever the lane has no room. */
    private static final String MODE = "CASE WHEN b.format = 'EJADES' OR b.lane_rooms = 0 THEN 'ONLINE'"
        + " WHEN b.format = 'JADES' THEN 'ON_SITE'"
        + " WHEN b.format = 'CONFERENCE' THEN CASE WHEN b.u_mode < 0.3 THEN 'HYBRID' ELSE 'ONLINE' END"
        + " WHEN b.format = 'TRAINING' THEN CASE WHEN b.u_mode < 0.6 THEN 'ON_SITE' WHEN b.u_mode < 0.75 THEN 'HYBRID' ELSE 'ONLINE' END"
        + " ELSE CASE WHEN b.u_mode < 0.5 THEN 'ON_SITE' ELSE 'ONLINE' END END";

    // ---- registrations -----------------------------------------------------------------------

    private long registrations() throws SQLException {
      planRegistrations();
      exec("UPDATE bench_session s SET confirmed_general = x.g, confirmed_students = x.st"
          + " FROM (SELECT session_id, count(*) FILTER (WHERE seat = 'GENERAL')::int AS g,"
          + "              count(*) FILTER (WHERE seat = 'STUDENT')::int AS st"
          + "       FROM bench_registration GROUP BY session_id) x WHERE x.session_id = s.id");
      insertSessions();
      return exec("INSERT INTO registration (id, session_id, account_id, status, seat, rank, registered_at, confirmed_at,"
          + " cancelled_at, cancelled_by, cancel_reason)"
          + " SELECT r.id, r.session_id, r.account_id, r.status, r.seat, r.rank, r.registered_at,"
          + "        CASE WHEN r.seat IS NOT NULL THEN r.registered_at END,"
          + "        CASE WHEN r.session_status = 'CANCELLED' THEN r.starts_at - interval '3 days'"
          + "             WHEN r.status = 'CANCELLED' THEN r.registered_at + r.u_when * (r.starts_at - interval '1 day' - r.registered_at) END,"
          + "        CASE WHEN r.session_status = 'CANCELLED' THEN 'association' WHEN r.status = 'CANCELLED' THEN r.email END,"
          + "        CASE WHEN r.session_status = 'CANCELLED' THEN r.session_reason END"
          + " FROM bench_registration r ORDER BY r.id");
    }

    /**
     * Who registers, in which order, and what they got: the seat keeper's rule, set-based. Among the
     * live registrations in order, the first student_seats students take student seats; everyone
     * else competes for the general seats in order; the rest wait.
     */
    private void planRegistrations() throws SQLException {
      exec("CREATE TEMP TABLE bench_registration ON COMMIT DROP AS"
          + " SELECT nextval(pg_get_serial_sequence('registration', 'id')) AS id, nextval('registration_rank_seq') AS rank, z.*,"
          + "        CASE WHEN NOT z.live THEN 'CANCELLED' WHEN z.seat IS NOT NULL THEN 'CONFIRMED' ELSE 'WAITLISTED' END AS status"
          + " FROM (SELECT y.*, CASE WHEN y.takes_student THEN 'STUDENT'"
          + "                        WHEN y.live AND y.general_no <= y.capacity - y.student_seats THEN 'GENERAL' END AS seat"
          + "       FROM (SELECT x.*, count(*) FILTER (WHERE x.live AND NOT x.takes_student) OVER w AS general_no"
          + "             FROM (SELECT d.*, d.live AND d.person_status = 'STUDENT'"
          + "                          AND count(*) FILTER (WHERE d.live AND d.person_status = 'STUDENT') OVER w <= d.student_seats"
          + "                          AS takes_student"
          + "                   FROM (SELECT s.id AS session_id, s.k, g.i, s.status AS session_status, s.cancel_reason AS session_reason,"
          + "                                s.starts_at, s.capacity, s.student_seats, p.account_id, p.email,"
          + "                                p.status AS person_status, s.status = 'COMPLETED' AND random() >= 0.08 AS live,"
          + "                                random() AS u_when, random() AS u_presence,"
          // Registrations spread over the 26 days from opening, in order; the last 4 days before the start stay quiet.
          + "                                s.starts_at - interval '30 days' + (g.i::float8 / (s.wanted + 1)) * interval '26 days'"
          + "                                  AS registered_at"
          + "                         FROM bench_session s"
          + "                         JOIN bench_pool_size z ON z.aud = s.audience"
          + "                         CROSS JOIN LATERAL generate_series(1, s.wanted) g(i)"
          + "                         JOIN bench_pool p ON p.aud = s.audience AND p.idx = (s.pool_offset + g.i * ?::bigint) % z.n) d"
          + "                   WINDOW w AS (PARTITION BY d.session_id ORDER BY d.i)) x"
          + "             WINDOW w AS (PARTITION BY x.session_id ORDER BY x.i)) y"
          + "       ORDER BY y.k, y.i) z", PICK_STEP);
      exec("ALTER TABLE bench_registration ADD COLUMN presence text");
      exec("UPDATE bench_registration SET presence = CASE WHEN u_presence < 0.78 THEN 'PRESENT' WHEN u_presence < 0.86 THEN 'LATE'"
          + " WHEN u_presence < 0.93 THEN 'EXCUSED' ELSE 'ABSENT' END WHERE status = 'CONFIRMED'");
      exec("CREATE INDEX ON bench_registration (session_id)");
    }

    private void insertSessions() throws SQLException {
      exec("INSERT INTO session (id, activity_id, starts_at, ends_at, mode, site_id, room_id, video_link, capacity,"
          + " student_seats, status, registration_opens_at, registration_closes_at, cancellation_deadline, cancel_reason,"
          + " confirmed_general, confirmed_students, completed_at, completed_by)"
          + " SELECT id, activity_id, starts_at, ends_at, mode, site_id, room_id,"
          + "        CASE WHEN mode <> 'ON_SITE' THEN 'https://visio.relais.test/bench/' || id END,"
          + "        capacity, student_seats, status, starts_at - interval '30 days', starts_at - interval '2 hours',"
          + "        starts_at - interval '24 hours', cancel_reason, confirmed_general, confirmed_students,"
          + "        CASE WHEN status = 'COMPLETED' THEN ends_at + interval '1 hour' END,"
          + "        CASE WHEN status = 'COMPLETED' THEN trainer_email END"
          + " FROM bench_session ORDER BY k");
      // Its triggers copy the session's period and status into period and active.
      exec("INSERT INTO session_trainer (session_id, account_id) SELECT id, trainer_id FROM bench_session ORDER BY k");
    }

    // ---- attendance and certificates ---------------------------------------------------------

    /** One line per confirmed registration and half-day of a completed session. */
    private long attendance() throws SQLException {
      exec("CREATE TEMP TABLE bench_half ON COMMIT DROP AS"
          + " SELECT s.id AS session_id, h.half_day, h.from_at, h.to_at"
          + " FROM bench_session s"
          + " CROSS JOIN LATERAL (SELECT ((s.starts_at AT TIME ZONE 'Europe/Paris')::date + time '13:00')"
          + "                             AT TIME ZONE 'Europe/Paris' AS noon) n"
          + " CROSS JOIN LATERAL (SELECT s.starts_at < n.noon AND s.ends_at > n.noon AS split) t"
          + " CROSS JOIN LATERAL (VALUES (0, s.starts_at, CASE WHEN t.split THEN n.noon ELSE s.ends_at END),"
          + "                            (1, n.noon, s.ends_at)) AS h(half_day, from_at, to_at)"
          + " WHERE s.status = 'COMPLETED' AND (h.half_day = 0 OR t.split)");
      // The morning's status holds all day, except that one in twenty of those present leaves at noon.
      return exec("INSERT INTO attendance (registration_id, half_day, status, method, recorded_at, recorded_by)"
          + " SELECT r.id, h.half_day,"
          + "        CASE WHEN h.half_day > 0 AND r.presence IN ('PRESENT', 'LATE')"
          + "             THEN CASE WHEN r.u_when < 0.05 THEN 'ABSENT' ELSE 'PRESENT' END ELSE r.presence END,"
          + "        'HAND', h.from_at + (r.id % 25) * interval '1 minute', s.trainer_email"
          + " FROM bench_registration r"
          + " JOIN bench_half h ON h.session_id = r.session_id"
          + " JOIN bench_session s ON s.id = r.session_id"
          + " WHERE r.status = 'CONFIRMED' ORDER BY r.id, h.half_day");
    }

    /** As the app's completion does: a certificate for everyone present or late at least one half-day. */
    private long certificates() throws SQLException {
      return exec("INSERT INTO certificate (registration_id, code, minutes, issued_at)"
          + " SELECT r.id, 'BN' || lpad(upper(to_hex(r.id)), 10, '0'),"
          + "        sum(extract(epoch FROM h.to_at - h.from_at) / 60)::int, min(s.ends_at) + interval '1 hour'"
          + " FROM bench_registration r"
          + " JOIN bench_session s ON s.id = r.session_id"
          + " JOIN attendance t ON t.registration_id = r.id AND t.status IN ('PRESENT', 'LATE')"
          + " JOIN bench_half h ON h.session_id = r.session_id AND h.half_day = t.half_day"
          + " GROUP BY r.id ORDER BY r.id");
    }

    // ---- surveys -----------------------------------------------------------------------------

    private long responseTarget(double share) {
      return Math.round(RESPONSES_PER_SCALE * scale * share);
    }

    /** Every attendee is asked hot and cold; the answered ones are drawn, cold leaning to hot answerers. */
    private long satisfaction() throws SQLException {
      long[] hot = campaign("HOT");
      long[] cold = campaign("COLD");
      exec("CREATE TEMP TABLE bench_satisfaction_campaign ON COMMIT DROP AS"
          + " SELECT * FROM (VALUES ('HOT', ?::bigint, ?::bigint, ?::int), ('COLD', ?::bigint, ?::bigint, ?::int))"
          + " AS x(phase, campaign_id, questionnaire_id, weeks_after)",
          hot[0], hot[1], (int) hot[2], cold[0], cold[1], (int) cold[2]);
      long hotTarget = responseTarget(0.6);
      long coldTarget = responseTarget(0.2);
      exec("CREATE TEMP TABLE bench_attendee ON COMMIT DROP AS"
          + " WITH a AS MATERIALIZED ("
          + "   SELECT r.id AS registration_id, r.session_id, r.account_id, r.person_status AS status, s.ends_at,"
          + "          row_number() OVER (ORDER BY random()) AS hot_draw"
          + "   FROM certificate c JOIN bench_registration r ON r.id = c.registration_id"
          + "   JOIN bench_session s ON s.id = r.session_id)"
          + " SELECT a.*, a.hot_draw <= ? AS hot_answered,"
          + "        row_number() OVER (ORDER BY CASE WHEN a.hot_draw <= ? THEN 0 ELSE 0.6 END + random()) <= ? AS cold_answered"
          + " FROM a", hotTarget, hotTarget, coldTarget);
      long attendees = count("SELECT count(*) FROM bench_attendee");
      if (attendees < hotTarget) {
        System.out.printf("  note: %,d attendees for %,d hot responses wanted%n", attendees, hotTarget);
      }
      return exec("INSERT INTO survey_invitation (campaign_id, account_id, session_id, opens_at, mails_sent, last_mail_at,"
          + " answered, token_used)"
          + " SELECT x.campaign_id, a.account_id, a.session_id, x.opens_at, m.mails,"
          + "        x.opens_at + CASE m.mails WHEN 1 THEN interval '0' WHEN 2 THEN interval '3 days' ELSE interval '7 days' END,"
          + "        x.answered, x.answered"
          + " FROM bench_attendee a"
          + " CROSS JOIN LATERAL (SELECT c.campaign_id,"
          + "                            a.ends_at + CASE WHEN c.weeks_after = 0 THEN interval '1 hour' ELSE c.weeks_after * interval '7 days' END,"
          + "                            CASE c.phase WHEN 'HOT' THEN a.hot_answered ELSE a.cold_answered END"
          + "                     FROM bench_satisfaction_campaign c) AS x(campaign_id, opens_at, answered)"
          // Those who answer mostly do at the first mail; the others got both reminders.
          + " CROSS JOIN LATERAL (SELECT CASE WHEN x.answered THEN 1 + (a.registration_id % 3 = 0)::int ELSE 3 END AS mails) m"
          + " ORDER BY a.registration_id");
    }

    /** The demo's campaign of a satisfaction phase, for every session: id, questionnaire, weeks after. */
    private long[] campaign(String phase) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, questionnaire_id, weeks_after FROM campaign"
          + " WHERE phase = ? AND format IS NULL AND session_id IS NULL ORDER BY active DESC, id LIMIT 1")) {
        ps.setString(1, phase);
        try (ResultSet r = ps.executeQuery()) {
          if (!r.next()) {
            throw new IllegalStateException("no " + phase + " satisfaction campaign: is the database demo-seeded?");
          }
          return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
        }
      }
    }

    /**
     * Wellbeing families (a BEFORE and an AFTER campaign on one instrument and format): who is
     * eligible (a seat in the format, not yet invited), who answers which (pairs first, then
     * unpaired), and their latent wellbeing before and after.
     */
    private long wellbeing() throws SQLException {
      exec("CREATE TEMP TABLE bench_family (family text, format text, questionnaire_id bigint, before_id bigint,"
          + " after_id bigint, after_weeks int, target int) ON COMMIT DROP");
      family(Who5Scoring.CODE, "EJADES", "Bien-être eJADES", 0.5);
      family(Pss10Scoring.CODE, "TRAINING", "Bench – Stress perçu (PSS-10), formations", 0.25);
      family(CbiScoring.CODE, "JADES", "Bench – Épuisement (CBI), JADES", 0.25);
      // The random numbers are drawn a level below the window: beside an ORDER BY random(), PostgreSQL
      // would reuse the sort key's value for every other random() of the same select list.
      exec("CREATE TEMP TABLE bench_wellbeing ON COMMIT DROP AS"
          + " WITH eligible AS MATERIALIZED ("
          + "   SELECT g.*, random() AS u_draw, 0.25 + 0.45 * random() AS w_before, random() AS u_after"
          + "   FROM (SELECT f.family, f.questionnaire_id, f.before_id, f.after_id, f.after_weeks, f.target, r.account_id,"
          + "                min(r.person_status) AS status, min(r.registered_at) AS first_seat, min(s.starts_at) AS first_start"
          + "         FROM bench_family f"
          + "         JOIN bench_session s ON s.format = f.format"
          + "         JOIN bench_registration r ON r.session_id = s.id AND r.status = 'CONFIRMED'"
          + "         WHERE NOT EXISTS (SELECT 1 FROM survey_invitation i"
          + "                           WHERE i.campaign_id IN (f.before_id, f.after_id) AND i.account_id = r.account_id)"
          + "         GROUP BY f.family, f.questionnaire_id, f.before_id, f.after_id, f.after_weeks, f.target, r.account_id) g)"
          + " SELECT e.*, row_number() OVER (PARTITION BY e.family ORDER BY e.u_draw) AS draw,"
          + "        round(0.4 * e.target) AS pairs, round(0.12 * e.target) AS before_only"
          + " FROM eligible e");
      exec("ALTER TABLE bench_wellbeing ADD COLUMN before_answered boolean, ADD COLUMN after_answered boolean,"
          + " ADD COLUMN w_after float8");
      exec("UPDATE bench_wellbeing SET before_answered = draw <= pairs + before_only,"
          + " after_answered = draw <= pairs OR (draw > pairs + before_only AND draw <= target - pairs),"
          + " w_after = least(1, greatest(0, w_before + 0.07 + 0.2 * (u_after - 0.5)))");
      return exec("INSERT INTO survey_invitation (campaign_id, account_id, session_id, opens_at, mails_sent, last_mail_at,"
          + " answered, token_used)"
          + " SELECT x.campaign_id, w.account_id, NULL, x.opens_at, CASE WHEN x.answered THEN 1 ELSE 3 END,"
          + "        x.opens_at + CASE WHEN x.answered THEN interval '0' ELSE interval '7 days' END, x.answered, x.answered"
          + " FROM bench_wellbeing w"
          + " CROSS JOIN LATERAL (VALUES (w.before_id, w.first_seat, w.before_answered),"
          + "                            (w.after_id, w.first_start + w.after_weeks * interval '7 days', w.after_answered))"
          + "   AS x(campaign_id, opens_at, answered)"
          + " ORDER BY w.family, w.account_id");
    }

    /**
     * A family's campaigns: the demo's for WHO-5 (found by instrument), bench ones (inactive, so
     * they invite nobody live) for the others, made once.
     */
    private void family(String code, String format, String title, double share) throws SQLException {
      long questionnaire = count("SELECT coalesce(max(id), 0) FROM questionnaire WHERE code = ?", code);
      if (questionnaire == 0) {
        System.out.println("  note: no " + code + " questionnaire, no " + code + " responses");
        return;
      }
      long before = campaignOf(questionnaire, "BEFORE", format, title + " : avant");
      long after = campaignOf(questionnaire, "AFTER", format, title + " : après");
      exec("INSERT INTO bench_family VALUES (?, ?, ?, ?, ?, (SELECT weeks_after FROM campaign WHERE id = ?), ?)",
          code, format, questionnaire, before, after, after, (int) responseTarget(0.2 * share));
    }

    private long campaignOf(long questionnaire, String phase, String format, String title) throws SQLException {
      long id = count("SELECT coalesce(min(id), 0) FROM campaign WHERE questionnaire_id = ? AND phase = ?"
          + " AND format = ? AND session_id IS NULL", questionnaire, phase, format);
      if (id == 0) {
        id = count("INSERT INTO campaign (questionnaire_id, phase, format, weeks_after, title, active, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, false, ?, 'bench') RETURNING id",
            questionnaire, phase, format, "AFTER".equals(phase) ? 8 : 0, title, from);
      }
      return id;
    }

    /** The responses to write, with when and the latent level their answers are drawn around. */
    private long responses() throws SQLException {
      exec("CREATE TEMP TABLE bench_response ON COMMIT DROP AS"
          + " SELECT nextval(pg_get_serial_sequence('survey_response', 'id')) AS id, x.* FROM ("
          + "   SELECT c.campaign_id, c.questionnaire_id, a.session_id, a.account_id, a.status,"
          + "          CASE c.phase WHEN 'HOT' THEN (a.ends_at AT TIME ZONE 'Europe/Paris')::date + floor(random() ^ 2 * 4)::int"
          + "               ELSE ((a.ends_at + c.weeks_after * interval '7 days') AT TIME ZONE 'Europe/Paris')::date"
          + "                    + floor(random() * 10)::int END AS submitted_on,"
          // Satisfaction is mostly high: mean level 0.77.
          + "          0.3 + 0.7 * sqrt(random()) AS w"
          + "   FROM bench_attendee a JOIN bench_satisfaction_campaign c"
          + "     ON CASE c.phase WHEN 'HOT' THEN a.hot_answered ELSE a.cold_answered END"
          + "   UNION ALL"
          + "   SELECT before_id, questionnaire_id, CAST(NULL AS bigint), account_id, status,"
          + "          least((first_seat AT TIME ZONE 'Europe/Paris')::date + floor(random() * 5)::int,"
          + "                (first_start AT TIME ZONE 'Europe/Paris')::date), w_before"
          + "   FROM bench_wellbeing WHERE before_answered"
          + "   UNION ALL"
          + "   SELECT after_id, questionnaire_id, NULL, account_id, status,"
          + "          ((first_start + after_weeks * interval '7 days') AT TIME ZONE 'Europe/Paris')::date + floor(random() * 14)::int,"
          + "          w_after"
          + "   FROM bench_wellbeing WHERE after_answered) x");
      return exec("INSERT INTO survey_response (id, campaign_id, questionnaire_id, session_id, pseudonym, submitted,"
          + " submitted_on, progress, respondent_status)"
          + " SELECT r.id, r.campaign_id, r.questionnaire_id, r.session_id,"
          + "        md5(r.account_id || ':a') || md5(r.account_id || ':b'), true, r.submitted_on, q.sections, r.status"
          + " FROM bench_response r"
          + " JOIN (SELECT questionnaire_id, count(*)::int AS sections FROM questionnaire_section GROUP BY questionnaire_id) q"
          + "   ON q.questionnaire_id = r.questionnaire_id"
          + " ORDER BY r.id");
    }

    /**
     * An answer to every item (a comment to one in eight TEXT items): a choice or a value at the
     * response's level, plus noise, counted in the item's "better" direction (WHO-5: higher;
     * PSS-10 and CBI: lower, except for their reversed items; satisfaction: higher, while
     * single-choice facts are drawn evenly).
     */
    private long answers() throws SQLException {
      exec("CREATE TEMP TABLE bench_item ON COMMIT DROP AS"
          + " SELECT q.id AS questionnaire_id, q.code, q.kind, i.id AS item_id, i.type, i.scale, i.reversed,"
          + "        coalesce(i.min_value, 0) AS lo, coalesce(i.max_value, 10) AS hi,"
          + "        coalesce(ch.n, 0) AS choices, ch.lo AS choice_lo, ch.hi AS choice_hi,"
          + "        CASE WHEN q.kind = 'WELLBEING' THEN (q.code = ?) <> i.reversed ELSE true END AS better_high"
          + " FROM questionnaire q"
          + " JOIN questionnaire_section sec ON sec.questionnaire_id = q.id"
          + " JOIN questionnaire_item i ON i.section_id = sec.id"
          + " LEFT JOIN (SELECT item_id, count(*)::int AS n, min(value) AS lo, max(value) AS hi FROM item_choice GROUP BY item_id) ch"
          + "   ON ch.item_id = i.id"
          + " WHERE q.id IN (SELECT DISTINCT questionnaire_id FROM bench_response)", Who5Scoring.CODE);
      exec("CREATE TEMP TABLE bench_choice ON COMMIT DROP AS"
          + " SELECT c.item_id, (row_number() OVER (PARTITION BY c.item_id ORDER BY c.value) - 1)::int AS ord, c.value"
          + " FROM item_choice c WHERE c.item_id IN (SELECT item_id FROM bench_item)");
      return exec("WITH drawn AS MATERIALIZED ("
          + "   SELECT r.id AS response_id, i.*, random() AS u_text,"
          + "          CASE WHEN i.kind = 'SATISFACTION' AND i.type IN ('SINGLE', 'MULTIPLE') THEN random()"
          + "               ELSE least(0.9999, greatest(0, r.w + (random() - 0.5) * 0.5)) END AS g"
          + "   FROM bench_response r JOIN bench_item i ON i.questionnaire_id = r.questionnaire_id)"
          + " INSERT INTO survey_answer (response_id, item_id, number_value, text_value)"
          + " SELECT d.response_id, d.item_id,"
          + "        CASE WHEN d.type IN ('RATING', 'NUMBER') THEN d.lo + round(d.g * (d.hi - d.lo))::int ELSE c.value END,"
          + "        CASE WHEN d.type = 'TEXT' THEN " + sqlArray(COMMENTS)
          + "                                   [1 + floor(d.u_text / 0.125 * " + COMMENTS.length + ")::int] END"
          + " FROM drawn d"
          + " LEFT JOIN bench_choice c ON c.item_id = d.item_id"
          + "   AND c.ord = CASE WHEN d.better_high THEN floor(d.g * d.choices)::int ELSE d.choices - 1 - floor(d.g * d.choices)::int END"
          + " WHERE CASE WHEN d.type = 'TEXT' THEN d.u_text < 0.125"
          + "            WHEN d.type IN ('RATING', 'NUMBER') THEN true ELSE c.value IS NOT NULL END"
          + " ORDER BY d.response_id, d.item_id");
    }

    /**
     * The instruments' scores, as the app's scorings compute them: per item scale, the sum (WHO-5
     * raw, PSS-10 total) or, for the CBI, the mean rounded to 2 decimals; reversed items count
     * lowest + highest − value; WHO-5's percent is raw × 4.
     */
    private long scores() throws SQLException {
      long n = exec("INSERT INTO survey_score (response_id, scale, score)"
          + " SELECT a.response_id, i.scale, CASE WHEN i.code = ? THEN round(avg(v.v), 2) ELSE sum(v.v) END"
          + " FROM bench_response r"
          + " JOIN survey_answer a ON a.response_id = r.id"
          + " JOIN bench_item i ON i.item_id = a.item_id"
          + " CROSS JOIN LATERAL (SELECT CASE WHEN i.reversed THEN i.choice_lo + i.choice_hi - a.number_value"
          + "                            ELSE a.number_value END AS v) v"
          + " WHERE i.code IS NOT NULL AND i.scale IS NOT NULL AND a.number_value IS NOT NULL"
          + " GROUP BY a.response_id, i.scale, i.code", CbiScoring.CODE);
      return n + exec("INSERT INTO survey_score (response_id, scale, score)"
          + " SELECT s.response_id, ?, s.score * 4"
          + " FROM bench_response r JOIN survey_score s ON s.response_id = r.id AND s.scale = ?"
          + " JOIN questionnaire q ON q.id = r.questionnaire_id AND q.code = ?",
          Who5Scoring.PERCENT, Who5Scoring.RAW, Who5Scoring.CODE);
    }

    /** Accounts made shortly before their first registration, last seen at their last one. */
    private long stampAccounts() throws SQLException {
      return exec("UPDATE account a SET created_at = least(a.created_at, f.first_at - (1 + a.id % 60) * interval '1 day'),"
          + " privacy_consent_at = least(a.created_at, f.first_at - (1 + a.id % 60) * interval '1 day'),"
          + " last_login_at = greatest(a.last_login_at, f.last_at)"
          + " FROM (SELECT account_id, min(registered_at) AS first_at, max(registered_at) AS last_at"
          + "       FROM bench_registration GROUP BY account_id) f"
          + " WHERE a.id = f.account_id");
    }

    /** The counters must be the CONFIRMED registrations by seat kind; refuse to commit otherwise. */
    private void checkSeatCounters() throws SQLException {
      long wrong = count("SELECT count(*) FROM session s JOIN bench_session b ON b.id = s.id"
          + " LEFT JOIN (SELECT session_id, count(*) FILTER (WHERE seat = 'GENERAL') AS g,"
          + "                   count(*) FILTER (WHERE seat = 'STUDENT') AS st"
          + "            FROM registration WHERE status = 'CONFIRMED' GROUP BY session_id) r ON r.session_id = s.id"
          + " WHERE s.confirmed_general <> coalesce(r.g, 0) OR s.confirmed_students <> coalesce(r.st, 0)");
      if (wrong > 0) {
        throw new IllegalStateException(wrong + " sessions' seat counters differ from their confirmed registrations");
      }
    }

    // ---- JDBC helpers ------------------------------------------------------------------------

    interface Step {
      long run() throws SQLException;
    }

    private long step(String label, Step step) throws SQLException {
      long t0 = System.nanoTime();
      long rows = step.run();
      System.out.printf("  %-26s %,9d rows %,7d ms%n", label, rows, (System.nanoTime() - t0) / 1_000_000);
      return rows;
    }

    private long exec(String sql, Object... params) throws SQLException {
      try (PreparedStatement ps = prepare(sql, params)) {
        boolean rows = ps.execute();
        return rows ? 0 : Math.max(0, ps.getLargeUpdateCount());
      }
    }

    private long count(String sql, Object... params) throws SQLException {
      try (PreparedStatement ps = prepare(sql, params); ResultSet r = ps.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }

    private String text(String sql, Object... params) throws SQLException {
      try (PreparedStatement ps = prepare(sql, params); ResultSet r = ps.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("nothing for " + sql + ": is the database demo-seeded?");
        }
        return r.getString(1);
      }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
      PreparedStatement ps = c.prepareStatement(sql);
      for (int i = 0; i < params.length; i++) {
        if (params[i] instanceof Array a) {
          ps.setArray(i + 1, a);
        } else {
          ps.setObject(i + 1, params[i]);
        }
      }
      return ps;
    }

    private static long gcd(long a, long b) {
      return b == 0 ? a : gcd(b, a % b);
    }
  }

  // ---- distributions -------------------------------------------------------------------------

  /** A CASE picking a value by weight from a uniform random column: value, weight, value, weight… */
  static String weighted(String column, Object... valuesAndWeights) {
    double total = 0;
    for (int i = 1; i < valuesAndWeights.length; i += 2) {
      total += ((Number) valuesAndWeights[i]).doubleValue();
    }
    StringBuilder sql = new StringBuilder("CASE");
    double upTo = 0;
    for (int i = 0; i < valuesAndWeights.length - 2; i += 2) {
      upTo += ((Number) valuesAndWeights[i + 1]).doubleValue() / total;
      sql.append(String.format(Locale.ROOT, " WHEN %s < %.6f THEN '%s'", column, upTo, valuesAndWeights[i]));
    }
    return sql.append(" ELSE '").append(valuesAndWeights[valuesAndWeights.length - 2]).append("' END").toString();
  }

  /** A text[] literal; the values are the class's own constants, quotes doubled all the same. */
  static String sqlArray(String... values) {
    StringBuilder sql = new StringBuilder("(ARRAY[");
    for (int i = 0; i < values.length; i++) {
      sql.append(i == 0 ? "" : ", ").append('\'').append(values[i].replace("'", "''")).append('\'');
    }
    return sql.append("]::text[])").toString();
  }

  /** Professions of working participants: nurses and nursing assistants first. */
  static final Object[] PROFESSIONS = {
    "NURSE", 30, "NURSING_ASSISTANT", 14, "PHYSICIAN", 12, "RESIDENT", 6, "PHARMACIST", 4, "MIDWIFE", 4,
    "PHYSIOTHERAPIST", 5, "PSYCHOLOGIST", 4, "DENTIST", 2, "HEALTH_MANAGER", 6, "PARAMEDIC", 3, "SOCIAL_WORKER", 3,
    "ADMINISTRATIVE_STAFF", 4, "OTHER", 3
  };

  /** What students study: nursing and medicine mostly. */
  static final Object[] STUDIES = {
    "NURSE", 45, "PHYSICIAN", 25, "MIDWIFE", 8, "PHARMACIST", 7, "PHYSIOTHERAPIST", 8, "DENTIST", 4, "OTHER", 3
  };

  static final Object[] WORKPLACES = {
    "PUBLIC_HOSPITAL", 28, "UNIVERSITY_HOSPITAL", 24, "PRIVATE_CLINIC", 12, "NURSING_HOME", 10, "PRIVATE_PRACTICE", 9,
    "HOME_CARE", 6, "MEDICO_SOCIAL", 6, "OTHER", 5
  };

  /** Roughly by population, the two Maisons des soignants' regions (Paris, Montpellier) above it. */
  static final Object[] REGIONS = {
    "ILE_DE_FRANCE", 24, "OCCITANIE", 12, "AUVERGNE_RHONE_ALPES", 11, "NOUVELLE_AQUITAINE", 8, "HAUTS_DE_FRANCE", 7,
    "PROVENCE_ALPES_COTE_D_AZUR", 7, "GRAND_EST", 6, "PAYS_DE_LA_LOIRE", 5, "BRETAGNE", 4, "NORMANDIE", 4,
    "BOURGOGNE_FRANCHE_COMTE", 3, "CENTRE_VAL_DE_LOIRE", 3, "CORSE", 0.5, "LA_REUNION", 2, "GUADELOUPE", 1,
    "MARTINIQUE", 1, "GUYANE", 0.5, "MAYOTTE", 0.5
  };

  static final String[] FIRST_NAMES = {
    "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Emma", "Laura", "Pauline", "Marie", "Anaïs",
    "Clara", "Lucie", "Mathilde", "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Hugo", "Lucas", "Yanis",
    "Mehdi", "Romain", "Alexandre", "Kevin", "Samuel", "Aïcha", "Fatou", "Nour", "Océane", "Élise", "Bastien",
    "Théo", "Quentin"
  };

  static final String[] LAST_NAMES = {
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
    "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
    "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
    "Faure", "Rousseau", "Blanc", "Guerin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Mathieu",
    "Clément", "Gauthier", "Dumont", "Lopez"
  };

  static final String[] CANCEL_REASONS = {
    "Formatrice malade", "Trop peu d'inscrits", "Grève des transports", "Salle indisponible"
  };

  static final String[] COMMENTS = {
    "Très utile, j'ai déjà refait l'exercice de respiration pendant une garde.",
    "Un peu court : j'aurais aimé plus de temps d'échange.",
    "Bienveillant et concret, merci.",
    "La connexion a coupé deux fois, dommage.",
    "J'ai apprécié de parler avec des collègues d'autres services.",
    "Des outils simples que je peux utiliser entre deux soins.",
    "Horaire difficile après une journée de travail.",
    "À proposer à toute l'équipe de nuit !"
  };
}
