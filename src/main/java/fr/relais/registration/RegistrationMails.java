package fr.relais.registration;

import fr.relais.kernel.TimeRange;
import fr.relais.kernel.ics.IcsCalendar;
import fr.relais.kernel.ics.IcsEvent;
import fr.relais.notification.MailService;
import fr.relais.notification.MailSettings;
import fr.relais.people.Account;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * What participants receive about their registrations, with an invitation (.ics) their calendar
 * understands: REQUEST when a seat is theirs, CANCEL when it no longer is.
 */
@ApplicationScoped
public class RegistrationMails {

  @Inject private MailService mailer;
  @Inject private MailSettings settings;
  @Inject private Clock clock;

  public void confirmed(Registration r) {
    mailer.send("confirmed", r.getAccount().recipient(), invitation(r, false), args(r));
  }

  public void waitlisted(Registration r, int position) {
    mailer.send("waitlisted", r.getAccount().recipient(), null, args(r, position));
  }

  public void promoted(Registration r) {
    mailer.send("promoted", r.getAccount().recipient(), invitation(r, false), args(r));
  }

  public void cancelled(Registration r, boolean heldASeat) {
    mailer.send(
        "cancelled", r.getAccount().recipient(), heldASeat ? invitation(r, true) : null, args(r));
  }

  public void sessionCancelled(Registration r, boolean heldASeat, String reason) {
    mailer.send(
        "sessionCancelled",
        r.getAccount().recipient(),
        heldASeat ? invitation(r, true) : null,
        args(r, reason));
  }

  /** The reminder of the day before; false when this registration already had it. */
  public boolean reminder(Registration r) {
    return mailer.sendOnce(
        "reminder:" + r.getId(), "reminder", r.getAccount().recipient(), null, args(r));
  }

  /** The invitation a participant downloads from "Mes inscriptions". */
  public IcsCalendar invitation(Registration r, boolean cancelled) {
    Session s = r.getSession();
    IcsEvent event =
        IcsEvent.of(
                SessionEvents.uid(s.getId()),
                s.getStartsAt(),
                s.getEndsAt(),
                s.getActivity().getTitle())
            .located(place(s))
            .described(where(s), settings.publicUrl() + "/catalog/session?id=" + s.getId())
            .between(addressOf(settings.from()), r.getAccount().getEmail())
            .cancelled(cancelled)
            .sequence(cancelled ? 1 : 0);
    return IcsCalendar.invitation(event, clock.instant());
  }

  /**
   * Arguments of every registration mail: {0} first name, {1} title, {2} period, {3} where (address
   * or link), {4} the session page, {5} "Mes inscriptions", {6} whom to contact, {7} an extra
   * (waitlist position, reason).
   */
  private Object[] args(Registration r, Object... extra) {
    Session s = r.getSession();
    Account a = r.getAccount();
    return new Object[] {
      a.getFirstName(),
      s.getActivity().getTitle(),
      new TimeRange(s.getStartsAt(), s.getEndsAt()),
      where(s),
      settings.publicUrl() + "/catalog/session?id=" + s.getId(),
      settings.publicUrl() + "/registration/mine",
      settings.contactEmail(),
      extra.length > 0 ? extra[0] : ""
    };
  }

  /** The address, or the videoconference link (only registered people receive it). */
  private static String where(Session s) {
    StringBuilder where = new StringBuilder();
    if (s.getSite() != null) {
      where.append(place(s));
      if (s.getSite().getAddress() != null) {
        where.append(", ").append(s.getSite().getAddress());
      }
      if (s.getSite().getCity() != null) {
        where
            .append(", ")
            .append(s.getSite().getPostalCode() == null ? "" : s.getSite().getPostalCode() + " ")
            .append(s.getSite().getCity());
      }
    }
    if (s.getVideoLink() != null) {
      where.append(where.length() > 0 ? " / " : "").append(s.getVideoLink());
    }
    return where.toString();
  }

  private static String place(Session s) {
    if (s.getSite() == null) {
      return s.getVideoLink();
    }
    return s.getSite().getName() + (s.getRoom() == null ? "" : " – " + s.getRoom().getName());
  }

  private static String addressOf(String from) {
    int open = from.indexOf('<');
    return open < 0 ? from.strip() : from.substring(open + 1, from.indexOf('>', open)).strip();
  }
}
