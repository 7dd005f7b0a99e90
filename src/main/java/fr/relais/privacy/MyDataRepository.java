package fr.relais.privacy;

import fr.relais.people.Account;
import fr.relais.people.Role;
import fr.relais.survey.MyWellbeing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * Everything Relais keeps about one person (GDPR right of access): the account, registrations with
 * their attendance and certificates, survey invitations, their own wellbeing scores (found by their
 * pseudonym), and, for trainers, the sessions they lead. Built from SQL on their own rows only.
 */
@Stateless
public class MyDataRepository {

  @PersistenceContext private EntityManager em;
  @Inject private MyWellbeing wellbeing;

  public JsonObject of(Account account) {
    long id = account.getId();
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("account", account(account))
            .add("registrations", registrations(id))
            .add("surveyInvitations", invitations(id))
            .add("wellbeingScores", scores(id))
            .add("traineeCategories", categories(id))
            .add("arrangementRequests", arrangements(id))
            .add("qualityCases", qualityCases(id))
            .add("quizAttempts", quizAttempts(id))
            .add("apiTokens", apiTokens(id));
    if (account.getRoles().contains(Role.TRAINER)) {
      data.add("sessionsLed", led(id));
    }
    if (account.getRoles().contains(Role.CONTACT)) {
      data.add("establishment", establishment(id))
          .add("establishmentRequests", requests(id))
          .add("conventionsAccepted", conventions(id));
    }
    return data.build();
  }

