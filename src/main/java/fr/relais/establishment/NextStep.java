package fr.relais.establishment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one thing "Mon établissement" puts first: what the contact has to do now (a proposal to
 * accept first, then staff to send, documents to fetch), else what the association is doing, else a
 * first request.
 */
public record NextStep(String key, Long requestId) {

  /** The states worth a word, the contact's own tasks first. */
  private static final List<RequestStatus> ORDER =
      List.of(
          RequestStatus.PROPOSED,
          RequestStatus.ACCEPTED,
          RequestStatus.SCHEDULED,
          RequestStatus.HELD,
          RequestStatus.REQUESTED);

  public static NextStep of(List<EstablishmentRequest> requests) {
    Optional<EstablishmentRequest> first =
        requests.stream()
            .filter(r -> ORDER.contains(r.getStatus()))
            .min(
                Comparator.comparingInt((EstablishmentRequest r) -> ORDER.indexOf(r.getStatus()))
                    .thenComparing(EstablishmentRequest::getCreatedAt));
    return first
        .map(r -> new NextStep("establishment.next." + r.getStatus().name(), r.getId()))
        .orElse(new NextStep("establishment.next.first", null));
  }
}
