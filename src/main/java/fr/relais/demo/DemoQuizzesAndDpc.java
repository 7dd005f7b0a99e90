package fr.relais.demo;

import fr.relais.dpc.HealthIds;
import fr.relais.people.Caller;
import fr.relais.quiz.QuizForm;
import fr.relais.quiz.Quizzes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Issue 17's indicator 11 and DPC in the demo, on whatever the demo holds (found by query, so a
 * longer history gets them too): a knowledge quiz for every training action, before/after attempts
 * by those present at past sessions (scores rising after), RPPS or ADELI numbers on most
 * participants (an invented but valid RPPS on the demo participant; a few without, for the DPC
 * list's warning), and the first training action made a DPC action with its ANDPC numbers. The
 * trainers' opinions are answered with the other surveys (DemoSurveys answers every open
 * invitation, the trainers' included).
 */
@ApplicationScoped
public class DemoQuizzesAndDpc {

  private static final Logger LOG = Logger.getLogger(DemoQuizzesAndDpc.class.getName());

  /** The demo participant's RPPS: invented, with a valid Luhn key. */
  static final String DEMO_RPPS = "10101234564";

  @PersistenceContext private EntityManager em;
  @Inject private Quizzes quizzes;

  private final Random random = new Random(17);

  /** Seeds once: nothing happens when a quiz already exists. */
  public void seedOnce() {
    if (((Number) em.createNativeQuery("SELECT count(*) FROM quiz").getSingleResult()).longValue()
        > 0) {
      return;
    }
    int quizCount = 0;
    for (Object[] a :
        rows("SELECT id, title FROM activity WHERE purpose = 'TRAINING' ORDER BY id")) {
      quizzes.save(Caller.system(), ((Number) a[0]).longValue(), quiz());
      quizCount++;
    }
    dpcAction();
    numbers();
    int attempts = attempts();
    int count = quizCount;
    LOG.info(() -> "Demo quizzes: " + count + " quizzes, " + attempts + " attempts");
  }

  private QuizForm quiz() {
    QuizForm form = new QuizForm();
    form.setAfterDays(14);
    form.getObjectives()
        .add(new QuizForm.Objective("Repérer les signes d'épuisement professionnel"));
    form.getObjectives()
        .add(new QuizForm.Objective("Connaître les ressources d'aide et d'orientation"));
    question(
        form,
        0,
        "Lequel de ces signes évoque d'abord un épuisement professionnel ?",
        1,
        "Une envie de changer de service",
        "Une fatigue émotionnelle qui ne cède pas au repos",
        "Un désaccord ponctuel avec un collègue");
    question(
        form,
        0,
        "La dépersonnalisation, dans l'épuisement, c'est…",
        0,
        "Une distance froide avec les patients",
        "Un trouble de la mémoire",
        "Une perte de poids rapide");
    question(
        form,
        1,
        "À qui orienter en premier un collègue en difficulté ?",
        2,
        "À sa famille seulement",
        "À personne, cela passera",
        "Au service de santé au travail ou à une ligne d'écoute");
    question(
        form,
        1,
        "Une ligne d'écoute pour soignants est…",
        1,
        "Réservée aux médecins",
        "Gratuite, confidentielle et ouverte à tous les soignants",
        "Payante après trois appels");
    return form;
  }

  private static void question(
      QuizForm form, int objective, String text, int correct, String... choices) {
    QuizForm.Question q = new QuizForm.Question();
    q.setText(text);
    q.setObjective(objective);
    for (int i = 0; i < choices.length; i++) {
      q.getChoices().get(i).setText(choices[i]);
    }
    q.setCorrect(correct);
    form.getQuestions().add(q);
  }

  /** The first training action is a DPC action; its sessions numbered in date order. */
  private void dpcAction() {
    List<?> first =
        em.createNativeQuery("SELECT min(id) FROM activity WHERE purpose = 'TRAINING'")
            .getResultList();
    if (first.isEmpty() || first.get(0) == null) {
      return;
    }
    long activity = ((Number) first.get(0)).longValue();
    em.createNativeQuery("UPDATE activity SET andpc_action = '99992625001' WHERE id = ?")
        .setParameter(1, activity)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE session s SET andpc_session = n.k::text FROM (SELECT id, row_number() OVER"
                + " (ORDER BY starts_at, id) AS k FROM session WHERE activity_id = ?) n"
                + " WHERE s.id = n.id AND n.k <= 99999")
        .setParameter(1, activity)
        .executeUpdate();
  }

  /** Most professionals get an RPPS (a few an ADELI, one in ten none); students none. */
  private void numbers() {
    int n = 0;
    for (Object[] a :
        rows(
            "SELECT id, email FROM account WHERE status = 'PROFESSIONAL' AND erased_at IS NULL"
                + " ORDER BY id")) {
      long id = ((Number) a[0]).longValue();
      String rpps = null;
      String adeli = null;
      if (DemoPeople.PARTICIPANT.equals(a[1])) {
        rpps = DEMO_RPPS;
      } else if (n % 10 == 3) {
        adeli = String.format("75%07d", 100000 + n);
      } else if (n % 10 != 7) {
        String ten = String.format("1010%06d", 200000 + n);
        rpps = ten + HealthIds.luhnKey(ten);
      }
      n++;
      em.createNativeQuery("UPDATE account SET rpps = ?, adeli = ? WHERE id = ?")
          .setParameter(1, rpps)
          .setParameter(2, adeli)
          .setParameter(3, id)
          .executeUpdate();
    }
  }

  /**
   * Before/after attempts of those present at completed training sessions whose "after" window is
   * over (the open ones are left for people to try): before two days ahead, after the next day.
   */
  private int attempts() {
    int made = 0;
    Instant now = Instant.now();
    for (Object[] r :
        rows(
            "SELECT r.id, s.id, q.id, s.starts_at, s.ends_at, q.after_days FROM registration r"
                + " JOIN session s ON s.id = r.session_id AND s.status = 'COMPLETED'"
                + " JOIN quiz q ON q.activity_id = s.activity_id"
                + " WHERE r.status = 'CONFIRMED' AND EXISTS (SELECT 1 FROM attendance t"
                + "   WHERE t.registration_id = r.id AND t.status IN ('PRESENT', 'LATE'))"
                + " ORDER BY r.id")) {
      Instant ends = ((Timestamp) r[4]).toInstant();
      if (ends.plus(Duration.ofDays(((Number) r[5]).intValue())).isAfter(now)) {
        continue;
      }
      long registration = ((Number) r[0]).longValue();
      long session = ((Number) r[1]).longValue();
      long quiz = ((Number) r[2]).longValue();
      List<Object[]> questions =
          rows(
              "SELECT q.id, o.text FROM quiz_question q JOIN quiz_objective o ON o.id ="
                  + " q.objective_id WHERE q.quiz_id = "
                  + quiz
                  + " ORDER BY q.position");
      if (random.nextInt(10) < 8) {
        attempt(
            quiz,
            session,
            registration,
            "BEFORE",
            questions,
            35,
            starts(r).minus(Duration.ofDays(2)));
        made++;
      }
      if (random.nextInt(10) < 7) {
        attempt(quiz, session, registration, "AFTER", questions, 80, ends.plus(Duration.ofDays(1)));
        made++;
      }
    }
    return made;
  }

  private static Instant starts(Object[] r) {
    return ((Timestamp) r[3]).toInstant();
  }

  private void attempt(
      long quiz,
      long session,
      long registration,
      String phase,
      List<Object[]> questions,
      int chancePercent,
      Instant at) {
    List<Boolean> right = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      right.add(random.nextInt(100) < chancePercent);
    }
    int score = (int) right.stream().filter(b -> b).count();
    long attempt =
        ((Number)
                em.createNativeQuery(
                        "INSERT INTO quiz_attempt (quiz_id, session_id, registration_id, phase,"
                            + " score, total, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                    .setParameter(1, quiz)
                    .setParameter(2, session)
                    .setParameter(3, registration)
                    .setParameter(4, phase)
                    .setParameter(5, score)
                    .setParameter(6, questions.size())
                    .setParameter(7, Timestamp.from(at))
                    .getSingleResult())
            .longValue();
    for (int i = 0; i < questions.size(); i++) {
      em.createNativeQuery(
              "INSERT INTO quiz_answer (attempt_id, question_id, objective, correct) VALUES (?, ?, ?, ?)")
          .setParameter(1, attempt)
          .setParameter(2, ((Number) questions.get(i)[0]).longValue())
          .setParameter(3, questions.get(i)[1])
          .setParameter(4, right.get(i))
          .executeUpdate();
    }
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }
}
