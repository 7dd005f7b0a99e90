package fr.relais.establishment;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.people.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The contact's side, "Mon établissement": their establishment, its other contacts and its
 * requests; a new request typed on a page. An active contact of that establishment only.
 */
@Stateless
public class ContactDesk {

  @Inject private Contacts contacts;
  @Inject private EstablishmentRepository repository;
  @Inject private EstablishmentRequestService requests;
  @Inject private Clock clock;

  /** The contact's page: who they are, the establishment's other contacts, its requests. */
  public record Home(
      EstablishmentContact me,
      List<EstablishmentContact> others,
      List<EstablishmentRequest> requests) {}

  public Home home(Caller by) {
    EstablishmentContact me = contacts.activeContact(by);
    long site = me.getSite().getId();
    List<EstablishmentContact> others =
        repository.contactsOf(site).stream()
            .filter(c -> c.isActive() && !c.getAccountId().equals(me.getAccountId()))
            .toList();
    return new Home(me, others, repository.requestsOf(site));
  }

  /** A request typed on the page: typing mistakes and rules said together, nothing stored then. */
  public EstablishmentRequest submit(Caller by, RequestDraft draft) {
    contacts.activeContact(by);
    List<FieldError> typing = draft.problems(LocalDate.now(clock.withZone(ClockProducer.PARIS)));
    if (!typing.isEmpty()) {
      throw new InvalidInput(typing);
    }
    return requests.submit(by, draft.details());
  }
}
