package fr.relais.programme;

import fr.relais.kernel.InvalidInput.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What a training action must say before it is stored, every problem at once on its field: the
 * BPF's objective (frame F-3) and NSF speciality (F-4), an optional ANDPC action reference, and
 * Qualiopi indicator 1's public information. Prevention and support activities need none of them.
 */
public final class ActivityRules {

  public static final int LONG_TEXT = 2000;
  public static final int SHORT_TEXT = 500;

  private ActivityRules() {}

  public static List<FieldError> problems(ActivityForm form) {
    List<FieldError> errors = new ArrayList<>();
    if (form.getPurpose() == null) {
      errors.add(new FieldError("purpose", "facts.activity.purpose.required"));
      return errors;
    }
    if (form.getPurpose() != Purpose.TRAINING) {
      return errors;
    }
    if (form.getBpfObjective() == null) {
      errors.add(new FieldError("bpfObjective", "facts.activity.objective.required"));
    }
    String nsf = strip(form.getNsfCode());
    if (nsf == null) {
      errors.add(new FieldError("nsfCode", "facts.activity.nsf.required"));
    } else if (!NsfSpecialities.isKnown(nsf)) {
      errors.add(new FieldError("nsfCode", "facts.activity.nsf.unknown", nsf));
    }
    String andpc = strip(form.getAndpcAction());
    if (andpc != null && !isAndpcAction(andpc)) {
      errors.add(new FieldError("andpcAction", "facts.activity.andpc.format"));
    }
    if (blank(form.getObjectives())) {
      errors.add(new FieldError("objectives", "qualiopi.catalogue.required"));
    }
    required(errors, "prerequisites", form.getPrerequisites(), LONG_TEXT);
    required(errors, "methods", form.getMethods(), LONG_TEXT);
    required(errors, "evaluation", form.getEvaluation(), LONG_TEXT);
    required(errors, "accessDelay", form.getAccessDelay(), SHORT_TEXT);
    required(errors, "accessibility", form.getAccessibility(), LONG_TEXT);
    if (!form.isFree() && Euros.cents(form.getPrice()).isEmpty()) {
      errors.add(new FieldError("price", "qualiopi.catalogue.price.invalid"));
    }
    if (form.getPriceNote() != null && form.getPriceNote().strip().length() > SHORT_TEXT) {
      errors.add(new FieldError("priceNote", "qualiopi.catalogue.tooLong", SHORT_TEXT));
    }
    return errors;
  }

  /** An ANDPC action reference: 11 digits (organisation number, year, order). */
  public static boolean isAndpcAction(String reference) {
    return reference != null && reference.matches("[0-9]{11}");
  }

  /** Indicator 1's items as stored; null for prevention (and for free, a null price). */
  static Activity.Catalogue catalogue(ActivityForm form) {
    if (form.getPurpose() != Purpose.TRAINING) {
      return new Activity.Catalogue(null, null, null, null, null, null, null);
    }
    return new Activity.Catalogue(
        strip(form.getPrerequisites()),
        strip(form.getMethods()),
        strip(form.getEvaluation()),
        form.isFree() ? null : Euros.cents(form.getPrice()).orElse(null),
        strip(form.getPriceNote()),
        strip(form.getAccessDelay()),
        strip(form.getAccessibility()));
  }

  private static void required(List<FieldError> errors, String field, String text, int max) {
    if (blank(text)) {
      errors.add(new FieldError(field, "qualiopi.catalogue.required"));
    } else if (text.strip().length() > max) {
      errors.add(new FieldError(field, "qualiopi.catalogue.tooLong", max));
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static String strip(String text) {
    return blank(text) ? null : text.strip();
  }
}
