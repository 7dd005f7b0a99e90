package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.Organisation;
import fr.relais.kernel.Tokens;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.people.PasswordHasher;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionService;
import fr.relais.site.Room;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposals and conventions. A coordinator proposes days, trainers, a place and terms: the reserved
 * sessions are made (or changed) as drafts through the scheduling service, and a new version of the
 * convention is written with its PDF, once. The establishment's contact accepts that very file with
 * their password: the version is frozen, the sessions published, the request scheduled.
 *
 * <p>A proposal after acceptance is a new version to accept again. The sessions already published
 * are changed in place and stay published, with their registrations (the new version is usually a
 * correction agreed beforehand); days added are drafts until the new version is accepted, days
 * dropped are cancelled (their registrants are told). The accepted version stays in force, and
 * downloadable as it was, until the new one is accepted: it is then superseded.
 */
@Stateless
public class ConventionService {

  @PersistenceContext private EntityManager em;
  @Inject private Contacts contacts;
  @Inject private RequestMoves moves;
  @Inject private EstablishmentRepository repository;
  @Inject private ConventionSessionRepository linked;
  @Inject private ProposalPlans plans;
  @Inject private SessionService sessions;
  @Inject private Organisation organisation;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  /** The coordinator proposes; the request becomes PROPOSED and its contacts are mailed. */
  public Convention propose(Caller by, long requestId, Proposal proposal) {
    by.mustCoordinate();
    EstablishmentRequest request = contacts.readable(by, requestId);
    if (!request.getStatus().mayBecome(RequestStatus.PROPOSED, RequestStatus.Side.ASSOCIATION)) {
      throw new BusinessException("establishment.request.cannotMove");
    }
    Room room = proposal.roomId() == null ? null : em.find(Room.class, proposal.roomId());
    List<FieldError> errors =
        ProposalRules.problems(proposal, today(), room == null ? null : room.getCapacity());
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    List<Session> made = plans.sessionsFor(by, request, proposal);
    List<Convention> versions = repository.conventions(requestId);
    versions.stream()
        .filter(c -> c.getStatus() == ConventionStatus.PROPOSED)
        .forEach(Convention::supersede);
    int number = versions.isEmpty() ? 1 : versions.get(0).getNumber() + 1;
    Instant now = clock.instant();
    ConventionTerms terms = stripped(proposal.terms());
    List<ConventionDay> days =
        made.stream().map(s -> new ConventionDay(s.getStartsAt(), s.getEndsAt())).toList();
    ConventionFacts facts =
        new ConventionFacts(
            request.getId(),
            number,
            now,
            request.getSite().getName(),
            ProposalPlans.address(request.getSite()),
            request.getActivity().getTitle(),
            plans.audience(request),
            days,
            plans.placeOf(made.get(0)),
            plans.trainersOf(made.get(0)),
            terms);
    byte[] pdf = ConventionPdf.of(facts, organisation.identity());
    Convention convention =
        new Convention(
            request,
            number,
            terms,
            new Convention.Written(days, facts.place(), facts.trainers(), pdf, Tokens.sha256(pdf)),
            by.email(),
            now);
    em.persist(convention);
    moves.move(
        request,
        RequestStatus.PROPOSED,
        RequestStatus.Side.ASSOCIATION,
        by,
        "Convention, version " + number);
    return convention;
  }

  /**
   * The contact accepts the version they read: {@code shownSha256} is the hash the page showed,
   * refused if another version was proposed meanwhile; their password confirms it is them. The
   * sessions are then published and the request scheduled; coordinators are mailed.
   */
  public Convention accept(
      Caller by, long conventionId, String shownSha256, boolean read, String password) {
    Convention convention = find(by, conventionId);
    EstablishmentRequest request = convention.getRequest();
    if (contacts.sideOf(by, request) != RequestStatus.Side.ESTABLISHMENT) {
      throw BusinessException.forbidden(Caller.FORBIDDEN);
    }
    if (convention.getStatus() != ConventionStatus.PROPOSED
        || !convention.getSha256().equals(shownSha256)) {
      throw new BusinessException("establishment.convention.stale");
    }
    Account account = em.find(Account.class, by.accountId());
    List<FieldError> errors = new ArrayList<>();
    if (!read) {
      errors.add(new FieldError("read", "establishment.convention.read.required"));
    }
    if (password == null
        || password.isEmpty()
        || !hasher.matches(password, account.getPasswordHash())) {
      errors.add(new FieldError("password", "establishment.convention.password.wrong"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    repository.conventions(request.getId()).stream()
        .filter(c -> c.getStatus() == ConventionStatus.ACCEPTED)
        .forEach(Convention::supersede);
    convention.accept(account, clock.instant());
    moves.move(
        request,
        RequestStatus.ACCEPTED,
        RequestStatus.Side.ESTABLISHMENT,
        by,
        "Convention, version " + convention.getNumber() + ", SHA-256 " + convention.getSha256());
    for (long session : linked.drafts(request.getId())) {
      sessions.publish(Caller.system(), session);
    }
    moves.move(request, RequestStatus.SCHEDULED, RequestStatus.Side.RELAIS, Caller.system(), null);
    return convention;
  }

  /** One version, for a coordinator or a contact of its establishment (anyone else: 404). */
  public Convention find(Caller by, long conventionId) {
    Convention convention = em.find(Convention.class, conventionId);
    if (convention == null) {
      throw new NotFoundException("convention");
    }
    contacts.readable(by, convention.getRequest().getId());
    return convention;
  }

  /** A request's versions, latest first, for whoever may read the request. */
  public List<Convention> versions(Caller by, long requestId) {
    contacts.readable(by, requestId);
    return repository.conventions(requestId);
  }

  /** The request, for a coordinator or a contact of its establishment (anyone else: 404). */
  public EstablishmentRequest request(Caller by, long requestId) {
    return contacts.readable(by, requestId);
  }

  /** What the proposal page starts from: the latest version, or the request's wishes. */
  public ProposalForm draft(Caller by, long requestId) {
    by.mustCoordinate();
    EstablishmentRequest request = contacts.readable(by, requestId);
    List<Convention> versions = repository.conventions(requestId);
    return plans.draft(request, versions.isEmpty() ? null : versions.get(0));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.PARIS));
  }

  private static ConventionTerms stripped(ConventionTerms t) {
    return new ConventionTerms(
        t.priceCents(),
        t.priceBasis(),
        t.vat(),
        t.trainees(),
        t.paymentTerms().strip(),
        t.objectives().strip(),
        t.content().strip(),
        t.means().strip(),
        t.evaluation().strip());
  }
}
