package fr.relais.demo;

import fr.relais.attendance.AttendanceService;
import fr.relais.attendance.AttendanceStatus;
import fr.relais.attendance.HalfDay;
import fr.relais.kernel.ClockProducer;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.people.Role;
import fr.relais.programme.Activity;
import fr.relais.programme.Audience;
import fr.relais.registration.RegistrationService;
import fr.relais.scheduling.FrenchHolidays;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionMode;
import fr.relais.site.Room;
import fr.relais.site.SiteKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * The last ten weeks, already run: eJADES on Tuesday and Thursday evenings, two JADES days, a
 * mindfulness morning and a talk group, with their registrations, attendance (signed sheets,
 * absences, late arrivals), completion and certificates. They go through the real services (the
 * sessions are registered for in the future, then moved back in time), so the history obeys the
 * same rules as live data.
 */
@ApplicationScoped
public class DemoHistory {

  private static final int WEEKS = 10;
  // Far enough ahead that no demo session collides while the past ones are being filled.
  private static final Duration PARKED = Duration.ofDays(3 * 365);

  @Inject private DemoRepository data;
  @Inject private RegistrationService registrations;
  @Inject private AttendanceService attendance;
  @Inject private Clock clock;

  private final Random random = new Random(2026);

  /** True once completed sessions exist (the history is seeded once). */
  public boolean present() {
    return data.query(
                """
                SELECT COUNT(s) FROM Session s
                WHERE s.status = fr.relais.scheduling.SessionStatus.COMPLETED
                """,
                Long.class)
            .getSingleResult()
        > 0;
  }

  public int create() {
    long mailsBefore =
        ((Number) data.sql("SELECT COALESCE(MAX(id), 0) FROM mail_outbox").getSingleResult())
            .longValue();
    List<Account> people =
        data.query(
                "SELECT a FROM Account a WHERE a.email LIKE 'participant1%' ORDER BY a.email",
                Account.class)
            .getResultList();
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
    LocalDate firstTuesday =
        today.minusWeeks(WEEKS).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    int made = 0;
    for (int week = 0; week < WEEKS; week++) {
      LocalDate tuesday = firstTuesday.plusWeeks(week);
      made +=
          run(
              activity("eJADES – Souffler"),
              at(tuesday, 18, 0),
              90,
              null,
              trainer("formatrice.lambert" + DemoPeople.DOMAIN));
      made +=
          run(
              activity("eJADES – Mieux dormir"),
              at(tuesday.plusDays(2), 18, 0),
              90,
              null,
              trainer("formateur.benali" + DemoPeople.DOMAIN));
    }
    made +=
        run(
            activity("JADES – Journée"),
            at(firstTuesday.plusWeeks(3), 9, 0),
            390,
            room(SiteKind.HOSPITAL),
            trainer(DemoPeople.TRAINER));
    made +=
        run(
            activity("JADES – Journée"),
            at(firstTuesday.plusWeeks(7).plusDays(2), 9, 0),
            390,
            room(SiteKind.CLINIC),
            trainer("formatrice.marchand" + DemoPeople.DOMAIN));
    made +=
        run(
            activity("Le Mindfulness"),
            at(firstTuesday.plusWeeks(5).plusDays(4), 10, 0),
            180,
            room(SiteKind.MAISON_DES_SOIGNANTS),
            trainer("formatrice.lambert" + DemoPeople.DOMAIN));
    made +=
        run(
            activity("Groupe de parole des soignants"),
            at(firstTuesday.plusWeeks(8).plusDays(1), 18, 30),
            120,
            null,
            trainer("formateur.morel" + DemoPeople.DOMAIN));
    // Past sessions announce nothing: their confirmations would only confuse the outbox.
    data.sql("DELETE FROM mail_outbox WHERE id > ?").setParameter(1, mailsBefore).executeUpdate();
    return made;
  }

