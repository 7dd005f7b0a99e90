package fr.relais.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's register of complaints and incidents and its improvement log (Qualiopi 31–32): a
 * complaint handled and closed with an improvement, a difficulty answered, an incident recorded by
 * a trainer, a visitor's complaint just received; improvements linked to them and to the hot
 * satisfaction survey's results. Attached to the completed training sessions found by query (the
 * newest ones), written in SQL so that each step has its own past date.
 */
@ApplicationScoped
public class DemoQuality {

  @Inject private DemoRepository data;
  @jakarta.inject.Inject private Clock clock;

  public boolean present() {
    return ((Number) data.sql("SELECT count(*) FROM quality_case").getSingleResult()).longValue()
        > 0;
  }

  /** Returns the number of cases written. */
  @Transactional
  public int create() {
    @SuppressWarnings("unchecked")
    List<Object[]> sessions =
        data.sql(
                """
                SELECT s.id, s.activity_id, s.starts_at FROM session s
                JOIN activity a ON a.id = s.activity_id WHERE s.status = 'COMPLETED'
                -- training actions first; while the demo has none, its trainings and JADES days
                ORDER BY (a.purpose = 'TRAINING') DESC,
                (a.format IN ('TRAINING', 'JADES')) DESC, s.starts_at DESC LIMIT 3
                """)
            .getResultList();
    Long participant = account(DemoPeople.PARTICIPANT);
    Long trainer = account(DemoPeople.TRAINER);
    Long coordinator = account(DemoPeople.COORDINATOR);
    if (sessions.isEmpty() || participant == null || trainer == null || coordinator == null) {
      return 0;
    }
    Instant now = clock.instant();
    Object[] first = sessions.get(0);
    Object[] older = sessions.get(sessions.size() - 1);
    Instant held = ((Timestamp) older[2]).toInstant();
    Instant recent = ((Timestamp) first[2]).toInstant();
    String nadia = "Nadia Lefèvre";
    Long campaign = hotCampaign();

    long closed =
        newCase(
            "COMPLAINT",
            "CLOSED",
            "RECEIVABLE",
            "MEDIUM",
            older,
            participant,
            null,
            null,
            false,
            "Le support de la formation nous est arrivé le matin même : impossible de préparer les"
                + " exercices demandés. Pouvez-vous l’envoyer plus tôt aux prochaines sessions ?",
            "Vous avez raison : le support aurait dû partir avec la convocation. Il vous a été renvoyé"
                + " et, désormais, il part trois jours avant chaque session.",
            held.plus(Duration.ofDays(1)),
            held.plus(Duration.ofDays(2)),
            held.plus(Duration.ofDays(4)),
            held.plus(Duration.ofDays(20)));
    event(
        closed,
        "SUBMITTED",
        held.plus(Duration.ofDays(1)),
        participant,
        "Camille Durand",
        true,
        null,
        null);
    event(
        closed,
        "QUALIFIED",
        held.plus(Duration.ofDays(2)),
        coordinator,
        nadia,
        false,
        "Recevable : le support est dû avec la convocation.",
        null);
    long supports =
        improvement(
            "Envoyer le support de formation trois jours avant chaque session",
            "Réclamation sur un support reçu trop tard ; la question « documents reçus à temps » est"
                + " la moins bien notée de l’enquête à chaud.",
            coordinator,
            LocalDate.ofInstant(held.plus(Duration.ofDays(15)), java.time.ZoneOffset.UTC),
            LocalDate.ofInstant(held.plus(Duration.ofDays(12)), java.time.ZoneOffset.UTC),
            "Aucune réclamation de ce type depuis ; la note « documents reçus à temps » est remontée.",
            held.plus(Duration.ofDays(3)));
    source(supports, "CASE", closed, null, null);
    if (campaign != null) {
      source(supports, "SURVEY", null, campaign, "Question sur les documents reçus à temps");
    }
    event(
        closed,
        "ACTION",
        held.plus(Duration.ofDays(3)),
        coordinator,
        nadia,
        false,
        "Support renvoyé à la participante ; amélioration décidée.",
        supports);
    event(
        closed,
        "ANSWERED",
        held.plus(Duration.ofDays(4)),
        coordinator,
        nadia,
        false,
        "Vous avez raison : le support aurait dû partir avec la convocation. Il vous a été renvoyé"
            + " et, désormais, il part trois jours avant chaque session.",
        null);
    event(
        closed,
        "CLOSED",
        held.plus(Duration.ofDays(20)),
        coordinator,
        nadia,
        false,
        "Amélioration réalisée, effet vérifié à la session suivante.",
        null);

    Object[] middle = sessions.get(Math.min(1, sessions.size() - 1));
    Instant middleAt = ((Timestamp) middle[2]).toInstant();
    long answered =
        newCase(
            "DIFFICULTY",
            "ANSWERED",
            "DIFFICULTY",
            "LOW",
            middle,
            participant,
            null,
            null,
            false,
            "Le rythme de la matinée était soutenu, sans pause : j’ai eu du mal à suivre la dernière"
                + " heure.",
            "Merci de l’avoir signalé. Une pause de dix minutes est désormais prévue au milieu de chaque"
                + " demi-journée ; nous vous tiendrons au courant.",
            middleAt.plus(Duration.ofDays(1)),
            middleAt.plus(Duration.ofDays(2)),
            middleAt.plus(Duration.ofDays(3)),
            null);
    event(
        answered,
        "SUBMITTED",
        middleAt.plus(Duration.ofDays(1)),
        participant,
        "Camille Durand",
        true,
        null,
        null);
    event(
        answered,
        "QUALIFIED",
        middleAt.plus(Duration.ofDays(2)),
        coordinator,
        nadia,
        false,
        null,
        null);
    long pauses =
        improvement(
            "Une pause de dix minutes au milieu de chaque demi-journée de formation",
            "Plusieurs commentaires de l’enquête à chaud et une difficulté signalée sur le rythme.",
            trainer,
            LocalDate.ofInstant(now.plus(Duration.ofDays(30)), java.time.ZoneOffset.UTC),
            null,
            null,
            middleAt.plus(Duration.ofDays(2)));
    source(pauses, "CASE", answered, null, null);
    if (campaign != null) {
      source(pauses, "SURVEY", null, campaign, "Commentaires libres sur le rythme");
    }
    source(pauses, "TRAINER_OPINION", null, null, "Les formatrices l’avaient aussi remarqué.");
    event(
        answered,
        "ACTION",
        middleAt.plus(Duration.ofDays(2)),
        coordinator,
        nadia,
        false,
        "Pause ajoutée au déroulé des prochaines sessions.",
        pauses);
    event(
        answered,
        "ANSWERED",
        middleAt.plus(Duration.ofDays(3)),
        coordinator,
        nadia,
        false,
        "Merci de l’avoir signalé. Une pause de dix minutes est désormais prévue au milieu de chaque"
            + " demi-journée ; nous vous tiendrons au courant.",
        null);
    event(
        answered,
        "MESSAGE",
        middleAt.plus(Duration.ofDays(4)),
        participant,
        "Camille Durand",
        true,
        "Merci pour la réponse rapide !",
        null);

    long incident =
        newCase(
            "INCIDENT",
            "QUALIFIED",
            "INCIDENT",
            "LOW",
            first,
            trainer,
            null,
            null,
            true,
            "Le vidéoprojecteur de la salle ne s’allumait pas : début avec 20 minutes de retard,"
                + " la fin a été décalée d’autant avec l’accord du groupe.",
            null,
            recent.plus(Duration.ofHours(2)),
            recent.plus(Duration.ofDays(1)),
            null,
            null);
    event(
        incident,
        "SUBMITTED",
        recent.plus(Duration.ofHours(2)),
        trainer,
        "Hélène Garnier",
        false,
        null,
        null);
    event(
        incident,
        "QUALIFIED",
        recent.plus(Duration.ofDays(1)),
        coordinator,
        nadia,
        false,
        "Demander au site une vérification du matériel la veille.",
        null);
    long checks =
        improvement(
            "Vérifier le matériel de la salle la veille de chaque session",
            "Incident de vidéoprojecteur en début de session.",
            coordinator,
            LocalDate.ofInstant(now.plus(Duration.ofDays(14)), java.time.ZoneOffset.UTC),
            null,
            null,
            recent.plus(Duration.ofDays(1)));
    source(checks, "CASE", incident, null, null);
    event(
        incident,
        "ACTION",
        recent.plus(Duration.ofDays(1)),
        coordinator,
        nadia,
        false,
        "Amélioration ouverte : vérification la veille.",
        checks);

    long visitor =
        newCase(
            "COMPLAINT",
            "RECEIVED",
            null,
            null,
            null,
            null,
            "Claire Dubois",
            "claire.dubois@example.org",
            false,
            "Je n’ai pas reçu de réponse à ma demande d’information sur la formation « Gestion du"
                + " stress » envoyée il y a trois semaines.",
            null,
            now.minus(Duration.ofDays(2)),
            null,
            null,
            null);
    event(
        visitor,
        "SUBMITTED",
        now.minus(Duration.ofDays(2)),
        null,
        "Claire Dubois",
        true,
        null,
        null);
    return 4;
  }

