package fr.relais.quality;

import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.people.EmailAddress;
import java.util.ArrayList;
import java.util.List;

/** The public form's rules: every problem at once, each on its field. Pure, unit-tested. */
public final class CaseRules {

  static final int MIN_TEXT = 10;
  static final int MAX_TEXT = 4000;
  static final int MAX_NAME = 200;

  private CaseRules() {}

  /** signedIn: the account gives the name and address, the form does not ask them. */
  public static List<FieldError> problems(CaseForm form, boolean signedIn) {
    List<FieldError> errors = new ArrayList<>();
    if (form.getKind() == null) {
      errors.add(new FieldError("kind", "quality.submit.kind.required"));
    }
    errors.addAll(text("text", form.getText()));
    if (!signedIn) {
      String name = form.getName() == null ? "" : form.getName().strip();
      if (name.isEmpty()) {
        errors.add(new FieldError("name", "quality.submit.name.required"));
      } else if (name.length() > MAX_NAME) {
        errors.add(new FieldError("name", "quality.submit.name.tooLong", MAX_NAME));
      }
      if (form.getEmail() == null || !EmailAddress.isValid(form.getEmail())) {
        errors.add(new FieldError("email", "quality.submit.email.invalid"));
      }
      if (!form.isPrivacyConsent()) {
        errors.add(new FieldError("consent", "quality.submit.consent.required"));
      }
    }
    return errors;
  }

  /** A text of the register (the case, an answer, a message, a note): 10 to 4000 characters. */
  public static List<FieldError> text(String field, String text) {
    String t = text == null ? "" : text.strip();
    if (t.length() < MIN_TEXT) {
      return List.of(new FieldError(field, "quality.text.tooShort", MIN_TEXT));
    }
    if (t.length() > MAX_TEXT) {
      return List.of(new FieldError(field, "quality.text.tooLong", MAX_TEXT));
    }
    return List.of();
  }
}
