package fr.relais.establishment;

import fr.relais.kernel.i18n.Texts;
import fr.relais.notification.MailService;
import fr.relais.notification.MailSettings;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Moves a request from one state to the next: the state machine's check, one line of history, and a
 * mail to the other side (the coordinators when the establishment acts, the establishment's
 * contacts when the association acts, both when Relais itself does).
 */
@ApplicationScoped
public class RequestMoves {

  @Inject private EstablishmentRepository repository;
  @Inject private MailService mailer;
  @Inject private MailSettings mail;
  @Inject private Clock clock;
  @Inject private Event<RequestHeld> held;

  @Transactional(Transactional.TxType.MANDATORY)
  public void move(
      EstablishmentRequest request,
      RequestStatus next,
      RequestStatus.Side side,
      Caller by,
      String note) {
    RequestStatus before = request.moveTo(next, side, clock.instant());
    repository.persist(
        new RequestEvent(request.getId(), clock.instant(), by.email(), before, next, note));
    if (next == RequestStatus.HELD) {
      held.fire(new RequestHeld(request.getId())); // the client's opinion is asked
    }
    if (side != RequestStatus.Side.ESTABLISHMENT) {
      tell(
          repository.activeContacts(request.getSite().getId()),
          request,
          note,
          "/establishment/request");
    }
    if (side != RequestStatus.Side.ASSOCIATION) {
      tell(repository.coordinators(), request, note, "/establishment/manage/request");
    }
  }

  /** The first line of a request's history, when it is made. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void opened(EstablishmentRequest request, Caller by) {
    repository.persist(
        new RequestEvent(
            request.getId(), clock.instant(), by.email(), null, RequestStatus.REQUESTED, null));
    tell(repository.coordinators(), request, null, "/establishment/manage/request");
  }

  /**
   * A request made on the public form reaches the association now that its contact was accepted:
   * its first line of history (by the contact, who asked) and the coordinators' mail happen here.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void released(EstablishmentRequest request, Caller contact) {
    request.release();
    opened(request, contact);
  }

  /**
   * A request still held for its contact's check, declined because the association refused that
   * contact: its line of history with the reason, and no other mail (the refusal mailed to the
   * person says why; the establishment's other contacts never saw the request).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void droppedWithContact(EstablishmentRequest request, Caller by, String reason) {
    request.decline(reason);
    RequestStatus before =
        request.moveTo(RequestStatus.DECLINED, RequestStatus.Side.ASSOCIATION, clock.instant());
    repository.persist(
        new RequestEvent(
            request.getId(), clock.instant(), by.email(), before, RequestStatus.DECLINED, reason));
  }

  private void tell(List<Account> people, EstablishmentRequest request, String note, String page) {
    for (Account person : people) {
      Texts texts = Texts.in(person.getLanguage());
      mailer.send(
          "establishmentRequestMoved",
          person.recipient(),
          null,
          "n° " + request.getId(),
          texts.get("enum.RequestStatus." + request.getStatus().name()),
          person.getFirstName(),
          request.getSite().getName(),
          request.getActivity().getTitle(),
          note == null || note.isBlank() ? "" : "\n« " + note + " »\n",
          mail.publicUrl() + page + "?id=" + request.getId());
    }
  }
}
