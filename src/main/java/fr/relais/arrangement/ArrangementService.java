package fr.relais.arrangement;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.Organisation;
import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.i18n.Language;
import fr.relais.notification.MailService;
import fr.relais.notification.MailSettings;
import fr.relais.notification.Recipient;
import fr.relais.people.Caller;
import fr.relais.registration.ArrangementAsked;
import fr.relais.registration.Registration;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Indicator 26's arrangement requests: asked at registration (the referent gets a mail through the
 * outbox, without the participant's words: they are read on the coordinators' page), handled with a
 * note by coordinators, withdrawn by the participant. Trainers only learn {@link #plannedIn}.
 */
@Stateless
public class ArrangementService {

  public static final int NEED_MAX = 2000;
  public static final int NOTE_MAX = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private MailService mailer;
  @Inject private MailSettings settings;
  @Inject private Organisation organisation;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  /** One request as the coordinators' page lists it. */
  public record Listed(
      long id,
      long sessionId,
      String activity,
      Instant sessionStart,
      String participant,
      String email,
      String need,
      ArrangementStatus status,
      String handledNote,
      Instant handledAt,
      Instant createdAt)
      implements java.io.Serializable {

    public long getId() {
      return id;
    }

    public long getSessionId() {
      return sessionId;
    }

    public String getActivity() {
      return activity;
    }

    public Instant getSessionStart() {
      return sessionStart;
    }

    public String getParticipant() {
      return participant;
    }

    public String getEmail() {
      return email;
    }

    public String getNeed() {
      return need;
    }

    public ArrangementStatus getStatus() {
      return status;
    }

    public String getHandledNote() {
      return handledNote;
    }

    public Instant getHandledAt() {
      return handledAt;
    }

    public Instant getCreatedAt() {
      return createdAt;
    }
  }

  /** Asked while registering: stored in the registering transaction, and the referent told. */
  public void onAsked(@Observes ArrangementAsked asked) {
    request(asked.registration(), asked.need());
  }

  /** In the registering transaction: the request is stored and the referent told. */
  public ArrangementRequest request(Registration registration, String need) {
    String words = need == null || need.isBlank() ? null : need.strip();
    if (words != null && words.length() > NEED_MAX) {
      throw BusinessException.onField("arrangementNeed", "arrangement.tooLong", NEED_MAX);
    }
    ArrangementRequest request = new ArrangementRequest(registration, words, clock.instant());
    em.persist(request);
    em.flush();
    Organisation.DisabilityReferent referent = organisation.disabilityReferent();
    mailer.send(
        "arrangement",
        new Recipient(referent.email(), Language.FR),
        null,
        referent.name(),
        registration.getSession().getActivity().getTitle(),
        registration.getAccount().getDisplayName(),
        settings.publicUrl() + "/obligations/arrangements/requests");
    audit.record("registration", registration.getId(), "ARRANGEMENT_REQUESTED", null);
    return request;
  }

  public List<Listed> list(Caller by, boolean openOnly) {
    by.mustCoordinate();
    String which =
        openOnly
            ? "= fr.relais.arrangement.ArrangementStatus.OPEN"
            : "<> fr.relais.arrangement.ArrangementStatus.WITHDRAWN";
    return em.createQuery(
            """
            SELECT r, g.session.id, g.session.activity.title, g.session.startsAt,
              g.account.firstName, g.account.lastName, g.account.email
            FROM ArrangementRequest r JOIN r.registration g
            WHERE r.status %s
            ORDER BY g.session.startsAt, r.createdAt
            """
                .formatted(which),
            Object[].class)
        .getResultStream()
        .map(
            row -> {
              ArrangementRequest r = (ArrangementRequest) row[0];
              return new Listed(
                  r.getId(),
                  (Long) row[1],
                  (String) row[2],
                  (Instant) row[3],
                  (row[4] == null ? "" : row[4] + " ") + (row[5] == null ? "" : row[5]),
                  (String) row[6],
                  r.getNeed(),
                  r.getStatus(),
                  r.getHandledNote(),
                  r.getHandledAt(),
                  r.getCreatedAt());
            })
        .toList();
  }

  public void handle(Caller by, long id, String note) {
    by.mustCoordinate();
    ArrangementRequest request = find(id);
    if (request.getStatus() == ArrangementStatus.WITHDRAWN) {
      throw new BusinessException("arrangement.withdrawn");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text == null) {
      throw BusinessException.onField("note", "arrangement.note.required");
    }
    if (text.length() > NOTE_MAX) {
      throw BusinessException.onField("note", "arrangement.tooLong", NOTE_MAX);
    }
    request.handle(text, by.email(), clock.instant());
    audit.record("registration", request.getRegistration().getId(), "ARRANGEMENT_HANDLED", null);
  }

  /** The participant's own request on this session, if they made one and did not withdraw it. */
  public Optional<ArrangementRequest> mine(Caller by, long sessionId) {
    return em.createQuery(
            """
            SELECT r FROM ArrangementRequest r WHERE r.registration.account.id = :me
            AND r.registration.session.id = :s
            AND r.status <> fr.relais.arrangement.ArrangementStatus.WITHDRAWN
            AND r.registration.status <> fr.relais.registration.RegistrationStatus.CANCELLED
            """,
            ArrangementRequest.class)
        .setParameter("me", by.accountId())
        .setParameter("s", sessionId)
        .getResultStream()
        .findFirst();
  }

  public void withdrawOwn(Caller by, long id) {
    ArrangementRequest request = find(id);
    by.mustBe(request.getRegistration().getAccount().getId());
    request.withdraw(clock.instant());
    audit.record("registration", request.getRegistration().getId(), "ARRANGEMENT_WITHDRAWN", null);
  }

  /**
   * The registrations of a session with an arrangement planned: what a trainer's roster may show
   * (never the words).
   */
  public Set<Long> plannedIn(long sessionId) {
    return em.createQuery(
            """
            SELECT r.registration.id FROM ArrangementRequest r
            WHERE r.registration.session.id = :s
            AND r.status <> fr.relais.arrangement.ArrangementStatus.WITHDRAWN
            """,
            Long.class)
        .setParameter("s", sessionId)
        .getResultStream()
        .collect(Collectors.toSet());
  }

  private ArrangementRequest find(long id) {
    ArrangementRequest request = em.find(ArrangementRequest.class, id);
    if (request == null) {
      throw new NotFoundException("arrangement " + id);
    }
    return request;
  }
}
