package fr.relais.quality;

import fr.relais.kernel.InvalidInput.FieldError;
import java.util.ArrayList;
import java.util.List;

/** An improvement's rules: every problem at once, each on its field. Pure, unit-tested. */
public final class ImprovementRules {

  private ImprovementRules() {}

  public static List<FieldError> problems(ImprovementForm form) {
    List<FieldError> errors = new ArrayList<>();
    if (blank(form.getDecision())) {
      errors.add(new FieldError("decision", "quality.improvement.decision.required"));
    } else if (form.getDecision().strip().length() > 500) {
      errors.add(new FieldError("decision", "quality.text.tooLong", 500));
    }
    if (blank(form.getReason())) {
      errors.add(new FieldError("reason", "quality.improvement.reason.required"));
    } else if (form.getReason().strip().length() > 2000) {
      errors.add(new FieldError("reason", "quality.text.tooLong", 2000));
    }
    if (form.getDueOn() != null
        && form.getDoneOn() != null
        && form.getDoneOn().isBefore(form.getDueOn().minusYears(1))) {
      errors.add(new FieldError("doneOn", "quality.improvement.doneOn.farBefore"));
    }
    if (!blank(form.getEffect()) && form.getDoneOn() == null) {
      errors.add(new FieldError("doneOn", "quality.improvement.effect.needsDone"));
    }
    if (!blank(form.getEffect()) && form.getEffect().strip().length() > 2000) {
      errors.add(new FieldError("effect", "quality.text.tooLong", 2000));
    }
    boolean any = false;
    for (ImprovementForm.Source s : form.getSources()) {
      if (s.getKind() == null) {
        continue;
      }
      any = true;
      if (s.getKind() == SourceKind.CASE && s.getCaseId() == null) {
        errors.add(new FieldError("sources", "quality.improvement.source.caseRequired"));
      } else if (s.getKind() == SourceKind.SURVEY && s.getCampaignId() == null) {
        errors.add(new FieldError("sources", "quality.improvement.source.campaignRequired"));
      } else if (s.getKind() != SourceKind.CASE
          && s.getKind() != SourceKind.SURVEY
          && blank(s.getNote())) {
        errors.add(new FieldError("sources", "quality.improvement.source.noteRequired"));
      }
    }
    if (!any) {
      errors.add(new FieldError("sources", "quality.improvement.source.required"));
    }
    return errors;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
