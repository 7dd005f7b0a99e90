package fr.relais.quality;

import fr.relais.kernel.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The only way a case changes: asks {@link CaseStatus} whether the step is allowed, moves the case
 * and writes the history line. Illegal moves are refused, nothing written.
 */
@ApplicationScoped
class CaseMoves {

  @Inject private QualityRepository repository;

  /** Who takes a step: an account (or none once erased) and how the history names them. */
  record Actor(Long accountId, String label, boolean submitter) {}

  /** The first line of a new case's history ("received"): not a move, the case starts there. */
  CaseEvent opened(QualityCase c, Instant at, Actor actor) {
    CaseEvent event =
        new CaseEvent(
            c.getId(),
            CaseStep.SUBMITTED,
            at,
            actor.accountId(),
            actor.label(),
            actor.submitter(),
            null,
            null);
    repository.persist(event);
    return event;
  }

  CaseEvent step(
      QualityCase c, CaseStep step, Instant at, Actor actor, String note, Long improvementId) {
    CaseStatus to =
        c.getStatus()
            .after(step, c.isAnswerable())
            .orElseThrow(() -> new BusinessException("quality.move.refused"));
    c.move(to);
    if (step == CaseStep.CLOSED) {
      c.close(at);
    }
    CaseEvent event =
        new CaseEvent(
            c.getId(),
            step,
            at,
            actor.accountId(),
            actor.label(),
            actor.submitter(),
            note,
            improvementId);
    repository.persist(event);
    return event;
  }
}
