package fr.relais.survey;

import fr.relais.people.Caller;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trainers' answers (indicator 30) for coordinators: per activity, the mean of each question
 * out of 5 and how many answered; per session, each submitted questionnaire with its comments.
 * Responses carry a pseudonym, not a name; a session led by one trainer is theirs by reading, which
 * is the point of asking them (this page is not public, so no minimum of five applies).
 */
@Stateless
public class TrainerOpinionReportService {

  @PersistenceContext private EntityManager em;

  public record Answer(String question, String value) implements java.io.Serializable {}

  public record Response(long id, List<Answer> answers) implements java.io.Serializable {}

  public record SessionAnswers(
      long sessionId, String activity, Instant startsAt, long invited, List<Response> responses)
      implements java.io.Serializable {}

  public record Mean(String question, double mean, int count) implements java.io.Serializable {}

  public record ActivityMeans(String activity, int responses, List<Mean> means)
      implements java.io.Serializable {}

  public record Report(List<ActivityMeans> activities, List<SessionAnswers> sessions)
      implements java.io.Serializable {}

  /** Every session's answers, or one session's when {@code sessionId} is given. */
  public Report of(Caller caller, Long sessionId, Locale locale) {
    caller.mustCoordinate();
    boolean fr = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    String one = sessionId == null ? "" : " AND s.id = ?1";
    jakarta.persistence.Query query =
        em.createNativeQuery(
                """
                SELECT sr.id, s.id, a.title, s.starts_at, COALESCE(qi.text_%s, qi.text_en), qi.type, sa.number_value, sa.text_value,
                COALESCE(ch.label_%s, ch.label_en),
                (SELECT count(*) FROM survey_invitation i WHERE i.campaign_id = c.id
                  AND i.session_id = s.id)
                FROM survey_response sr
                JOIN campaign c ON c.id = sr.campaign_id AND c.phase = 'TRAINER'
                JOIN session s ON s.id = sr.session_id
                JOIN activity a ON a.id = s.activity_id
                JOIN survey_answer sa ON sa.response_id = sr.id
                JOIN questionnaire_item qi ON qi.id = sa.item_id
                JOIN questionnaire_section qs ON qs.id = qi.section_id
                LEFT JOIN item_choice ch ON ch.item_id = qi.id AND ch.value = sa.number_value
                WHERE sr.submitted%s
                ORDER BY s.starts_at DESC, s.id, sr.id, qs.position, qi.position
                """
                    .formatted((fr ? "fr" : "en"), (fr ? "fr" : "en"), one))
            .setMaxResults(5000);
    if (sessionId != null) {
      query.setParameter(1, sessionId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    Map<Long, SessionAnswers> sessions = new LinkedHashMap<>();
    Map<Long, Response> responses = new LinkedHashMap<>();
    Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
    Map<String, java.util.Set<Long>> respondents = new LinkedHashMap<>();
    for (Object[] r : rows) {
      long response = ((Number) r[0]).longValue();
      long session = ((Number) r[1]).longValue();
      String activity = (String) r[2];
      SessionAnswers s =
          sessions.computeIfAbsent(
              session,
              k ->
                  new SessionAnswers(
                      session,
                      activity,
                      ((Timestamp) r[3]).toInstant(),
                      ((Number) r[9]).longValue(),
                      new ArrayList<>()));
      Response answers =
          responses.computeIfAbsent(
              response,
              k -> {
                Response created = new Response(response, new ArrayList<>());
                s.responses().add(created);
                return created;
              });
      String question = (String) r[4];
      String value =
          r[8] != null ? (String) r[8] : r[7] != null ? (String) r[7] : String.valueOf(r[6]);
      answers.answers().add(new Answer(question, value));
      if ("LIKERT".equals(r[5]) && r[6] != null) {
        double[] sum =
            sums.computeIfAbsent(activity, k -> new LinkedHashMap<>())
                .computeIfAbsent(question, k -> new double[2]);
        sum[0] += ((Number) r[6]).doubleValue();
        sum[1]++;
      }
      respondents.computeIfAbsent(activity, k -> new java.util.HashSet<>()).add(response);
    }
    List<ActivityMeans> activities = new ArrayList<>();
    sums.forEach(
        (activity, questions) -> {
          List<Mean> means = new ArrayList<>();
          questions.forEach((q, s) -> means.add(new Mean(q, s[0] / s[1], (int) s[1])));
          activities.add(new ActivityMeans(activity, respondents.get(activity).size(), means));
        });
    activities.sort(java.util.Comparator.comparing(ActivityMeans::activity));
    return new Report(activities, new ArrayList<>(sessions.values()));
  }
}
