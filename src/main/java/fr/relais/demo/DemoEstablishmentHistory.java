package fr.relais.demo;

import fr.relais.establishment.Convention;
import fr.relais.establishment.ConventionDay;
import fr.relais.establishment.ConventionFacts;
import fr.relais.establishment.ConventionPdf;
import fr.relais.establishment.ConventionTerms;
import fr.relais.establishment.EstablishmentRequest;
import fr.relais.establishment.EstablishmentRequestService;
import fr.relais.establishment.PriceBasis;
import fr.relais.establishment.ProposalPlans;
import fr.relais.establishment.RequestDetails;
import fr.relais.establishment.RequestEvent;
import fr.relais.establishment.RequestStatus;
import fr.relais.establishment.StaffInvitation;
import fr.relais.establishment.VatStatus;
import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.Organisation;
import fr.relais.kernel.Tokens;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.programme.Audience;
import fr.relais.registration.CategorySource;
import fr.relais.registration.Registration;
import fr.relais.registration.RegistrationStatus;
import fr.relais.registration.TraineeCategoryRule;
import fr.relais.scheduling.InvitationCodes;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The CHU Val-de-Seine's full history: the JADES day the demo's past already holds at the CHU
 * (signed sheets, certificates) becomes the day its contact asked for, agreed by an accepted
 * convention and held. The services refuse the past (a request's dates are to come), so this past
 * is written as it would have been: the request, its history at the dates it happened, the
 * convention's PDF rendered by the same code with its hash, the staff list. Then Relais records the
 * day as held through the service, which asks the contact for the establishment's opinion.
 */
@ApplicationScoped
public class DemoEstablishmentHistory {

  @Inject private DemoRepository data;
  @Inject private ProposalPlans plans;
  @Inject private Organisation organisation;
  @Inject private InvitationCodes codes;
  @Inject private EstablishmentRequestService requests;

  /** Returns whether the history was written (the demo's past has a JADES day at the CHU). */
  public boolean create(Account contact, Site chu, Account coordinator) {
    Optional<Session> held = heldDayAt(chu);
    held.ifPresent(day -> book(contact, chu, coordinator, day, 120_000L));
    return held.isPresent();
  }

  /**
   * The given held day becomes the day the establishment's contact asked for and agreed by
   * convention at that price per day; its staff are counted as the establishment's employees.
   */
  public void book(Account contact, Site chu, Account coordinator, Session day, long pricePerDay) {
    Instant asked = day.getStartsAt().minus(Duration.ofDays(60));
    Instant proposed = asked.plus(Duration.ofDays(6));
    Instant accepted = proposed.plus(Duration.ofDays(3));
    List<Registration> seated = seated(day);
    EstablishmentRequest request =
        new EstablishmentRequest(
            chu,
            contact,
            day.getActivity(),
            new RequestDetails(
                day.getActivity().getId(),
                List.of(day.getStartsAt().atZone(ClockProducer.PARIS).toLocalDate()),
                seated.size(),
                Audience.PROFESSIONALS,
                "Salle de formation 2 (18 places), vidéoprojecteur et paperboard",
                "Pour les équipes des urgences et de réanimation."),
            asked);
    data.save(request);
    data.flush();
    ConventionTerms terms =
        new ConventionTerms(
            pricePerDay,
            PriceBasis.PER_DAY,
            VatStatus.EXEMPT,
            Math.max(seated.size(), 1),
            "Virement à 30 jours après la journée, sur facture.",
            day.getActivity().getObjectives() == null
                ? "Repérer ses signes d'épuisement et ceux de ses collègues."
                : day.getActivity().getObjectives(),
            day.getActivity().getDescription() == null
                ? "Une journée d'ateliers : repères, échanges de pratiques, outils."
                : day.getActivity().getDescription(),
            "Une formatrice de l'association, supports remis aux participants, salle équipée.",
            "Émargement par demi-journée ; questionnaire de satisfaction à chaud ; certificat.");
    List<ConventionDay> days = List.of(new ConventionDay(day.getStartsAt(), day.getEndsAt()));
    ConventionFacts facts =
        new ConventionFacts(
            request.getId(),
            1,
            proposed,
            chu.getName(),
            ProposalPlans.address(chu),
            day.getActivity().getTitle(),
            plans.audience(request),
            days,
            plans.placeOf(day),
            plans.trainersOf(day),
            terms);
    byte[] pdf = ConventionPdf.of(facts, organisation.identity());
    Convention convention =
        new Convention(
            request,
            1,
            terms,
            new Convention.Written(days, facts.place(), facts.trainers(), pdf, Tokens.sha256(pdf)),
            coordinator.getEmail(),
            proposed);
    data.save(convention);
    data.flush();
    data.sql(
            """
            UPDATE convention SET status = 'ACCEPTED', accepted_at = ?, accepted_by_id = ?,
            accepted_by_name = ? WHERE id = ?
            """)
        .setParameter(1, java.sql.Timestamp.from(accepted))
        .setParameter(2, contact.getId())
        .setParameter(3, contact.getFirstName() + " " + contact.getLastName())
        .setParameter(4, convention.getId())
        .executeUpdate();
    String code = day.getInvitationCode() != null ? day.getInvitationCode() : codes.next();
    data.sql(
            """
            UPDATE session SET establishment_request_id = ?, reserved_for_site_id = ?,
            invitation_code = ? WHERE id = ?
            """)
        .setParameter(1, request.getId())
        .setParameter(2, chu.getId())
        .setParameter(3, code)
        .setParameter(4, day.getId())
        .executeUpdate();
    for (Registration r : seated) {
      TraineeCategoryRule.derive(r.getAccount().getStatus(), chu.getSector())
          .ifPresent(c -> r.categorise(c, CategorySource.DERIVED));
      Account person = r.getAccount();
      StaffInvitation invited =
          new StaffInvitation(
              request,
              person.getEmail(),
              person.getFirstName(),
              person.getLastName(),
              person.getProfession(),
              contact.getEmail(),
              accepted.plus(Duration.ofDays(1)));
      invited.linkTo(person);
      data.save(invited);
    }
    history(request, contact, coordinator, asked, proposed, accepted, convention);
    data.sql("UPDATE establishment_request SET status = 'SCHEDULED' WHERE id = ?")
        .setParameter(1, request.getId())
        .executeUpdate();
    data.flush();
    data.refresh(request);
    requests.markHeld(Caller.system(), request.getId());
  }

  private void history(
      EstablishmentRequest request,
      Account contact,
      Account coordinator,
      Instant asked,
      Instant proposed,
      Instant accepted,
      Convention convention) {
    long id = request.getId();
    data.save(new RequestEvent(id, asked, contact.getEmail(), null, RequestStatus.REQUESTED, null));
    data.save(
        new RequestEvent(
            id,
            proposed,
            coordinator.getEmail(),
            RequestStatus.REQUESTED,
            RequestStatus.PROPOSED,
            "Convention, version 1"));
    data.save(
        new RequestEvent(
            id,
            accepted,
            contact.getEmail(),
            RequestStatus.PROPOSED,
            RequestStatus.ACCEPTED,
            "Convention, version 1, SHA-256 " + convention.getSha256()));
    data.save(
        new RequestEvent(
            id, accepted, "system", RequestStatus.ACCEPTED, RequestStatus.SCHEDULED, null));
  }

  private Optional<Session> heldDayAt(Site site) {
    return data.query(
            """
            SELECT s FROM Session s WHERE s.site = :site AND s.status = :completed
            ORDER BY s.startsAt DESC
            """,
            Session.class)
        .setParameter("site", site)
        .setParameter("completed", SessionStatus.COMPLETED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private List<Registration> seated(Session session) {
    return data.query(
            """
            SELECT r FROM Registration r WHERE r.session = :session AND r.status = :confirmed
            ORDER BY r.id
            """,
            Registration.class)
        .setParameter("session", session)
        .setParameter("confirmed", RegistrationStatus.CONFIRMED)
        .getResultList();
  }
}