  private long newCase(
      String kind,
      String status,
      String qualification,
      String severity,
      Object[] session,
      Long account,
      String name,
      String email,
      boolean staff,
      String text,
      String answer,
      Instant submitted,
      Instant qualified,
      Instant answeredAt,
      Instant closedAt) {
    Number number =
        (Number) data.sql("SELECT nextval('quality_case_number_seq')").getSingleResult();
    int year = submitted.atZone(java.time.ZoneId.of("Europe/Paris")).getYear();
    return ((Number)
            data.sql(
                    """
                    INSERT INTO quality_case (reference, kind, status, qualification, severity,
                    activity_id, session_id, text, account_id, submitter_name,
                    submitter_email, recorded_by_staff, answer, submitted_at, qualified_at,
                    answered_at, closed_at) VALUES (?, ?, ?, ?, ?, CAST(? AS bigint),
                    CAST(? AS bigint), ?, CAST(? AS bigint), ?, ?, ?, ?, ?,
                    CAST(? AS timestamptz), CAST(? AS timestamptz), CAST(? AS timestamptz))
                    RETURNING id
                    """)
                .setParameter(1, String.format("RQ-%d-%05d", year, number.longValue()))
                .setParameter(2, kind)
                .setParameter(3, status)
                .setParameter(4, qualification)
                .setParameter(5, severity)
                .setParameter(6, session == null ? null : session[1])
                .setParameter(7, session == null ? null : session[0])
                .setParameter(8, text)
                .setParameter(9, account)
                .setParameter(10, name)
                .setParameter(11, email)
                .setParameter(12, staff)
                .setParameter(13, answer)
                .setParameter(14, ts(submitted))
                .setParameter(15, ts(qualified))
                .setParameter(16, ts(answeredAt))
                .setParameter(17, ts(closedAt))
                .getSingleResult())
        .longValue();
  }

