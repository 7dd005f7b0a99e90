package fr.relais.demo;

import fr.relais.kernel.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Issue 17's facts in the demo, attached by query to what the other demo classes made (and to the
 * lead's past year, whenever it is seeded before): the trainings and JADES days become training
 * actions with Qualiopi indicator 1's public information, establishments get their sector, two
 * trainers are external, some completed training sessions have incomes beyond their convention,
 * registrations of training sessions get their BPF category, and two participants asked for an
 * arrangement. Idempotent: runs once, while no activity has prerequisites.
 */
@ApplicationScoped
public class DemoFacts {

  private static final Logger LOG = Logger.getLogger(DemoFacts.class.getName());

  @Inject private DemoRepository data;
  @Inject private Clock clock;

  public boolean present() {
    return ((Number)
                data.sql("SELECT count(*) FROM activity WHERE prerequisites IS NOT NULL")
                    .getSingleResult())
            .longValue()
        > 0;
  }

  /** Seeds the facts unless they are there. */
  @Transactional
  public void seedOnce() {
    if (!present()) {
      create();
    }
    if (((Number) data.sql("SELECT count(*) FROM arrangement_request").getSingleResult())
            .longValue()
        == 0) {
      arrangements();
    }
  }

  private void create() {
    int trainings = trainingActions();
    sectors();
    trainers();
    int categorised = categories();
    int incomes = incomes();
    LOG.info(
        () ->
            "Demo facts: "
                + trainings
                + " training actions described, "
                + categorised
                + " categorised registrations, "
                + incomes
                + " incomes");
  }

  private int trainingActions() {
    // DemoProgramme made the trainings and JADES days training actions; they get indicator 1's
    // text.
    int n =
        update(
            """
            UPDATE activity SET
              prerequisites = CASE WHEN audience = 'STUDENTS' \
            THEN 'Être inscrit·e dans une formation en santé.' \
            ELSE 'Aucun : ouvert aux professionnels de santé, quel que soit leur métier.' END,
              methods = 'Apports courts, études de cas tirées de situations de soin, \
            jeux de rôle en petits groupes ; support remis à chaque participant.',
              evaluation = 'Questionnaire de connaissances en début et en fin de séance ; \
            questionnaire de satisfaction à chaud ; attestation de fin de formation.',
              price_cents = CASE WHEN format = 'JADES' THEN NULL ELSE 18000 END,
              price_note = CASE WHEN format = 'JADES' \
            THEN 'Journée financée par l''établissement qui la réserve pour ses équipes.' \
            ELSE 'Gratuit pour les étudiants ; prise en charge possible par l''employeur \
            (convention).' END,
              access_delay = 'Inscription en ligne jusqu''à la veille de la séance, \
            dans la limite des places ; réponse immédiate.',
              accessibility = 'Salles de plain-pied ou avec ascenseur ; supports adaptables \
            (gros caractères, fichiers lisibles par un lecteur d''écran) ; \
            dites-nous vos besoins à l''inscription.'
            WHERE purpose = 'TRAINING' AND prerequisites IS NULL
            """);
    // One DPC action, with numbered sessions.
    List<?> first =
        data.sql(
                """
                SELECT id FROM activity WHERE purpose = 'TRAINING' AND format = 'TRAINING'
                ORDER BY id LIMIT 1
                """)
            .getResultList();
    if (!first.isEmpty()) {
      long id = ((Number) first.get(0)).longValue();
      update("UPDATE activity SET andpc_action = '99992600001' WHERE id = ?", id);
      update(
          """
          UPDATE session s SET andpc_session = n.rank::text FROM (SELECT id, row_number() OVER
          (ORDER BY starts_at) AS rank FROM session WHERE activity_id = ?) n
          WHERE s.id = n.id AND n.rank < 100000
          """,
          id);
    }
    // A full day has its lunch break.
    update(
        """
        UPDATE session SET break_minutes = 60 WHERE ends_at - starts_at >= interval '6 hours'
        AND break_minutes = 0
        """);
    return n;
  }

  private void sectors() {
    update(
        """
        UPDATE site SET sector = CASE WHEN kind IN ('HOSPITAL', 'UNIVERSITY') THEN 'PUBLIC'
        WHEN kind = 'CLINIC' THEN 'PRIVATE'
        ELSE (CASE WHEN id % 2 = 0 THEN 'PUBLIC' ELSE 'PRIVATE' END) END
        WHERE kind IN ('HOSPITAL', 'CLINIC', 'NURSING_HOME', 'UNIVERSITY')
        AND sector IS NULL
        """);
  }

  private void trainers() {
    update(
        """
        UPDATE trainer_profile SET external = true WHERE account_id IN (SELECT id FROM account
        WHERE email IN ('formateur.benali@relais.test', 'formatrice.lambert@relais.test'))
        """);
  }

