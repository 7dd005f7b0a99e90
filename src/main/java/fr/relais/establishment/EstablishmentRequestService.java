package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.people.Caller;
import fr.relais.programme.Activity;
import fr.relais.scheduling.SessionService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * An establishment's requests: made by its contacts, declined or closed by the association,
 * withdrawn by the establishment. Proposals and acceptance are {@code ConventionService}'. Every
 * move goes through {@link RequestMoves}: the state machine, the history, the mail to the other
 * side.
 */
@Stateless
public class EstablishmentRequestService {

  @PersistenceContext private EntityManager em;
  @Inject private Contacts contacts;
  @Inject private RequestMoves moves;
  @Inject private EstablishmentRepository repository;
  @Inject private Clock clock;
  @Inject private ConventionSessionRepository linked;
  @Inject private SessionService sessions;

  /** A contact asks for a day for their establishment. */
  public EstablishmentRequest submit(Caller by, RequestDetails details) {
    EstablishmentContact contact = contacts.activeContact(by);
    List<FieldError> errors =
        RequestRules.problems(details, LocalDate.now(clock.withZone(ClockProducer.PARIS)));
    Activity activity = repository.requestableActivity(details.activityId()).orElse(null);
    if (details.activityId() != null && activity == null) {
      errors.add(new FieldError("activity", "establishment.request.activity.required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    EstablishmentRequest request =
        new EstablishmentRequest(
            contact.getSite(), contact.getAccount(), activity, details, clock.instant());
    em.persist(request);
    em.flush();
    moves.opened(request, by);
    return request;
  }

  /** The association declines, saying why (the reason is mailed to the establishment). */
  public void decline(Caller by, long requestId, String reason) {
    by.mustCoordinate();
    if (reason == null || reason.isBlank()) {
      throw BusinessException.onField("reason", "establishment.request.declineReason.required");
    }
    if (reason.length() > 1000) {
      throw BusinessException.onField("reason", "establishment.tooLong", 1000);
    }
    EstablishmentRequest request = contacts.readable(by, requestId);
    request.decline(reason.strip());
    moves.move(request, RequestStatus.DECLINED, RequestStatus.Side.ASSOCIATION, by, reason.strip());
    release(request, "establishment.request.sessionsReleased.declined");
  }

  /** The establishment withdraws its request (its sessions, if any, are the caller's to cancel). */
  public EstablishmentRequest withdraw(Caller by, long requestId, String note) {
    EstablishmentRequest request = contacts.readable(by, requestId);
    if (contacts.sideOf(by, request) != RequestStatus.Side.ESTABLISHMENT) {
      throw BusinessException.forbidden(Caller.FORBIDDEN);
    }
    moves.move(request, RequestStatus.WITHDRAWN, RequestStatus.Side.ESTABLISHMENT, by, note);
    release(request, "establishment.request.sessionsReleased.withdrawn");
    return request;
  }

  /** The association records the day as held (Relais does it too when its sessions complete). */
  public void markHeld(Caller by, long requestId) {
    associationMoves(by, requestId, RequestStatus.HELD);
  }

  /** The association closes a held request once its documents are out. */
  public void close(Caller by, long requestId) {
    associationMoves(by, requestId, RequestStatus.CLOSED);
  }

  private void associationMoves(Caller by, long requestId, RequestStatus to) {
    by.mustCoordinate();
    moves.move(contacts.readable(by, requestId), to, RequestStatus.Side.ASSOCIATION, by, null);
  }

  /** The request's history, oldest first, for whoever may read the request. */
  public List<RequestEvent> history(Caller by, long requestId) {
    contacts.readable(by, requestId);
    return repository.history(requestId);
  }

  /**
   * A request declined or withdrawn keeps no session to come: drafts would hold the room and the
   * trainers, published ones would wait for people who will not come. Each is cancelled (its
   * registrants are told, as for any cancellation); a day already begun is left as it is.
   */
  private void release(EstablishmentRequest request, String reasonKey) {
    String reason = Texts.in(Language.FR).get(reasonKey, request.getId());
    for (long id : linked.active(request.getId())) {
      if (sessions.find(id).getStartsAt().isAfter(clock.instant())) {
        sessions.cancel(Caller.system(), id, reason);
      }
    }
  }
}
