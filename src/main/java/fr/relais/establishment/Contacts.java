package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.NotFoundException;
import fr.relais.people.Caller;
import fr.relais.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who acts for which establishment. A contact sees and acts on their own establishment only; a
 * contact not yet checked sees nothing. Coordinators see every establishment.
 */
@ApplicationScoped
public class Contacts {

  @Inject private EstablishmentRepository repository;

  /** The caller's establishment link, active, or a refusal. */
  public EstablishmentContact activeContact(Caller caller) {
    if (!caller.has(Role.CONTACT)) {
      throw BusinessException.forbidden(Caller.FORBIDDEN);
    }
    EstablishmentContact contact =
        repository
            .contact(caller.accountId())
            .orElseThrow(() -> BusinessException.forbidden(Caller.FORBIDDEN));
    if (!contact.isActive()) {
      throw BusinessException.forbidden("establishment.contact.notActive");
    }
    return contact;
  }

  /** Whether the caller is an active contact of that establishment. */
  public boolean actsFor(Caller caller, long siteId) {
    return caller.has(Role.CONTACT)
        && repository
            .contact(caller.accountId())
            .filter(EstablishmentContact::isActive)
            .filter(c -> c.getSite().getId() == siteId)
            .isPresent();
  }

  /**
   * The request, for a coordinator or an active contact of its establishment; anyone else is told
   * it does not exist (saying it exists would tell which establishments book days).
   */
  public EstablishmentRequest readable(Caller caller, long requestId) {
    EstablishmentRequest request =
        repository.request(requestId).orElseThrow(() -> new NotFoundException("request"));
    // A request held for its contact's check reaches no one yet (ContactReviewService releases it).
    if (request.isAwaitingContactCheck()
        || (!caller.isCoordinator() && !actsFor(caller, request.getSite().getId()))) {
      throw new NotFoundException("request");
    }
    return request;
  }

  /** The side the caller acts on for that request: the association or the establishment. */
  public RequestStatus.Side sideOf(Caller caller, EstablishmentRequest request) {
    if (caller.isCoordinator()) {
      return RequestStatus.Side.ASSOCIATION;
    }
    if (actsFor(caller, request.getSite().getId())) {
      return RequestStatus.Side.ESTABLISHMENT;
    }
    throw BusinessException.forbidden(Caller.FORBIDDEN);
  }
}
