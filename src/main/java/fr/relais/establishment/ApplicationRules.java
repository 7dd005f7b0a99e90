package fr.relais.establishment;

import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.people.EmailAddress;
import fr.relais.people.PasswordPolicy;
import fr.relais.people.SignUpForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the public form must say before anything is stored, every problem at once and each on its
 * field (the page's ids): the establishment, the person, the first request. Whether the chosen site
 * and activity exist is the service's to check.
 */
public final class ApplicationRules {

  static final int MAX_SITE_NAME = 120;
  static final int MAX_ADDRESS = 200;
  static final int MAX_CITY = 80;
  static final int MAX_JOB_TITLE = 120;

  /** Digits, spaces and the usual separators; "+33 6 12 34 56 78", "03.20.00.00.00". */
  private static final String PHONE = "^\\+?[0-9 .()\\-]{6,30}$";

  private ApplicationRules() {}

  public static List<FieldError> problems(Application form, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    establishment(form, errors);
    person(form, errors);
    errors.addAll(form.getRequest().problems(today));
    return errors;
  }

  private static void establishment(Application form, List<FieldError> errors) {
    if (!form.isUnlisted()) {
      if (form.getSiteId() == null) {
        errors.add(new FieldError("site", "establishment.apply.site.required"));
      }
      return;
    }
    text(form.getSiteName(), "siteName", MAX_SITE_NAME, errors);
    if (form.getSiteKind() == null || !form.getSiteKind().isEstablishment()) {
      errors.add(new FieldError("siteKind", "establishment.apply.kind.required"));
    }
    text(form.getAddress(), "address", MAX_ADDRESS, errors);
    if (form.getPostalCode() == null || !form.getPostalCode().strip().matches("^\\d{5}$")) {
      errors.add(new FieldError("postalCode", "establishment.apply.postalCode.invalid"));
    }
    text(form.getCity(), "city", MAX_CITY, errors);
    if (form.getRegion() == null) {
      errors.add(new FieldError("region", "relais.required.text"));
    }
  }

  private static void person(Application form, List<FieldError> errors) {
    if (!SignUpForm.isPersonName(form.getFirstName())) {
      errors.add(new FieldError("firstName", "relais.name.invalid.text"));
    }
    if (!SignUpForm.isPersonName(form.getLastName())) {
      errors.add(new FieldError("lastName", "relais.name.invalid.text"));
    }
    boolean emailOk = EmailAddress.isValid(form.getEmail());
    if (!emailOk) {
      errors.add(new FieldError("email", "relais.email.invalid.text"));
    }
    text(form.getJobTitle(), "jobTitle", MAX_JOB_TITLE, errors);
    String phone = form.getPhone();
    if (phone != null && !phone.isBlank() && !phone.strip().matches(PHONE)) {
      errors.add(new FieldError("phone", "establishment.apply.phone.invalid"));
    }
    PasswordPolicy.violation(form.getPassword(), emailOk ? form.getEmail() : null)
        .ifPresent(key -> errors.add(new FieldError("password", key)));
    if (!form.isPrivacyConsent()) {
      errors.add(new FieldError("consent", "establishment.apply.consent.required"));
    }
  }

  private static void text(String value, String field, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "relais.required.text"));
    } else if (value.strip().length() > max) {
      errors.add(new FieldError(field, "establishment.tooLong", max));
    }
  }
}
