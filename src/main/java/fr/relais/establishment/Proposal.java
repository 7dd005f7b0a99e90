package fr.relais.establishment;

import fr.relais.scheduling.SessionMode;
import java.util.List;
import java.util.Set;

/**
 * What a coordinator proposes to an establishment: the days and hours, the trainers, the place (a
 * room, or a videoconference link) and the convention's terms (price, VAT, seats, payment terms,
 * objectives, content, means, evaluation). Checked by {@link ProposalRules}.
 */
public record Proposal(
    List<ProposedDay> days,
    Set<Long> trainerIds,
    SessionMode mode,
    Long roomId,
    String videoLink,
    ConventionTerms terms) {

  public Proposal {
    days = days == null ? List.of() : List.copyOf(days);
    trainerIds = trainerIds == null ? Set.of() : Set.copyOf(trainerIds);
  }
}
