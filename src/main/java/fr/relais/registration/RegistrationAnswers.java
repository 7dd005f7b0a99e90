package fr.relais.registration;

import fr.relais.kernel.InvalidInput.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What the registration box asks beyond "register me": who pays for the training (BPF frame F-1,
 * only when Relais cannot tell and only for a training action) and whether an arrangement is needed
 * (Qualiopi indicator 26, with the participant's own words if they wish).
 *
 * @param category the participant's declared category, or null when not asked or not answered
 */
public record RegistrationAnswers(
    TraineeCategory category, boolean arrangement, String arrangementNeed) {

  public static final int NEED_MAX = 2000;

  /** Every problem at once: the category when it had to be answered, the words' length. */
  public List<FieldError> problems(boolean categoryAsked) {
    List<FieldError> errors = new ArrayList<>();
    if (categoryAsked && category == null) {
      errors.add(new FieldError("category", "facts.category.required"));
    }
    if (arrangement && arrangementNeed != null && arrangementNeed.strip().length() > NEED_MAX) {
      errors.add(new FieldError("arrangementNeed", "arrangement.tooLong", NEED_MAX));
    }
    return errors;
  }
}