  /** One past session: registered for while parked in the future, moved back, then run. */
  private int run(Activity activity, ZonedDateTime start, int minutes, Room room, Account trainer) {
    return held(activity, start, minutes, room, trainer, s -> {}, s -> {}) == null ? 0 : 1;
  }

  /**
   * One past session, held: {@code shape} is applied to it before anyone registers (a break, a
   * partner organisation), {@code seated} once its seats are taken and before it is moved back (a
   * cancellation is still possible then). Null on a public holiday or when not yet over.
   */
  Session held(
      Activity activity,
      ZonedDateTime start,
      int minutes,
      Room room,
      Account trainer,
      Consumer<Session> shape,
      Consumer<Session> seated) {
    if (FrenchHolidays.isHoliday(start.toLocalDate())) {
      return null; // the association does not work on public holidays
    }
    Instant realStart = start.toInstant();
    Instant realEnd = start.plusMinutes(minutes).toInstant();
    if (realEnd.isAfter(clock.instant())) {
      // Seeded on a Wednesday, the last Thursday is tomorrow: not history, and not completable yet.
      return null;
    }
    int wanted = 8 + random.nextInt(8);
    Instant parked = realStart.plus(PARKED);
    Session s =
        new Session(
            activity,
            parked,
            parked.plus(Duration.ofMinutes(minutes)),
            room == null ? SessionMode.ONLINE : SessionMode.ON_SITE);
    if (room == null) {
      s.setVideoLink("https://visio.relais.test/" + activity.getId());
    } else {
      s.placeIn(room.getSite(), room);
    }
    s.setSeats(Math.min(wanted + 2, room == null ? 30 : room.getCapacity()), 0);
    s.setRegistrationWindow(
        clock.instant().minus(Duration.ofDays(1)),
        parked.minus(Duration.ofHours(2)),
        parked.minus(Duration.ofHours(24)));
    s.assign(trainer);
    shape.accept(s);
    s.publish();
    data.save(s);
    data.flush();

    int registered = 0;
    for (Account person : shuffled(eligible(activity.getAudience()))) {
      if (registered == wanted) {
        break;
      }
      registrations.register(Caller.of(person), s.getId(), null);
      registered++;
    }
    seated.accept(s);
    moveBack(s, realStart, realEnd);
    attend(s, trainer);
    stampTimes(s);
    return s;
  }

  private void moveBack(Session s, Instant start, Instant end) {
    data.sql(
            """
            UPDATE session SET starts_at = ?, ends_at = ?, registration_opens_at = ?,
            registration_closes_at = ?, cancellation_deadline = ? WHERE id = ?
            """)
        .setParameter(1, Timestamp.from(start))
        .setParameter(2, Timestamp.from(end))
        .setParameter(3, Timestamp.from(start.minus(Duration.ofDays(30))))
        .setParameter(4, Timestamp.from(start.minus(Duration.ofHours(2))))
        .setParameter(5, Timestamp.from(start.minus(Duration.ofHours(24))))
        .setParameter(6, s.getId())
        .executeUpdate();
    data.sql(
            """
            UPDATE registration SET registered_at = CAST(? AS timestamptz) - (1 + id % 20) * interval '1 day',
            confirmed_at = CAST(? AS timestamptz) - (1 + id % 20) * interval '1 day' WHERE session_id = ?
            """)
        .setParameter(1, Timestamp.from(start))
        .setParameter(2, Timestamp.from(start))
        .setParameter(3, s.getId())
        .executeUpdate();
    data.refresh(s);
  }

