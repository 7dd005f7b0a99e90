package fr.relais.quality;

import java.util.Optional;

/**
 * Where a case of the register stands. Received, then qualified (requalifying is allowed), then
 * answered (answers may be completed), then closed; actions and the submitter's messages may be
 * added along the way, never once closed. A case recorded by staff has no submitter to answer and
 * may be closed once qualified. {@link #after} is the only table of moves: the service asks it and
 * refuses anything else.
 */
public enum CaseStatus {
  RECEIVED,
  QUALIFIED,
  ANSWERED,
  CLOSED;

  /**
   * The status after a step taken from this one, or empty when the step is not allowed here.
   * answerable: the case has a submitter who can be answered.
   */
  public Optional<CaseStatus> after(CaseStep step, boolean answerable) {
    return Optional.ofNullable(
        switch (this) {
          case RECEIVED ->
              switch (step) {
                case QUALIFIED -> QUALIFIED;
                case MESSAGE -> answerable ? RECEIVED : null;
                default -> null;
              };
          case QUALIFIED ->
              switch (step) {
                case QUALIFIED, ACTION -> QUALIFIED;
                case ANSWERED -> answerable ? ANSWERED : null;
                case MESSAGE -> answerable ? QUALIFIED : null;
                case CLOSED -> answerable ? null : CLOSED;
                default -> null;
              };
          case ANSWERED ->
              switch (step) {
                case ANSWERED, ACTION, MESSAGE -> ANSWERED;
                case CLOSED -> CLOSED;
                default -> null;
              };
          case CLOSED -> null;
        });
  }

  public boolean allows(CaseStep step, boolean answerable) {
    return after(step, answerable).isPresent();
  }
}
