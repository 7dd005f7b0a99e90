package fr.relais.demo;

import fr.relais.people.Caller;
import fr.relais.people.HealthIds;
import fr.relais.quiz.QuizForm;
import fr.relais.quiz.QuizService;
import fr.relais.survey.AnswerService;
import fr.relais.survey.Item;
import fr.relais.survey.ItemType;
import fr.relais.survey.Pseudonyms;
import fr.relais.survey.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

  @Inject private DemoRepository data;
  @Inject private QuizService quizzes;
  @Inject private AnswerService answers;
  @Inject private Pseudonyms pseudonyms;

  private final Random random = new Random(17);

  /** Seeds once: nothing happens when a quiz already exists. */
  public void seedOnce() {
    if (((Number) data.sql("SELECT count(*) FROM quiz").getSingleResult()).longValue() > 0) {
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
    int opinions = trainerOpinions();
    int count = quizCount;
    LOG.info(
        () ->
            "Demo quizzes: "
                + count
                + " quizzes, "
                + attempts
                + " attempts; "
                + opinions
                + " trainers' opinions");
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

  /** The training with most past sessions is a DPC action; its sessions numbered by date. */
  private void dpcAction() {
    List<?> first =
        data.sql(
                """
                SELECT a.id FROM activity a WHERE a.purpose = 'TRAINING' AND a.format = 'TRAINING'
                ORDER BY (SELECT count(*) FROM session s WHERE s.activity_id = a.id
                AND s.status = 'COMPLETED') DESC, a.id LIMIT 1
                """)
            .getResultList();
    if (first.isEmpty() || first.get(0) == null) {
      return;
    }
    long activity = ((Number) first.get(0)).longValue();
    data.sql("UPDATE activity SET andpc_action = '99992625001' WHERE id = ?")
        .setParameter(1, activity)
        .executeUpdate();
    data.sql(
            """
            UPDATE session s SET andpc_session = n.k::text FROM (SELECT id, row_number() OVER
            (ORDER BY starts_at, id) AS k FROM session WHERE activity_id = ?) n
            WHERE s.id = n.id AND n.k <= 99999
            """)
        .setParameter(1, activity)
        .executeUpdate();
  }

  /** Most professionals get an RPPS (a few an ADELI, one in ten none); students none. */
  private void numbers() {
    int n = 0;
    for (Object[] a :
        rows(
            """
            SELECT id, email FROM account WHERE status = 'PROFESSIONAL' AND erased_at IS NULL
            ORDER BY id
            """)) {
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
      data.sql("UPDATE account SET rpps = ?, adeli = ? WHERE id = ?")
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
            """
            SELECT r.id, s.id, q.id, s.starts_at, s.ends_at, q.after_days FROM registration r
            JOIN session s ON s.id = r.session_id AND s.status = 'COMPLETED'
            JOIN quiz q ON q.activity_id = s.activity_id
            WHERE r.status = 'CONFIRMED' AND EXISTS (SELECT 1 FROM attendance t
            WHERE t.registration_id = r.id AND t.status IN ('PRESENT', 'LATE'))
            ORDER BY r.id
            """)) {
      Instant ends = ((Timestamp) r[4]).toInstant();
      if (ends.plus(Duration.ofDays(((Number) r[5]).intValue())).isAfter(now)) {
        continue;
      }
      long registration = ((Number) r[0]).longValue();
      long session = ((Number) r[1]).longValue();
      long quiz = ((Number) r[2]).longValue();
      List<Object[]> questions =
          rows(
              """
              SELECT q.id, o.text FROM quiz_question q JOIN quiz_objective o ON o.id =
              q.objective_id WHERE q.quiz_id = %s
              ORDER BY q.position
              """
                  .formatted(quiz));
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
                data.sql(
                        """
                        INSERT INTO quiz_attempt (quiz_id, session_id, registration_id, phase,
                        score, total, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                        """)
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
      data.sql(
              "INSERT INTO quiz_answer (attempt_id, question_id, objective, correct) VALUES (?, ?, ?, ?)")
          .setParameter(1, attempt)
          .setParameter(2, ((Number) questions.get(i)[0]).longValue())
          .setParameter(3, questions.get(i)[1])
          .setParameter(4, right.get(i))
          .executeUpdate();
    }
  }

  /**
   * Two in three trainers' invitations of past sessions answered (through the answering service,
   * stored as live answers are); the demo trainer's latest one is left for people to try.
   */
  private int trainerOpinions() {
    int answered = 0;
    List<Object[]> open =
        rows(
            """
            SELECT i.id, i.account_id, CAST(s.starts_at AT TIME ZONE 'Europe/Paris' AS date), a.email = '%s' AND s.id = (SELECT max(st.session_id) FROM session_trainer st
              JOIN session x ON x.id = st.session_id AND x.status = 'COMPLETED'
              WHERE st.account_id = a.id)
            FROM survey_invitation i JOIN campaign c ON c.id = i.campaign_id
            AND c.phase = 'TRAINER' JOIN session s ON s.id = i.session_id
            JOIN account a ON a.id = i.account_id WHERE NOT i.answered ORDER BY i.id
            """
                .formatted(DemoPeople.TRAINER));
    for (Object[] row : open) {
      if (Boolean.TRUE.equals(row[3]) || random.nextInt(3) == 0) {
        continue;
      }
      long invitation = ((Number) row[0]).longValue();
      long account = ((Number) row[1]).longValue();
      AnswerService.Respondent who = new AnswerService.Respondent(account, Set.of());
      var sheet = answers.open(who, invitation);
      List<Section> sections = sheet.questionnaire().getSections();
      for (int s = 0; s < sections.size(); s++) {
        Map<Long, List<String>> values = new HashMap<>();
        for (Item item : sections.get(s).getItems()) {
          if (item.getType() == ItemType.LIKERT) {
            int n = item.getChoices().size();
            values.put(
                item.getId(),
                List.of(
                    String.valueOf(item.getChoices().get(n - 1 - random.nextInt(3)).getValue())));
          } else if (item.getType() == ItemType.TEXT && random.nextInt(2) == 0) {
            values.put(
                item.getId(), List.of(TRAINER_COMMENTS[random.nextInt(TRAINER_COMMENTS.length)]));
          }
        }
        answers.save(who, invitation, s, values);
      }
      answers.submit(who, invitation);
      data.sql(
              """
              UPDATE survey_response SET submitted_on = CAST(? AS date) WHERE pseudonym = ?
              AND session_id = (SELECT session_id FROM survey_invitation WHERE id = ?)
              """)
          .setParameter(1, row[2])
          .setParameter(2, pseudonyms.of(account))
          .setParameter(3, invitation)
          .executeUpdate();
      answered++;
    }
    return answered;
  }

  private static final String[] TRAINER_COMMENTS = {
    "Groupe très impliqué, beaucoup d'échanges sur les situations vécues.",
    "Le vidéoprojecteur de la salle ne marchait pas : prévoir un câble HDMI.",
    "Un peu juste en temps pour l'exercice en sous-groupes.",
    "Deux participants arrivés en retard après la pause déjeuner.",
    "Salle trop petite pour 14 : penser à la grande salle."
  };

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return data.sql(sql).getResultList();
  }
}
