package fr.relais.catalog;

import fr.relais.kernel.Organisation;
import fr.relais.programme.Activity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Qualiopi indicator 1 on a training action's public page: what the activity's catalogue fields
 * say, the session's trained time (its length less its break) and the disability referent's
 * contact. Prevention activities have none (empty).
 */
@ApplicationScoped
public class TrainingInformationRepository {

  @PersistenceContext private EntityManager em;
  @Inject private Organisation organisation;

  /** What the page shows; trainedMinutes excludes the session's break. */
  public record Shown(
      Activity.Catalogue catalogue, long trainedMinutes, Organisation.DisabilityReferent referent) {

    public Activity.Catalogue getCatalogue() {
      return catalogue;
    }

    public long getTrainedMinutes() {
      return trainedMinutes;
    }

    /** "3 h 30", "45 min". */
    public String getTrainedText() {
      return duration(trainedMinutes);
    }

    public Organisation.DisabilityReferent getReferent() {
      return referent;
    }
  }

  /** "3 h 30", "45 min", "7 h". */
  static String duration(long minutes) {
    long h = minutes / 60;
    long m = minutes % 60;
    return h == 0 ? m + " min" : h + " h" + (m == 0 ? "" : " " + (m < 10 ? "0" : "") + m);
  }

  public Optional<Shown> of(long sessionId) {
    return em.createQuery(
            """
            SELECT a, s.startsAt, s.endsAt, s.breakMinutes FROM Session s JOIN s.activity a
            WHERE s.id = :id AND a.purpose = fr.relais.programme.Purpose.TRAINING
            """,
            Object[].class)
        .setParameter("id", sessionId)
        .getResultStream()
        .findFirst()
        .map(
            row -> {
              long minutes =
                  java.time.Duration.between((java.time.Instant) row[1], (java.time.Instant) row[2])
                          .toMinutes()
                      - ((Number) row[3]).longValue();
              return new Shown(
                  ((Activity) row[0]).getCatalogue(), minutes, organisation.disabilityReferent());
            });
  }
}
