package fr.relais.quiz;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.web.Feedback;
import java.util.Map;

/**
 * Puts a refusal's field errors in a map the page shows next to each repeated field (their client
 * ids are the repeat's, not the rule's field names); a refusal naming no field goes on top.
 */
final class FieldErrors {

  private FieldErrors() {}

  static void show(BusinessException refusal, Map<String, String> errors) {
    errors.clear();
    if (refusal instanceof InvalidInput invalid) {
      for (InvalidInput.FieldError e : invalid.getErrors()) {
        errors.merge(
            String.valueOf(e.field()),
            Feedback.text(e.key(), e.arguments()),
            (a, b) -> a + " " + b);
      }
      Feedback.error("form.checkFields");
      return;
    }
    Feedback.error(refusal.getMessageKey(), refusal.getArguments());
  }
}
