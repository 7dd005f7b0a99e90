package fr.relais.establishment;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionPlan;
import fr.relais.scheduling.SessionService;
import fr.relais.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a proposal into the request's reserved sessions, through the scheduling service (its rules,
 * the room's capacity and the double-booking guard apply, each refusal on the proposal's field),
 * and writes what the convention says of them. Always inside the caller's transaction.
 */
@ApplicationScoped
public class ProposalPlans {

  /** A session's fields as the proposal form names them; others are shown at the top. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "start", "days",
          "end", "days",
          "room", "room",
          "capacity", "trainees",
          "trainers", "trainers",
          "videoLink", "videoLink",
          "mode", "mode");

  @Inject private SessionService sessions;
  @Inject private ConventionSessionRepository linked;

  /**
   * The sessions of the proposal, earliest first: the request's sessions still to be held are
   * changed in place (same date first, then in order), days added are new drafts reserved for the
   * establishment, sessions left over are cancelled.
   */
  public List<Session> sessionsFor(Caller by, EstablishmentRequest request, Proposal proposal) {
    List<ProposedDay> days =
        proposal.days().stream().sorted(Comparator.comparing(ProposedDay::day)).toList();
    Map<LocalDate, Long> existing = new LinkedHashMap<>();
    List<Long> spare = new ArrayList<>();
    for (long id : linked.active(request.getId())) {
      LocalDate day = sessions.find(id).getStartsAt().atZone(ClockProducer.PARIS).toLocalDate();
      if (existing.putIfAbsent(day, id) != null) {
        spare.add(id);
      }
    }
    existing.keySet().stream()
        .filter(d -> days.stream().noneMatch(p -> p.day().equals(d)))
        .toList()
        .forEach(d -> spare.add(existing.remove(d)));
    List<Session> made = new ArrayList<>();
    try {
      for (ProposedDay day : days) {
        SessionPlan plan = plan(request, proposal, day);
        Long reuse = existing.containsKey(day.day()) ? existing.get(day.day()) : takeFirst(spare);
        if (reuse != null) {
          made.add(sessions.update(by, reuse, plan));
        } else {
          Session created = sessions.create(by, plan, false);
          linked.link(created.getId(), request.getId());
          made.add(created);
        }
      }
    } catch (InvalidInput refused) {
      throw onProposalFields(refused);
    }
    for (long left : spare) {
      sessions.cancel(
          by, left, "Journée retirée de la convention (demande n° " + request.getId() + ")");
    }
    return made;
  }

  private static Long takeFirst(List<Long> spare) {
    return spare.isEmpty() ? null : spare.remove(0);
  }

  private static SessionPlan plan(EstablishmentRequest request, Proposal p, ProposedDay day) {
    return new SessionPlan(
        request.getActivity().getId(),
        day.day().atTime(day.start()).atZone(ClockProducer.PARIS).toInstant(),
        day.day().atTime(day.end()).atZone(ClockProducer.PARIS).toInstant(),
        p.mode(),
        p.mode().needsRoom() ? p.roomId() : null,
        p.mode().needsLink() ? p.videoLink() : null,
        p.terms().trainees(),
        0,
        p.trainerIds(),
        null,
        null,
        null,
        request.getSite().getId());
  }

  private static InvalidInput onProposalFields(InvalidInput refused) {
    return new InvalidInput(
        refused.getErrors().stream()
            .map(e -> new FieldError(FIELDS.get(e.field()), e.key(), e.arguments()))
            .toList());
  }

  /** Where, as the convention writes it (in French, the contract's language). */
  public String placeOf(Session session) {
    Texts fr = Texts.in(Language.FR);
    if (session.getMode() == SessionMode.ONLINE || session.getRoom() == null) {
      return fr.get("establishment.convention.place.online");
    }
    Site site = session.getRoom().getSite();
    String room = session.getRoom().getName() + ", " + site.getName() + ", " + address(site);
    return session.getMode() == SessionMode.HYBRID
        ? fr.get("establishment.convention.place.hybrid", room)
        : room;
  }

  public String trainersOf(Session session) {
    return session.getTrainers().stream()
        .map(Account::getDisplayName)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public String audience(EstablishmentRequest request) {
    return Texts.in(Language.FR).get("enum.Audience." + request.getAudience().name());
  }

  /** "12 rue …, 76000 Rouen", leaving out what the site does not say. */
  public static String address(Site site) {
    String town =
        Stream.of(site.getPostalCode(), site.getCity())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" "));
    return Stream.of(site.getAddress(), town)
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining(", "));
  }

  /**
   * The proposal page's start: the latest version's terms and sessions, or the request's wishes.
   */
  public ProposalForm draft(EstablishmentRequest request, Convention latest) {
    List<Session> current = linked.active(request.getId()).stream().map(sessions::find).toList();
    return latest == null || current.isEmpty()
        ? ProposalForm.fromRequest(request, Texts.in(Language.FR))
        : ProposalForm.fromVersion(latest, current);
  }
}
