package fr.relais.scheduling;

import fr.relais.kernel.InvalidInput.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the BPF and the DPC count of a session beyond its plan: its break (not trained), who it is
 * delivered for (BPF frames F-2 and G) and its number within an ANDPC action.
 *
 * @param breakMinutes null is no break
 */
public record SessionFacts(
    Integer breakMinutes, Delivery delivery, String partnerOrganisation, String andpcSession) {

  public static final int MAX_BREAK = 180;

  public static SessionFacts of(Session s) {
    return new SessionFacts(
        s.getBreakMinutes(), s.getDelivery(), s.getPartnerOrganisation(), s.getAndpcSession());
  }

  /**
   * Every problem at once, on the session form's fields.
   *
   * @param start, end the session's hours (null when not typed yet: the plan reports them)
   * @param dpcAction whether the session's activity is a DPC action (only then a number is kept)
   */
  public List<FieldError> problems(Instant start, Instant end, boolean dpcAction) {
    List<FieldError> errors = new ArrayList<>();
    int minutes = breakMinutes == null ? 0 : breakMinutes;
    if (minutes < 0 || minutes > MAX_BREAK) {
      errors.add(new FieldError("breakMinutes", "facts.session.break.range", MAX_BREAK));
    } else if (minutes > 0
        && start != null
        && end != null
        && minutes >= Duration.between(start, end).toMinutes()) {
      errors.add(new FieldError("breakMinutes", "facts.session.break.tooLong"));
    }
    if (delivery == null) {
      errors.add(new FieldError("delivery", "facts.session.delivery.required"));
    } else if (delivery != Delivery.OWN && blank(partnerOrganisation)) {
      errors.add(new FieldError("partnerOrganisation", "facts.session.partner.required"));
    }
    if (partnerOrganisation != null && partnerOrganisation.strip().length() > 200) {
      errors.add(new FieldError("partnerOrganisation", "facts.session.tooLong", 200));
    }
    if (dpcAction && !blank(andpcSession) && !andpcSession.strip().matches("[0-9]{1,5}")) {
      errors.add(new FieldError("andpcSession", "facts.session.andpc.format"));
    }
    return errors;
  }

  /** Writes the facts on the session (a partner only when not our own, a number only for DPC). */
  void applyTo(Session session, boolean dpcAction) {
    session.setBreakMinutes(breakMinutes == null ? 0 : breakMinutes);
    session.deliver(delivery, blank(partnerOrganisation) ? null : partnerOrganisation.strip());
    session.setAndpcSession(dpcAction && !blank(andpcSession) ? andpcSession.strip() : null);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
