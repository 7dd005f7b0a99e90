package fr.relais.establishment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an establishment's request stands. The allowed moves, and which side makes each, are this
 * enum's table: the service asks it and refuses anything else.
 */
public enum RequestStatus {
  REQUESTED,
  PROPOSED,
  ACCEPTED,
  SCHEDULED,
  HELD,
  CLOSED,
  DECLINED,
  WITHDRAWN;

  /** Who moves a request: its establishment, the association, or Relais itself. */
  public enum Side {
    ESTABLISHMENT,
    ASSOCIATION,
    RELAIS
  }

  private record Move(Side side, Set<RequestStatus> to) {}

  private static final Map<RequestStatus, Set<Move>> MOVES =
      Map.of(
          REQUESTED,
          Set.of(
              new Move(Side.ASSOCIATION, EnumSet.of(PROPOSED, DECLINED)),
              new Move(Side.ESTABLISHMENT, EnumSet.of(WITHDRAWN))),
          PROPOSED,
          Set.of(
              // a new version of the convention replaces the one proposed
              new Move(Side.ASSOCIATION, EnumSet.of(PROPOSED, DECLINED)),
              new Move(Side.ESTABLISHMENT, EnumSet.of(ACCEPTED, WITHDRAWN))),
          ACCEPTED,
          Set.of(
              new Move(Side.RELAIS, EnumSet.of(SCHEDULED)),
              new Move(Side.ASSOCIATION, EnumSet.of(PROPOSED)),
              new Move(Side.ESTABLISHMENT, EnumSet.of(WITHDRAWN))),
          SCHEDULED,
          Set.of(
              new Move(Side.RELAIS, EnumSet.of(HELD)),
              new Move(Side.ASSOCIATION, EnumSet.of(PROPOSED, HELD)),
              new Move(Side.ESTABLISHMENT, EnumSet.of(WITHDRAWN))),
          HELD,
          Set.of(new Move(Side.ASSOCIATION, EnumSet.of(CLOSED))),
          CLOSED,
          Set.of(),
          DECLINED,
          Set.of(),
          WITHDRAWN,
          Set.of());

  /** Whether that side may move a request from this state to that one. */
  public boolean mayBecome(RequestStatus next, Side side) {
    return MOVES.get(this).stream().anyMatch(m -> m.side() == side && m.to().contains(next));
  }

  /** The states that side may move a request to from this one. */
  public Set<RequestStatus> next(Side side) {
    EnumSet<RequestStatus> next = EnumSet.noneOf(RequestStatus.class);
    MOVES.get(this).stream().filter(m -> m.side() == side).forEach(m -> next.addAll(m.to()));
    return next;
  }

  /** Closed, declined or withdrawn: nothing happens to it any more. */
  public boolean isFinal() {
    return MOVES.get(this).isEmpty();
  }

  /** A convention in force: its sessions are (or are about to be) published for the staff. */
  public boolean isAgreed() {
    return this == ACCEPTED || this == SCHEDULED || this == HELD || this == CLOSED;
  }
}