  private static JsonObjectBuilder account(Account a) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    put(json, "email", a.getEmail());
    put(json, "firstName", a.getFirstName());
    put(json, "lastName", a.getLastName());
    put(json, "status", a.getStatus());
    put(json, "profession", a.getProfession());
    put(json, "workplaceType", a.getWorkplaceType());
    put(json, "region", a.getRegion());
    put(json, "rpps", a.getRpps());
    put(json, "adeli", a.getAdeli());
    put(json, "language", a.getLanguage());
    JsonArrayBuilder roles = Json.createArrayBuilder();
    a.getRoles().forEach(r -> roles.add(r.name()));
    return json.add("roles", roles);
  }

  private JsonArrayBuilder registrations(long account) {
    return table(
        """
        SELECT r.id, a.title, s.starts_at, s.ends_at, r.status, r.seat, r.registered_at,
        r.cancelled_at, c.code,
        (SELECT string_agg(t.half_day || ':' || t.status || ':' || t.method, ','
        ORDER BY t.half_day) FROM attendance t WHERE t.registration_id = r.id)
        FROM registration r JOIN session s ON s.id = r.session_id
        JOIN activity a ON a.id = s.activity_id
        LEFT JOIN certificate c ON c.registration_id = r.id
        WHERE r.account_id = ? ORDER BY s.starts_at
        """,
        account,
        "id",
        "activity",
        "startsAt",
        "endsAt",
        "status",
        "seat",
        "registeredAt",
        "cancelledAt",
        "certificateCode",
        "attendance");
  }

  private JsonArrayBuilder invitations(long account) {
    return table(
        """
        SELECT c.title, i.opens_at, i.mails_sent, i.answered FROM survey_invitation i
        JOIN campaign c ON c.id = i.campaign_id WHERE i.account_id = ? ORDER BY i.id
        """,
        account,
        "campaign",
        "opensAt",
        "mailsSent",
        "answered");
  }

  private JsonArrayBuilder scores(long account) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (MyWellbeing.Entry e : wellbeing.of(account)) {
      JsonObjectBuilder scores = Json.createObjectBuilder();
      for (Map.Entry<String, Double> s : e.scores().entrySet()) {
        scores.add(s.getKey(), s.getValue());
      }
      all.add(
          Json.createObjectBuilder()
              .add("on", e.on().toString())
              .add("instrument", e.code())
              .add("scores", scores));
    }
    return all;
  }

  /** Knowledge quizzes answered (indicator 11): the score of each, before and after. */
  private JsonArrayBuilder quizAttempts(long account) {
    return table(
        """
        SELECT a.title, s.starts_at, q.phase, q.score, q.total, q.submitted_at
        FROM quiz_attempt q JOIN registration r ON r.id = q.registration_id
        JOIN session s ON s.id = q.session_id JOIN activity a ON a.id = s.activity_id
        WHERE r.account_id = ? ORDER BY q.submitted_at
        """,
        account,
        "activity",
        "startsAt",
        "phase",
        "score",
        "total",
        "submittedAt");
  }

  /** API tokens (issue 18): name, scopes and dates, never the hash. */
  private JsonArrayBuilder apiTokens(long account) {
    return table(
        """
        SELECT name, scopes, created_at, last_used_at, expires_at, revoked_at FROM api_token
        WHERE account_id = ? ORDER BY created_at
        """,
        account,
        "name",
        "scopes",
        "createdAt",
        "lastUsedAt",
        "expiresAt",
        "revokedAt");
  }

  private JsonArrayBuilder led(long account) {
    return table(
        """
        SELECT s.id, a.title, s.starts_at FROM session_trainer st
        JOIN session s ON s.id = st.session_id JOIN activity a ON a.id = s.activity_id
        WHERE st.account_id = ? ORDER BY s.starts_at
        """,
        account,
        "id",
        "activity",
        "startsAt");
  }

  /** The contact's link to their establishment (issue 16). */
  private JsonArrayBuilder establishment(long account) {
    return table(
        """
        SELECT s.name, c.status, c.job_title, c.phone, c.created_at, c.reviewed_at
        FROM establishment_contact c JOIN site s ON s.id = c.site_id
        WHERE c.account_id = ?
        """,
        account,
        "establishmentName",
        "contactStatus",
        "jobTitle",
        "phone",
        "createdAt",
        "reviewedAt");
  }

  /**
   * The complaints and incidents the person submitted (issue 17), signed in or as a visitor with
   * the account's address.
   */
  private JsonArrayBuilder qualityCases(long account) {
    return table(
        """
        SELECT c.reference, c.kind, c.status, c.submitted_at, c.submitter_name, c.text, c.answer,
        c.closed_at FROM quality_case c JOIN account a ON a.id = ?
        AND (c.account_id = a.id OR c.submitter_email = a.email)
        WHERE NOT c.recorded_by_staff ORDER BY c.submitted_at
        """,
        account,
        "reference",
        "caseKind",
        "caseStatus",
        "submittedAt",
        "submitterName",
        "text",
        "answer",
        "closedAt");
  }

  /** The requests the contact made for their establishment. */
  private JsonArrayBuilder requests(long account) {
    return table(
        """
        SELECT r.id, s.name, a.title, r.status, r.headcount, r.created_at, r.notes
        FROM establishment_request r JOIN site s ON s.id = r.site_id
        JOIN activity a ON a.id = r.activity_id WHERE r.contact_id = ? ORDER BY r.id
        """,
        account,
        "id",
        "establishmentName",
        "activity",
        "requestStatus",
        "headcount",
        "createdAt",
        "notes");
  }

  /** The conventions the contact accepted: when, under which name, the hash of the PDF. */
  private JsonArrayBuilder conventions(long account) {
    return table(
        """
        SELECT c.request_id, c.number, c.status, c.accepted_at, c.accepted_by_name, c.sha256
        FROM convention c WHERE c.accepted_by_id = ? ORDER BY c.accepted_at
        """,
        account,
        "request",
        "version",
        "conventionStatus",
        "acceptedAt",
        "acceptedByName",
        "sha256");
  }

  /** BPF frame F-1: who pays for each training registration (issue 17). */
  private JsonArrayBuilder categories(long account) {
    return table(
        """
        SELECT a.title, s.starts_at, r.trainee_category, r.category_source FROM registration r
        JOIN session s ON s.id = r.session_id JOIN activity a ON a.id = s.activity_id
        WHERE r.account_id = ? AND r.trainee_category IS NOT NULL ORDER BY s.starts_at
        """,
        account,
        "title",
        "startsAt",
        "traineeCategory",
        "categorySource");
  }

  /** Qualiopi indicator 26: the arrangements the person asked for, with their own words. */
  private JsonArrayBuilder arrangements(long account) {
    return table(
        """
        SELECT a.title, s.starts_at, q.created_at, q.need, q.status, q.handled_note
        FROM arrangement_request q JOIN registration r ON r.id = q.registration_id
        JOIN session s ON s.id = r.session_id JOIN activity a ON a.id = s.activity_id
        WHERE r.account_id = ? ORDER BY q.created_at
        """,
        account,
        "title",
        "startsAt",
        "askedAt",
        "need",
        "arrangementStatus",
        "handledNote");
  }

  /** One JSON object per row of the query, its columns under these names, in order. */
  private JsonArrayBuilder table(String sql, long account, String... names) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (Object[] r : rows(sql, account)) {
      JsonObjectBuilder json = Json.createObjectBuilder();
      for (int i = 0; i < names.length; i++) {
        put(json, names[i], r[i]);
      }
      all.add(json);
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, long account) {
    return em.createNativeQuery(sql).setParameter(1, account).getResultList();
  }

  /** Values as JSON: numbers and booleans as such, dates and the rest as text, null as null. */
  private static void put(JsonObjectBuilder json, String name, Object value) {
    if (value == null) {
      json.addNull(name);
    } else if (value instanceof Boolean b) {
      json.add(name, b);
    } else if (value instanceof Number n) {
      json.add(name, n.longValue());
    } else if (value instanceof java.sql.Timestamp t) {
      json.add(name, t.toInstant().toString());
    } else {
      json.add(name, value.toString());
    }
  }
}