  /**
   * Most came (a few late, a few left at lunch), some had said they could not, the others simply
   * did not come.
   */
  private void attend(Session s, Account trainer) {
    Caller by = new Caller(trainer.getId(), trainer.getEmail(), Set.of(Role.TRAINER));
    List<HalfDay> halves = HalfDay.of(s.getStartsAt(), s.getEndsAt());
    List<Number> confirmed =
        data.sql(
                """
                SELECT id FROM registration WHERE session_id = ? AND status = 'CONFIRMED'
                ORDER BY id
                """)
            .setParameter(1, s.getId())
            .getResultList();
    for (Number id : confirmed) {
      int roll = random.nextInt(100);
      for (HalfDay half : halves) {
        // On a day's session a few leave at lunch: present in the morning, absent after.
        boolean leftAtLunch = roll >= 70 && roll < 75 && half.index() > 0;
        AttendanceStatus status =
            leftAtLunch
                ? AttendanceStatus.ABSENT
                : roll < 75
                    ? AttendanceStatus.PRESENT
                    : roll < 83
                        ? AttendanceStatus.LATE
                        : roll < 90 ? AttendanceStatus.EXCUSED : null;
        if (status != null) {
          String signature =
              s.getRoom() != null && status.attended() ? signature(id.longValue()) : null;
          attendance.mark(by, s.getId(), id.longValue(), half.index(), status, signature);
        }
      }
    }
    for (HalfDay half : halves) {
      attendance.signHalfDay(by, s.getId(), half.index(), signature(trainer.getId()));
    }
    attendance.complete(by, s.getId());
  }

  /** Dates everything as if it had happened at the session rather than at seeding time. */
  private void stampTimes(Session s) {
    Timestamp start = Timestamp.from(s.getStartsAt());
    Timestamp end = Timestamp.from(s.getEndsAt());
    long id = s.getId();
    update(
        """
        UPDATE attendance t SET recorded_at = CAST(? AS timestamptz) + (t.id % 25) * interval '1 minute'
        FROM registration r WHERE r.id = t.registration_id AND r.session_id = ?
        """,
        start, id);
    update("UPDATE half_day_signature SET signed_at = ? WHERE session_id = ?", end, id);
    update(
        """
        UPDATE certificate c SET issued_at = CAST(? AS timestamptz) + interval '1 hour' FROM registration r
        WHERE r.id = c.registration_id AND r.session_id = ?
        """,
        end,
        id);
    update(
        "UPDATE session SET completed_at = CAST(? AS timestamptz) + interval '1 hour' WHERE id = ?",
        end,
        id);
    update(
        """
        UPDATE audit_log SET at = CAST(? AS timestamptz) + interval '1 hour'
        WHERE entity = 'session' AND entity_id = ?
        """,
        end,
        id);
  }

  private void update(String sql, Timestamp at, long sessionId) {
    data.sql(sql).setParameter(1, at).setParameter(2, sessionId).executeUpdate();
  }

  private List<Account> eligible(Audience audience) {
    return data.query(
            "SELECT a FROM Account a WHERE a.email LIKE 'participant1%' ORDER BY a.email",
            Account.class)
        .getResultStream()
        .filter(a -> audience == Audience.ALL || (audience == Audience.STUDENTS) == a.isStudent())
        .toList();
  }

  private List<Account> shuffled(List<Account> people) {
    List<Account> copy = new ArrayList<>(people);
    java.util.Collections.shuffle(copy, random);
    return copy;
  }

  private Account trainer(String email) {
    return data.account(email);
  }

  private Activity activity(String titleStart) {
    return data.activity(titleStart);
  }

  private Room room(SiteKind kind) {
    return data.query(
            "SELECT r FROM Room r WHERE r.site.kind = :k ORDER BY r.capacity DESC, r.id",
            Room.class)
        .setParameter("k", kind)
        .setMaxResults(1)
        .getSingleResult();
  }

  private static ZonedDateTime at(LocalDate date, int hour, int minute) {
    return DemoLookups.at(date, hour, minute);
  }

  /** A scribble unique to the person, as a finger would draw it on the pad. */
  private static String signature(long seed) {
    Random hand = new Random(seed);
    BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x1c, 0x2a, 0x33));
    g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    int x = 20;
    int y = 60;
    for (int i = 0; i < 12; i++) {
      int nx = x + 10 + hand.nextInt(14);
      int ny = 25 + hand.nextInt(55);
      g.drawLine(x, y, nx, ny);
      x = nx;
      y = ny;
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
  }
}
