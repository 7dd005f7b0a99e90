package fr.relais.programme;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The programme's offer: activities and their themes. An activity that has sessions is never
 * deleted (its history and reports depend on it): it is archived instead.
 */
@Stateless
public class ProgrammeService {

  @Inject private ProgrammeRepository repository;
  @Inject private AuditService audit;

  public Activity saveActivity(Caller by, Long id, @NotNull @Valid ActivityForm form) {
    by.mustCoordinate();
    List<FieldError> errors = new ArrayList<>(ActivityRules.problems(form));
    Theme theme = repository.theme(form.getThemeId()).orElse(null);
    if (theme == null) {
      errors.add(0, new FieldError("theme", "activity.themeUnknown"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Activity activity =
        id == null
            ? new Activity(form.getTitle().strip(), form.getFormat(), theme, form.getAudience())
            : activity(id);
    activity.redefine(form.getTitle().strip(), form.getFormat(), theme, form.getAudience());
    activity.describe(blankToNull(form.getDescription()), blankToNull(form.getObjectives()));
    activity.setDefaults(form.getDurationMinutes(), form.getDefaultCapacity());
    activity.classify(
        form.getPurpose(), form.getBpfObjective(), ActivityRules.strip(form.getNsfCode()));
    activity.setAndpcAction(ActivityRules.strip(form.getAndpcAction()));
    activity.catalogue(ActivityRules.catalogue(form));
    if (id == null) {
      repository.persist(activity);
    }
    audit.record(
        "activity", activity.getId(), id == null ? "CREATED" : "UPDATED", activity.getTitle());
    return activity;
  }

  public void archive(Caller by, long id, boolean archived) {
    by.mustCoordinate();
    Activity activity = activity(id);
    if (archived) {
      activity.archive();
    } else {
      activity.reopen();
    }
    audit.record("activity", id, archived ? "ARCHIVED" : "REOPENED", activity.getTitle());
  }

  /** Deletes an activity that never had a session; refuses otherwise (archive it instead). */
  public void delete(Caller by, long id) {
    by.mustCoordinate();
    Activity activity = activity(id);
    if (repository.sessionsOf(activity) > 0) {
      throw new BusinessException("activity.hasSessions");
    }
    repository.remove(activity);
    audit.record("activity", id, "DELETED", activity.getTitle());
  }

  public Theme saveTheme(Caller by, Long id, String nameFr, String nameEn) {
    by.mustCoordinate();
    if (nameFr == null || nameFr.isBlank()) {
      throw BusinessException.onField("nameFr", "relais.required.text");
    }
    if (nameFr.strip().length() > 120 || (nameEn != null && nameEn.strip().length() > 120)) {
      throw BusinessException.onField("nameFr", "relais.tooLong.text");
    }
    if (repository.themeNameTaken(nameFr, id)) {
      throw BusinessException.onField("nameFr", "theme.nameTaken");
    }
    Theme theme;
    if (id == null) {
      theme = new Theme(nameFr.strip(), blankToNull(nameEn));
      repository.persist(theme);
    } else {
      theme = repository.theme(id).orElseThrow(() -> new NotFoundException("theme " + id));
      theme.rename(nameFr.strip(), blankToNull(nameEn));
    }
    audit.record("theme", theme.getId(), id == null ? "CREATED" : "UPDATED", theme.getNameFr());
    return theme;
  }

  public void deleteTheme(Caller by, long id) {
    by.mustCoordinate();
    Theme theme = repository.theme(id).orElseThrow(() -> new NotFoundException("theme " + id));
    if (repository.activitiesAbout(theme) > 0) {
      throw new BusinessException("theme.inUse");
    }
    repository.remove(theme);
    audit.record("theme", id, "DELETED", theme.getNameFr());
  }

  private Activity activity(long id) {
    return repository.activity(id).orElseThrow(() -> new NotFoundException("activity " + id));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
