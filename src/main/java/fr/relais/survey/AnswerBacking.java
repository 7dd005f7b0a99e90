package fr.relais.survey;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answering a survey, one section per screen, saved at each step. Reached from "Mes questionnaires"
 * (signed in) or from the mail link (/survey/start), which opens this survey only. Open to
 * everyone: AnswerService lets only the invited person in.
 */
@Named
@ViewScoped
public class AnswerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AnswerService answers;
  @Inject private CurrentUser currentUser;
  @Inject private SurveyPass pass;

  private String i;
  private String link;
  private long invitationId;
  private AnswerService.Sheet sheet;
  private int section;
  private AnswerService.Outcome outcome;
  private String refusal;
  private final Map<Long, String> single = new HashMap<>();
  private final Map<Long, String[]> multiple = new HashMap<>();
  private final Map<Long, String> errors = new HashMap<>();

  public void load() {
    if (link != null && link.startsWith("survey.link.")) {
      refusal = link;
      return;
    }
    try {
      invitationId = Long.parseLong(i == null ? "" : i);
      sheet = answers.open(respondent(), invitationId);
    } catch (NumberFormatException | fr.relais.kernel.NotFoundException unknown) {
      refusal = "survey.unknown";
      return;
    } catch (BusinessException refused) {
      refusal = refused.getMessageKey();
      return;
    }
    section = sheet.progress();
    sheet.numbers().forEach((item, values) -> remember(item, values));
    sheet.texts().forEach(single::put);
  }

  private void remember(long item, List<Integer> values) {
    if (!values.isEmpty()) {
      single.put(item, String.valueOf(values.get(0)));
      multiple.put(item, values.stream().map(String::valueOf).toArray(String[]::new));
    }
  }

  private AnswerService.Respondent respondent() {
    Long me =
        currentUser.isSignedIn() ? currentUser.account().map(a -> a.getId()).orElse(null) : null;
    return new AnswerService.Respondent(me, pass.invitations());
  }

  public void next() {
    if (save()) {
      section++;
    }
  }

  public void back() {
    if (section > 0) {
      section--;
      errors.clear();
    }
  }

  public void submit() {
    if (!save()) {
      return;
    }
    try {
      outcome = answers.submit(respondent(), invitationId);
    } catch (BusinessException refused) {
      Feedback.refusal(refused, "answer");
    }
  }

  /** Saves the shown section; false (with messages by the items) when something is wrong. */
  private boolean save() {
    errors.clear();
    Map<Long, List<String>> values = new HashMap<>();
    for (Item item : getCurrent().getItems()) {
      List<String> given =
          item.getType() == ItemType.MULTIPLE
              ? Arrays.asList(multiple.getOrDefault(item.getId(), new String[0]))
              : single.get(item.getId()) == null ? List.of() : List.of(single.get(item.getId()));
      values.put(item.getId(), new ArrayList<>(given));
    }
    try {
      answers.save(respondent(), invitationId, section, values);
      return true;
    } catch (InvalidInput invalid) {
      for (InvalidInput.FieldError e : invalid.getErrors()) {
        errors.put(
            Long.parseLong(e.field().substring("item".length())),
            Feedback.text(e.key(), e.arguments()));
      }
      Feedback.error("form.checkFields");
      return false;
    } catch (BusinessException refused) {
      Feedback.refusal(refused, "answer");
      return false;
    }
  }

  public Section getCurrent() {
    return sheet.questionnaire().getSections().get(section);
  }

  public boolean isLast() {
    return section == sheet.questionnaire().getSections().size() - 1;
  }

  /** Percent done, for the progress bar. */
  public int getPercent() {
    return Math.round(100f * (section + 1) / sheet.questionnaire().getSections().size());
  }

  public List<Integer> zeroToTen() {
    List<Integer> points = new ArrayList<>();
    for (int p = 0; p <= 10; p++) {
      points.add(p);
    }
    return points;
  }

  public java.util.Locale getLocale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public AnswerService.Sheet getSheet() {
    return sheet;
  }

  public int getSection() {
    return section;
  }

  public int getSectionCount() {
    return sheet.questionnaire().getSections().size();
  }

  public AnswerService.Outcome getOutcome() {
    return outcome;
  }

  public String getRefusal() {
    return refusal;
  }

  public Map<Long, String> getSingle() {
    return single;
  }

  public Map<Long, String[]> getMultiple() {
    return multiple;
  }

  public Map<Long, String> getErrors() {
    return errors;
  }

  public String getI() {
    return i;
  }

  public void setI(String i) {
    this.i = i;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }
}
