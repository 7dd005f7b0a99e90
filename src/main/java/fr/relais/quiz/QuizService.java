package fr.relais.quiz;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.NativeSql;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Caller;
import fr.relais.people.Role;
import fr.relais.programme.Purpose;
import fr.relais.registration.RegistrationStatus;
import fr.relais.scheduling.SessionStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Qualiopi indicator 11: a knowledge quiz per training action, edited by coordinators, answered by
 * each participant before and after their session (one scored attempt each), its results per
 * session for the session's trainers and coordinators. A participant sees only their own scores.
 */
@Stateless
public class QuizService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditService audit;

  /** A choice as the participant sees it (never whether it is correct). */
  public record Choice(long id, String text) implements java.io.Serializable {}

  /** A question as the participant sees it. */
  public record Question(long id, String text, String objective, List<Choice> choices)
      implements java.io.Serializable {}

  /** One's own attempt: its phase and score. */
  public record Attempt(QuizPhase phase, int score, int total, Instant at)
      implements java.io.Serializable {
    public int getPercent() {
      return Math.round(100f * score / total);
    }
  }

  /**
   * The quiz of one's registration: the activity, the phase open now (if any), when "after" closes,
   * the questions (when a phase is open and not answered yet) and one's past attempts.
   */
  public record Sheet(
      long registrationId,
      String activity,
      Instant startsAt,
      Instant endsAt,
      QuizPhase open,
      Instant afterClosesAt,
      List<Question> questions,
      List<Attempt> attempts)
      implements java.io.Serializable {
    public boolean isAnswerable() {
      return open != null && attempts.stream().noneMatch(a -> a.phase() == open);
    }
  }

  /** The quiz of an activity as a form, a new one prefilled with the activity's objectives. */
  public QuizForm form(Caller caller, long activityId) {
    caller.mustCoordinate();
    trainingAction(activityId);
    QuizForm form = new QuizForm();
    Optional<Long> quiz = quizOf(activityId);
    if (quiz.isEmpty()) {
      String objectives = (String) activity(activityId)[2];
      if (objectives != null) {
        Arrays.stream(objectives.split("\\R"))
            .map(l -> l.replaceFirst("^[\\s\\-•*·]+", "").strip())
            .filter(l -> !l.isEmpty())
            .map(l -> l.length() > 300 ? l.substring(0, 300) : l)
            .forEach(l -> form.getObjectives().add(new QuizForm.Objective(l)));
      }
      if (form.getObjectives().isEmpty()) {
        form.addObjective();
      }
      form.addQuestion();
      form.getQuestions().get(0).setObjective(0);
      return form;
    }
    long id = quiz.get();
    form.setAfterDays(
        ((Number)
                em.createNativeQuery("SELECT after_days FROM quiz WHERE id = ?")
                    .setParameter(1, id)
                    .getSingleResult())
            .intValue());
    List<Long> objectiveIds = new ArrayList<>();
    for (Object[] o :
        rows("SELECT id, text FROM quiz_objective WHERE quiz_id = ? ORDER BY position", id)) {
      objectiveIds.add(((Number) o[0]).longValue());
      form.getObjectives().add(new QuizForm.Objective((String) o[1]));
    }
    for (Object[] q :
        rows(
            "SELECT id, text, objective_id FROM quiz_question WHERE quiz_id = ? ORDER BY position",
            id)) {
      QuizForm.Question question = new QuizForm.Question();
      question.setText((String) q[1]);
      question.setObjective(objectiveIds.indexOf(((Number) q[2]).longValue()));
      List<Object[]> choices =
          rows(
              "SELECT text, correct FROM quiz_choice WHERE question_id = ? ORDER BY position",
              ((Number) q[0]).longValue());
      for (int i = 0; i < choices.size() && i < QuizForm.CHOICES; i++) {
        question.getChoices().get(i).setText((String) choices.get(i)[0]);
        if (Boolean.TRUE.equals(choices.get(i)[1])) {
          question.setCorrect(i);
        }
      }
      form.getQuestions().add(question);
    }
    return form;
  }

  /**
   * Saves the quiz (coordinators): replaces its objectives and questions. Past attempts keep their
   * scores and each answer's objective, so an edit never rewrites earlier results.
   */
  public void save(Caller caller, long activityId, QuizForm form) {
    caller.mustCoordinate();
    trainingAction(activityId);
    QuizRules.check(form);
    Instant now = clock.instant();
    Optional<Long> existing = quizOf(activityId);
    long quiz;
    if (existing.isPresent()) {
      quiz = existing.get();
      em.createNativeQuery(
              "UPDATE quiz SET after_days = ?, updated_at = ?, updated_by = ? WHERE id = ?")
          .setParameter(1, form.getAfterDays())
          .setParameter(2, Timestamp.from(now))
          .setParameter(3, caller.email())
          .setParameter(4, quiz)
          .executeUpdate();
      em.createNativeQuery("DELETE FROM quiz_question WHERE quiz_id = ?")
          .setParameter(1, quiz)
          .executeUpdate();
      em.createNativeQuery("DELETE FROM quiz_objective WHERE quiz_id = ?")
          .setParameter(1, quiz)
          .executeUpdate();
    } else {
      quiz =
          id(
              em.createNativeQuery(
                      """
                      INSERT INTO quiz (activity_id, after_days, updated_at, updated_by)
                      VALUES (?, ?, ?, ?) RETURNING id
                      """)
                  .setParameter(1, activityId)
                  .setParameter(2, form.getAfterDays())
                  .setParameter(3, Timestamp.from(now))
                  .setParameter(4, caller.email())
                  .getSingleResult());
    }
    Map<Integer, Long> objectiveIds = new LinkedHashMap<>();
    int position = 0;
    for (int i = 0; i < form.getObjectives().size(); i++) {
      String text = QuizRules.blankToNull(form.getObjectives().get(i).getText());
      if (text != null) {
        objectiveIds.put(
            i,
            id(
                em.createNativeQuery(
                        """
                        INSERT INTO quiz_objective (quiz_id, position, text) VALUES (?, ?, ?)
                        RETURNING id
                        """)
                    .setParameter(1, quiz)
                    .setParameter(2, position++)
                    .setParameter(3, text)
                    .getSingleResult()));
      }
    }
    for (int i = 0; i < form.getQuestions().size(); i++) {
      QuizForm.Question q = form.getQuestions().get(i);
      long question =
          id(
              em.createNativeQuery(
                      """
                      INSERT INTO quiz_question (quiz_id, objective_id, position, text)
                      VALUES (?, ?, ?, ?) RETURNING id
                      """)
                  .setParameter(1, quiz)
                  .setParameter(2, objectiveIds.get(q.getObjective()))
                  .setParameter(3, i)
                  .setParameter(4, q.getText().strip())
                  .getSingleResult());
      int choice = 0;
      for (int c = 0; c < q.getChoices().size(); c++) {
        String text = QuizRules.blankToNull(q.getChoices().get(c).getText());
        if (text != null) {
          em.createNativeQuery(
                  "INSERT INTO quiz_choice (question_id, position, text, correct) VALUES (?, ?, ?, ?)")
              .setParameter(1, question)
              .setParameter(2, choice++)
              .setParameter(3, text)
              .setParameter(4, c == q.getCorrect())
              .executeUpdate();
        }
      }
    }
    audit.record("activity", activityId, "QUIZ_SAVED", form.getQuestions().size() + " question(s)");
  }

  /** The quiz of one's own registration, or empty when its activity has none. */
  public Optional<Sheet> sheet(Caller caller, long registrationId) {
    Enrolment r = registration(registrationId);
    caller.mustBe(r.accountId());
    Optional<Long> quiz = quizOf(r.activityId());
    if (quiz.isEmpty() || r.purpose() != Purpose.TRAINING) {
      return Optional.empty();
    }
    int afterDays = afterDays(quiz.get());
    QuizPhase open =
        QuizWindow.openAt(
                clock.instant(),
                r.starts(),
                r.ends(),
                afterDays,
                r.status() == RegistrationStatus.CONFIRMED,
                r.sessionStatus() == SessionStatus.CANCELLED,
                attended(registrationId))
            .orElse(null);
    List<Attempt> attempts = attempts(registrationId);
    List<Question> questions =
        open != null && attempts.stream().noneMatch(a -> a.phase() == open)
            ? questions(quiz.get())
            : List.of();
    return Optional.of(
        new Sheet(
            registrationId,
            r.title(),
            r.starts(),
            r.ends(),
            open,
            QuizWindow.afterClosesAt(r.ends(), afterDays),
            questions,
            attempts));
  }

  /** Scores and keeps one's answers for the phase open now (once per phase). */
  public QuizScoring.Result submit(Caller caller, long registrationId, Map<Long, Long> chosen) {
    Sheet sheet = sheet(caller, registrationId).orElseThrow(() -> new NotFoundException("quiz"));
    if (sheet.open() == null) {
      throw new BusinessException("quiz.closed");
    }
    if (!sheet.isAnswerable()) {
      throw new BusinessException("quiz.answered");
    }
    Enrolment r = registration(registrationId);
    long quiz = quizOf(r.activityId()).orElseThrow();
    QuizScoring.Result result = QuizScoring.score(scoring(quiz), chosen);
    long attempt =
        id(
            em.createNativeQuery(
                    """
                    INSERT INTO quiz_attempt (quiz_id, session_id, registration_id, phase, score,
                    total, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """)
                .setParameter(1, quiz)
                .setParameter(2, r.sessionId())
                .setParameter(3, registrationId)
                .setParameter(4, sheet.open().name())
                .setParameter(5, result.score())
                .setParameter(6, result.total())
                .setParameter(7, Timestamp.from(clock.instant()))
                .getSingleResult());
    for (QuizScoring.Marked m : result.answers()) {
      em.createNativeQuery(
              """
              INSERT INTO quiz_answer (attempt_id, question_id, objective, correct)
              VALUES (?, ?, ?, ?)
              """)
          .setParameter(1, attempt)
          .setParameter(2, m.question())
          .setParameter(3, m.objective())
          .setParameter(4, m.correct())
          .executeUpdate();
    }
    return result;
  }

  /** One's attempts at a registration's quiz (also for the attestation). */
  public List<Attempt> attempts(long registrationId) {
    List<Attempt> all = new ArrayList<>();
    for (Object[] a :
        rows(
            """
            SELECT phase, score, total, submitted_at FROM quiz_attempt WHERE registration_id = ?
            ORDER BY phase DESC
            """,
            registrationId)) {
      all.add(
          new Attempt(
              QuizPhase.valueOf((String) a[0]),
              ((Number) a[1]).intValue(),
              ((Number) a[2]).intValue(),
              ((Timestamp) a[3]).toInstant()));
    }
    return all;
  }

  /** Whether the activity has a quiz (the attestation says so). */
  public boolean planned(long activityId) {
    return quizOf(activityId).isPresent();
  }

  /** The activity's id, title and whether it has a quiz; refuses anything not a training action. */
  public String titleOf(long activityId) {
    return (String) trainingAction(activityId)[1];
  }

  List<QuizScoring.Question> scoring(long quiz) {
    List<QuizScoring.Question> all = new ArrayList<>();
    for (Object[] q :
        rows(
            """
            SELECT q.id, o.text FROM quiz_question q JOIN quiz_objective o ON o.id = q.objective_id
            WHERE q.quiz_id = ? ORDER BY q.position
            """,
            quiz)) {
      long id = ((Number) q[0]).longValue();
      List<Long> choices = new ArrayList<>();
      long correct = -1;
      for (Object[] c :
          rows("SELECT id, correct FROM quiz_choice WHERE question_id = ? ORDER BY position", id)) {
        long choice = ((Number) c[0]).longValue();
        choices.add(choice);
        if (Boolean.TRUE.equals(c[1])) {
          correct = choice;
        }
      }
      all.add(new QuizScoring.Question(id, (String) q[1], choices, correct));
    }
    return all;
  }

  private List<Question> questions(long quiz) {
    List<Question> all = new ArrayList<>();
    for (Object[] q :
        rows(
            """
            SELECT q.id, q.text, o.text FROM quiz_question q
            JOIN quiz_objective o ON o.id = q.objective_id
            WHERE q.quiz_id = ? ORDER BY q.position
            """,
            quiz)) {
      long id = ((Number) q[0]).longValue();
      List<Choice> choices = new ArrayList<>();
      for (Object[] c :
          rows("SELECT id, text FROM quiz_choice WHERE question_id = ? ORDER BY position", id)) {
        choices.add(new Choice(((Number) c[0]).longValue(), (String) c[1]));
      }
      all.add(new Question(id, (String) q[1], (String) q[2], choices));
    }
    return all;
  }

  /** What a quiz needs of one registration: whose it is, its session and its activity. */
  private record Enrolment(
      long accountId,
      RegistrationStatus status,
      Instant starts,
      Instant ends,
      SessionStatus sessionStatus,
      long activityId,
      String title,
      Purpose purpose,
      long sessionId) {}

  private Enrolment registration(long registrationId) {
    List<Object[]> found =
        rows(
            """
            SELECT r.account_id, r.status, s.starts_at, s.ends_at, s.status, a.id, a.title,
            a.purpose, s.id FROM registration r JOIN session s ON s.id = r.session_id
            JOIN activity a ON a.id = s.activity_id WHERE r.id = ?
            """,
            registrationId);
    if (found.isEmpty()) {
      throw new NotFoundException("registration " + registrationId);
    }
    Object[] r = found.get(0);
    return new Enrolment(
        ((Number) r[0]).longValue(),
        RegistrationStatus.valueOf((String) r[1]),
        ((Timestamp) r[2]).toInstant(),
        ((Timestamp) r[3]).toInstant(),
        SessionStatus.valueOf((String) r[4]),
        ((Number) r[5]).longValue(),
        (String) r[6],
        Purpose.valueOf((String) r[7]),
        ((Number) r[8]).longValue());
  }

  private boolean attended(long registrationId) {
    return !em.createNativeQuery(
            """
            SELECT 1 FROM attendance WHERE registration_id = ? AND status IN ('PRESENT', 'LATE')
            LIMIT 1
            """)
        .setParameter(1, registrationId)
        .getResultList()
        .isEmpty();
  }

  private Object[] activity(long activityId) {
    List<Object[]> found =
        rows("SELECT id, title, objectives, purpose FROM activity WHERE id = ?", activityId);
    if (found.isEmpty()) {
      throw new NotFoundException("activity " + activityId);
    }
    return found.get(0);
  }

  private Object[] trainingAction(long activityId) {
    Object[] a = activity(activityId);
    if (!"TRAINING".equals(a[3])) {
      throw new BusinessException("quiz.notTraining");
    }
    return a;
  }

  Optional<Long> quizOf(long activityId) {
    List<?> found =
        em.createNativeQuery("SELECT id FROM quiz WHERE activity_id = ?")
            .setParameter(1, activityId)
            .getResultList();
    return found.isEmpty() ? Optional.empty() : Optional.of(((Number) found.get(0)).longValue());
  }

  private int afterDays(long quiz) {
    return ((Number)
            em.createNativeQuery("SELECT after_days FROM quiz WHERE id = ?")
                .setParameter(1, quiz)
                .getSingleResult())
        .intValue();
  }

  static boolean isTrainer(Caller caller) {
    return caller.has(Role.TRAINER);
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }

  private List<Object[]> rows(String sql, Object... parameters) {
    return NativeSql.rows(em.createNativeQuery(sql), parameters);
  }
}
