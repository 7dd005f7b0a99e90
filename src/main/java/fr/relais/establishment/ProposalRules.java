package fr.relais.establishment;

import fr.relais.kernel.InvalidInput.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * What a proposal must say before any session is made: every problem at once, each on its field.
 * Rooms, trainers and double bookings are the scheduling service's to check.
 */
public final class ProposalRules {

  public static final int MAX_DAYS = 5;
  public static final int MAX_TRAINEES = 500;

  /** A price above which a typing mistake is more likely than a real quote: 1 000 000 €. */
  public static final long MAX_PRICE_CENTS = 100_000_000L;

  private ProposalRules() {}

  public static List<FieldError> problems(Proposal proposal, LocalDate today) {
    return problems(proposal, today, null);
  }

  /**
   * @param roomCapacity the chosen room's capacity (null: no room chosen, or unknown), so that
   *     seats above it are told with the other problems rather than after them
   */
  public static List<FieldError> problems(
      Proposal proposal, LocalDate today, Integer roomCapacity) {
    List<FieldError> errors = new ArrayList<>();
    days(proposal.days(), today, errors);
    if (proposal.trainerIds().isEmpty()) {
      errors.add(new FieldError("trainers", "session.trainers.required"));
    }
    if (proposal.mode() == null) {
      errors.add(new FieldError("mode", "relais.required.text"));
    } else {
      if (proposal.mode().needsRoom() && proposal.roomId() == null) {
        errors.add(new FieldError("room", "session.room.required"));
      }
      if (proposal.mode().needsLink()
          && (proposal.videoLink() == null || proposal.videoLink().isBlank())) {
        errors.add(new FieldError("videoLink", "session.link.required"));
      }
    }
    terms(proposal.terms(), errors);
    Integer seats = proposal.terms().trainees();
    if (roomCapacity != null
        && proposal.mode() != null
        && proposal.mode().needsRoom()
        && seats != null
        && seats >= 1
        && seats > roomCapacity) {
      errors.add(new FieldError("trainees", "session.capacity.aboveRoom", roomCapacity));
    }
    return errors;
  }

  private static void days(List<ProposedDay> days, LocalDate today, List<FieldError> errors) {
    if (days.isEmpty()) {
      errors.add(new FieldError("days", "establishment.proposal.days.required"));
    } else if (days.size() > MAX_DAYS) {
      errors.add(new FieldError("days", "establishment.request.days.tooMany", MAX_DAYS));
    } else if (days.stream()
        .anyMatch(d -> d.day() == null || d.start() == null || d.end() == null)) {
      errors.add(new FieldError("days", "establishment.proposal.days.incomplete"));
    } else if (days.stream().anyMatch(d -> !d.end().isAfter(d.start()))) {
      errors.add(new FieldError("days", "session.endBeforeStart"));
    } else if (days.stream().anyMatch(d -> !d.day().isAfter(today))) {
      errors.add(new FieldError("days", "establishment.request.days.past"));
    } else if (new HashSet<>(days.stream().map(ProposedDay::day).toList()).size() < days.size()) {
      errors.add(new FieldError("days", "establishment.request.days.twice"));
    }
  }

  private static void terms(ConventionTerms t, List<FieldError> errors) {
    if (t.trainees() == null || t.trainees() < 1 || t.trainees() > MAX_TRAINEES) {
      errors.add(new FieldError("trainees", "establishment.request.headcount.range", MAX_TRAINEES));
    }
    if (t.priceCents() == null || t.priceCents() < 0 || t.priceCents() > MAX_PRICE_CENTS) {
      errors.add(new FieldError("price", "establishment.proposal.price.range"));
    }
    if (t.priceBasis() == null) {
      errors.add(new FieldError("priceBasis", "relais.required.text"));
    }
    if (t.vat() == null) {
      errors.add(new FieldError("vat", "relais.required.text"));
    }
    text("paymentTerms", t.paymentTerms(), 1000, errors);
    text("objectives", t.objectives(), 4000, errors);
    text("content", t.content(), 4000, errors);
    text("means", t.means(), 2000, errors);
    text("evaluation", t.evaluation(), 2000, errors);
  }

  private static void text(String field, String value, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "relais.required.text"));
    } else if (value.strip().length() > max) {
      errors.add(new FieldError(field, "establishment.tooLong", max));
    }
  }
}
