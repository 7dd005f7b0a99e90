package fr.relais.establishment;

import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.people.Caller;
import fr.relais.people.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The convention's box on a request's page, for its contacts and for coordinators: the latest
 * version, its state, links to its page and PDF, and for coordinators "Proposer" or "Nouvelle
 * version". Read once per request id and page.
 */
@Named
@RequestScoped
public class ConventionBoxBacking {

  @Inject private ConventionService conventions;
  @Inject private CurrentUser currentUser;

  /** What the box shows; {@code latest} null when nothing was proposed yet. */
  public record Box(
      long requestId,
      Version latest,
      Version inForce,
      int versions,
      boolean coordinator,
      boolean mayPropose) {}

  /** One version as the box names it. */
  public record Version(
      long id, int number, ConventionStatus status, Instant madeAt, String sha256) {}

  private final Map<Long, Box> boxes = new HashMap<>();

  public Box of(Object requestId) {
    return Ids.parse(requestId == null ? null : String.valueOf(requestId))
        .map(id -> boxes.computeIfAbsent(id, this::load))
        .orElse(new Box(0, null, null, 0, false, false));
  }

  private Box load(long requestId) {
    Caller caller = currentUser.caller();
    try {
      EstablishmentRequest request = conventions.request(caller, requestId);
      List<Convention> all = conventions.versions(caller, requestId);
      Version latest = all.isEmpty() ? null : version(all.get(0));
      Version inForce =
          all.stream()
              .filter(c -> c.getStatus() == ConventionStatus.ACCEPTED)
              .findFirst()
              .map(ConventionBoxBacking::version)
              .orElse(null);
      boolean coordinator = caller.isCoordinator();
      return new Box(
          requestId,
          latest,
          inForce,
          all.size(),
          coordinator,
          coordinator
              && request
                  .getStatus()
                  .mayBecome(RequestStatus.PROPOSED, RequestStatus.Side.ASSOCIATION));
    } catch (NotFoundException gone) {
      return new Box(requestId, null, null, 0, false, false);
    }
  }

  private static Version version(Convention c) {
    return new Version(c.getId(), c.getNumber(), c.getStatus(), c.getCreatedAt(), c.getSha256());
  }
}