  private void event(
      long caseId,
      String step,
      Instant at,
      Long account,
      String actor,
      boolean bySubmitter,
      String note,
      Long improvement) {
    data.sql(
            """
            INSERT INTO quality_case_event (case_id, step, at, account_id, actor, by_submitter,
            note, improvement_id) VALUES (?, ?, ?, CAST(? AS bigint), ?, ?, ?,
            CAST(? AS bigint))
            """)
        .setParameter(1, caseId)
        .setParameter(2, step)
        .setParameter(3, ts(at))
        .setParameter(4, account)
        .setParameter(5, actor)
        .setParameter(6, bySubmitter)
        .setParameter(7, note)
        .setParameter(8, improvement)
        .executeUpdate();
  }

  private long improvement(
      String decision,
      String reason,
      Long owner,
      LocalDate due,
      LocalDate done,
      String effect,
      Instant created) {
    return ((Number)
            data.sql(
                    """
                    INSERT INTO improvement (decision, reason, owner_id, due_on, done_on, effect,
                    created_at, created_by) VALUES (?, ?, CAST(? AS bigint), CAST(? AS date),
                    CAST(? AS date), ?, ?, ?) RETURNING id
                    """)
                .setParameter(1, decision)
                .setParameter(2, reason)
                .setParameter(3, owner)
                .setParameter(4, due == null ? null : java.sql.Date.valueOf(due))
                .setParameter(5, done == null ? null : java.sql.Date.valueOf(done))
                .setParameter(6, effect)
                .setParameter(7, ts(created))
                .setParameter(8, DemoPeople.COORDINATOR)
                .getSingleResult())
        .longValue();
  }

  private void source(long improvement, String kind, Long caseId, Long campaign, String note) {
    data.sql(
            """
            INSERT INTO improvement_source (improvement_id, kind, case_id, campaign_id, note)
            VALUES (?, ?, CAST(? AS bigint), CAST(? AS bigint), ?)
            """)
        .setParameter(1, improvement)
        .setParameter(2, kind)
        .setParameter(3, caseId)
        .setParameter(4, campaign)
        .setParameter(5, note)
        .executeUpdate();
  }

  private Long account(String email) {
    List<?> ids =
        data.sql("SELECT id FROM account WHERE email = ?").setParameter(1, email).getResultList();
    return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
  }

  private Long hotCampaign() {
    List<?> ids =
        data.sql(
                """
                SELECT c.id FROM campaign c WHERE c.phase = 'HOT' AND EXISTS (SELECT 1 FROM
                survey_response r WHERE r.campaign_id = c.id AND r.submitted) ORDER BY c.id
                LIMIT 1
                """)
            .getResultList();
    return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
  }

  private static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
