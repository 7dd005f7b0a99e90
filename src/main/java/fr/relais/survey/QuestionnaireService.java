package fr.relais.survey;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import fr.relais.people.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Coordinators build questionnaires: sections and items in French and English. A questionnaire with
 * answers, or a built-in instrument, is never changed: a new version is made instead.
 */
@Stateless
public class QuestionnaireService {

  static final int MAX_CHOICES = 11;

  @Inject private SurveyRepository surveys;
  @Inject private Clock clock;

  /** What a coordinator types to add an item; choices one per line, "français | English". */
  public record ItemDraft(
      ItemType type,
      String textFr,
      String textEn,
      boolean required,
      Integer min,
      Integer max,
      String choices,
      boolean objectives) {}

  public long create(Caller by, SurveyKind kind, String titleFr, String titleEn) {
    by.mustCoordinate();
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    required(errors, "titleFr", titleFr);
    required(errors, "titleEn", titleEn);
    if (kind == null) {
      errors.add(new InvalidInput.FieldError("kind", "relais.required.text"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Questionnaire q = new Questionnaire(kind, titleFr.strip(), titleEn.strip(), clock.instant());
    q.addSection("Vos réponses", "Your answers");
    surveys.persist(q);
    return q.getId();
  }

  public void describe(
      Caller by, long id, String titleFr, String titleEn, String introFr, String introEn) {
    by.mustCoordinate();
    Questionnaire q = editable(id);
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    required(errors, "titleFr", titleFr);
    required(errors, "titleEn", titleEn);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    q.rename(titleFr.strip(), titleEn.strip(), blankToNull(introFr), blankToNull(introEn));
  }

  public void addSection(Caller by, long id, String titleFr, String titleEn) {
    by.mustCoordinate();
    Questionnaire q = editable(id);
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    required(errors, "sectionFr", titleFr);
    required(errors, "sectionEn", titleEn);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    q.addSection(titleFr.strip(), titleEn.strip());
  }

  public void removeSection(Caller by, long id, long sectionId) {
    by.mustCoordinate();
    Questionnaire q = editable(id);
    if (q.getSections().size() == 1) {
      throw new BusinessException("survey.questionnaire.lastSection");
    }
    q.removeSection(section(q, sectionId));
  }

  public void addItem(Caller by, long id, long sectionId, ItemDraft draft) {
    by.mustCoordinate();
    Questionnaire q = editable(id);
    Section section = section(q, sectionId);
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    if (draft.type() == null) {
      errors.add(new InvalidInput.FieldError("type", "relais.required.text"));
    }
    required(errors, "textFr", draft.textFr());
    required(errors, "textEn", draft.textEn());
    List<String[]> choices = choices(draft.choices());
    if (draft.type() != null && draft.type().hasChoices()) {
      if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
        errors.add(new InvalidInput.FieldError("choices", "survey.item.choices", MAX_CHOICES));
      }
    }
    if (draft.objectives() && draft.type() != ItemType.LIKERT) {
      errors.add(new InvalidInput.FieldError("objectives", "survey.item.objectivesLikert"));
    }
    if (draft.min() != null && draft.max() != null && draft.min() > draft.max()) {
      errors.add(new InvalidInput.FieldError("max", "survey.item.range"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Item item =
        section.addItem(
            draft.type(), draft.textFr().strip(), draft.textEn().strip(), draft.required());
    if (draft.type() == ItemType.NUMBER) {
      item.range(draft.min(), draft.max());
    }
    if (draft.objectives()) {
      item.scoredIn(Item.OBJECTIVES, false);
    }
    if (draft.type().hasChoices()) {
      for (int i = 0; i < choices.size(); i++) {
        item.choice(i + 1, choices.get(i)[0], choices.get(i)[1]);
      }
    }
  }

  public void removeItem(Caller by, long id, long itemId) {
    by.mustCoordinate();
    Questionnaire q = editable(id);
    Item item = item(q, itemId);
    item.getSection().removeItem(item);
  }

  public void moveItem(Caller by, long id, long itemId, int delta) {
    by.mustCoordinate();
    Questionnaire q = editable(id);
    Item item = item(q, itemId);
    item.getSection().move(item, delta);
  }

  /** A new, editable version of a questionnaire (the old one keeps its answers). */
  public long newVersion(Caller by, long id) {
    by.mustCoordinate();
    Questionnaire q = find(id);
    if (q.isBuiltin()) {
      throw new BusinessException("survey.questionnaire.builtin");
    }
    Questionnaire next = q.nextVersion(clock.instant());
    surveys.persist(next);
    return next.getId();
  }

  public void archive(Caller by, long id) {
    by.mustCoordinate();
    find(id).archive();
  }

  /** Whether the questionnaire may still change (not built in, no answers yet). */
  public boolean isEditable(long id) {
    Questionnaire q = find(id);
    return !q.isBuiltin() && !surveys.hasResponses(id);
  }

  private Questionnaire editable(long id) {
    Questionnaire q = find(id);
    if (q.isBuiltin()) {
      throw new BusinessException("survey.questionnaire.builtin");
    }
    if (surveys.hasResponses(id)) {
      throw new BusinessException("survey.questionnaire.frozen");
    }
    return q;
  }

  private Questionnaire find(long id) {
    return surveys.questionnaire(id).orElseThrow(() -> new NotFoundException("questionnaire"));
  }

  private static Section section(Questionnaire q, long sectionId) {
    return q.getSections().stream()
        .filter(s -> s.getId() == sectionId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("section " + sectionId));
  }

  private static Item item(Questionnaire q, long itemId) {
    return q.items().stream()
        .filter(i -> i.getId() == itemId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("item " + itemId));
  }

  /** "Tout à fait d'accord | Strongly agree" lines; a line without "|" is used in both. */
  static List<String[]> choices(String text) {
    List<String[]> choices = new ArrayList<>();
    if (text == null) {
      return choices;
    }
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|", 2);
      String fr = parts[0].strip();
      String en = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : fr;
      choices.add(new String[] {truncate(fr), truncate(en)});
    }
    return choices;
  }

  private static String truncate(String label) {
    return label.length() > 200 ? label.substring(0, 200) : label;
  }

  private static void required(List<InvalidInput.FieldError> errors, String field, String value) {
    if (value == null || value.isBlank()) {
      errors.add(new InvalidInput.FieldError(field, "relais.required.text"));
    } else if (value.strip().length() > 500) {
      errors.add(new InvalidInput.FieldError(field, "relais.tooLong.text"));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