  /**
   * BPF frame F-1 for the demo's registrations to training actions: derived as the registration box
   * does (an establishment's staff by its sector, students), the rest declared.
   */
  private int categories() {
    int derived =
        update(
            """
            UPDATE registration r SET trainee_category = CASE WHEN si.sector = 'PRIVATE'
            THEN 'PRIVATE_EMPLOYEE' ELSE 'OTHER' END, category_source = 'DERIVED'
            FROM session s JOIN activity a ON a.id = s.activity_id
            JOIN site si ON si.id = s.reserved_for_site_id
            WHERE r.session_id = s.id AND a.purpose = 'TRAINING' AND si.sector IS NOT NULL
            AND r.trainee_category IS NULL
            """);
    derived +=
        update(
            """
            UPDATE registration r SET trainee_category = 'OTHER', category_source = 'DERIVED'
            FROM session s JOIN activity a ON a.id = s.activity_id, account p
            WHERE r.session_id = s.id AND p.id = r.account_id AND a.purpose = 'TRAINING'
            AND p.status = 'STUDENT' AND r.trainee_category IS NULL
            """);
    int declared =
        update(
            """
            UPDATE registration r SET trainee_category = CASE r.id % 5 WHEN 0 THEN 'INDIVIDUAL'
            WHEN 1 THEN 'PRIVATE_EMPLOYEE' WHEN 2 THEN 'JOB_SEEKER' ELSE 'OTHER' END,
            category_source = 'DECLARED'
            FROM session s JOIN activity a ON a.id = s.activity_id
            WHERE r.session_id = s.id AND a.purpose = 'TRAINING'
            AND r.trainee_category IS NULL
            """);
    return derived + declared;
  }

  /**
   * Individual fees and a public grant on the latest completed training sessions open to all that
   * have none yet (the past year's have theirs, from DemoPastYear).
   */
  private int incomes() {
    List<?> sessions =
        data.sql(
                """
                SELECT s.id FROM session s JOIN activity a ON a.id = s.activity_id
                WHERE s.status = 'COMPLETED' AND a.purpose = 'TRAINING'
                AND s.reserved_for_site_id IS NULL AND NOT EXISTS (SELECT 1 FROM
                session_income i WHERE i.session_id = s.id)
                ORDER BY s.starts_at DESC LIMIT 4
                """)
            .getResultList();
    int n = 0;
    Timestamp now = Timestamp.from(clock.instant());
    for (int i = 0; i < sessions.size(); i++) {
      long id = ((Number) sessions.get(i)).longValue();
      n +=
          update(
              """
              INSERT INTO session_income (session_id, source, funder, amount_cents, note,
              created_at, created_by) VALUES (?, 'INDIVIDUALS', NULL, ?, ?, ?,
              'coordination@relais.test')
              """,
              id,
              36000L + 18000L * i,
              "Frais d'inscription individuels",
              now);
      if (i == 0) {
        n +=
            update(
                """
                INSERT INTO session_income (session_id, source, funder, amount_cents, note,
                created_at, created_by) VALUES (?, 'REGIONS', 'Région Île-de-France',
                150000, 'Subvention prévention des risques psychosociaux', ?,
                'coordination@relais.test')
                """,
                id,
                now);
      }
      if (i == 1) {
        // Not said where it comes from yet: the BPF warns of it.
        n +=
            update(
                """
                INSERT INTO session_income (session_id, source, funder, amount_cents, note,
                created_at, created_by) VALUES (?, NULL, 'Mutuelle des soignants', 50000,
                NULL, ?, 'coordination@relais.test')
                """,
                id,
                now);
      }
    }
    return n;
  }

  /** The demo participant and another asked for an arrangement on upcoming training sessions. */
  private int arrangements() {
    List<?> rows =
        data.sql(
                """
                SELECT r.id FROM registration r JOIN session s ON s.id = r.session_id
                JOIN activity a ON a.id = s.activity_id JOIN account p ON p.id = r.account_id
                WHERE r.status = 'CONFIRMED' AND s.starts_at > now()
                ORDER BY (a.purpose = 'TRAINING') DESC,
                (p.email = 'participante@relais.test') DESC, s.starts_at, r.id
                LIMIT 2
                """)
            .getResultList();
    String[] needs = {
      "Je me déplace en fauteuil roulant : merci de prévoir une place accessible près de la porte.",
      null
    };
    Timestamp now = Timestamp.from(clock.instant());
    for (int i = 0; i < rows.size(); i++) {
      update(
          """
          INSERT INTO arrangement_request (registration_id, need, created_at) VALUES (?, ?, ?)
          ON CONFLICT (registration_id) DO NOTHING
          """,
          ((Number) rows.get(i)).longValue(),
          needs[i],
          now);
    }
    return rows.size();
  }

  private int update(String sql, Object... parameters) {
    return NativeSql.update(data.sql(sql), parameters);
  }
}
