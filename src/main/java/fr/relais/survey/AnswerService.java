package fr.relais.survey;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answering: a section at a time, saved as you go under the person's pseudonym, then submitted
 * once; instruments are scored at submission. Only the invited person (signed in, or holding the
 * mail link) may answer.
 */
@Stateless
public class AnswerService {

  static final int MAX_TEXT = 2000;

  @Inject private SurveyRepository surveys;
  @Inject private Pseudonyms pseudonyms;
  @Inject private Clock clock;

  /** Who answers: the signed-in account (or null) and the surveys opened by a mail link. */
  public record Respondent(Long accountId, Set<Long> passes) implements Serializable {
    boolean mayAnswer(Invitation invitation) {
      return passes.contains(invitation.getId())
          || accountId != null && accountId.equals(invitation.getAccount().getId());
    }
  }

  /** What the answer page needs: the questionnaire, where the person stopped, what they said. */
  public record Sheet(
      long invitationId,
      Questionnaire questionnaire,
      String sessionTitle,
      Phase phase,
      int progress,
      Map<Long, List<Integer>> numbers,
      Map<Long, String> texts)
      implements Serializable {}

  /** What submitting gave: the scores of an instrument and whether one crossed its threshold. */
  public record Outcome(String code, Map<String, Double> scores, boolean concern)
      implements Serializable {}

  public Sheet open(Respondent who, long invitationId) {
    Invitation invitation = answerable(who, invitationId);
    Questionnaire q = invitation.getCampaign().getQuestionnaire();
    q.items().forEach(i -> i.getChoices().size()); // read now: the page shows them later
    Response r = existing(invitation);
    Map<Long, List<Integer>> numbers = new java.util.HashMap<>();
    Map<Long, String> texts = new java.util.HashMap<>();
    if (r != null) {
      for (Item item : q.items()) {
        numbers.put(item.getId(), r.numbers(item.getId()));
        if (r.text(item.getId()) != null) {
          texts.put(item.getId(), r.text(item.getId()));
        }
      }
    }
    return new Sheet(
        invitationId,
        q,
        invitation.getSession() == null ? null : invitation.getSession().getActivity().getTitle(),
        invitation.getCampaign().getPhase(),
        r == null ? 0 : Math.min(r.getProgress(), q.getSections().size() - 1),
        numbers,
        texts);
  }

  /**
   * Saves one section's answers (raw values as the page sends them, by item id); refuses the whole
   * section, storing nothing, when a value is missing or out of range.
   */
  public void save(Respondent who, long invitationId, int section, Map<Long, List<String>> values) {
    Invitation invitation = answerable(who, invitationId);
    Questionnaire q = invitation.getCampaign().getQuestionnaire();
    if (section < 0 || section >= q.getSections().size()) {
      throw new NotFoundException("section " + section);
    }
    Response response = existing(invitation);
    if (response == null) {
      response =
          new Response(
              invitation.getCampaign(),
              invitation.getSession() == null ? null : invitation.getSession().getId(),
              pseudonyms.of(invitation.getAccount().getId()),
              // a client answers for the establishment, not as a professional or a student
              // a trainer answers as the session's trainer, not as a participant
              invitation.getCampaign().getPhase() == Phase.CLIENT
                      || invitation.getCampaign().getPhase() == Phase.TRAINER
                  ? null
                  : invitation.getAccount().getStatus());
      surveys.persist(response);
    }
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    for (Item item : q.getSections().get(section).getItems()) {
      List<String> given = values.getOrDefault(item.getId(), List.of());
      Parsed parsed = parse(item, given, errors);
      if (parsed != null) {
        response.answer(item, parsed.numbers(), parsed.text());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    response.progressTo(section + 1);
  }

  /** Submits, once every required item of every section has its answer; scores instruments. */
  public Outcome submit(Respondent who, long invitationId) {
    Invitation invitation = answerable(who, invitationId);
    Questionnaire q = invitation.getCampaign().getQuestionnaire();
    Response response = existing(invitation);
    if (response == null || response.getProgress() < q.getSections().size()) {
      throw new BusinessException("survey.answer.unfinished");
    }
    for (Item item : q.items()) {
      boolean answered =
          !response.numbers(item.getId()).isEmpty() || response.text(item.getId()) != null;
      if (item.isRequired() && !answered) {
        throw new BusinessException("survey.answer.unfinished");
      }
    }
    Scoring.Result result = new Scoring.Result(Map.of(), false);
    if (q.getCode() != null) {
      List<Integer> ordered =
          q.items().stream()
              .map(i -> response.numbers(i.getId()).stream().findFirst().orElse(null))
              .toList();
      result = Scoring.of(q.getCode()).score(ordered);
    }
    response.submit(LocalDate.now(clock.withZone(ClockProducer.PARIS)), result.scores());
    invitation.markAnswered();
    return new Outcome(q.getCode(), result.scores(), result.concern());
  }

  private record Parsed(List<Integer> numbers, String text) {}

  private static Parsed parse(Item item, List<String> given, List<InvalidInput.FieldError> errors) {
    String field = "item" + item.getId();
    List<String> values = given.stream().filter(v -> v != null && !v.isBlank()).toList();
    if (values.isEmpty()) {
      if (item.isRequired()) {
        errors.add(new InvalidInput.FieldError(field, "survey.answer.required"));
        return null;
      }
      return new Parsed(List.of(), null);
    }
    if (item.getType() == ItemType.TEXT) {
      String text = values.get(0).strip();
      if (text.length() > MAX_TEXT) {
        errors.add(new InvalidInput.FieldError(field, "survey.answer.tooLong", MAX_TEXT));
        return null;
      }
      return new Parsed(List.of(), text);
    }
    if (item.getType() != ItemType.MULTIPLE && values.size() > 1) {
      errors.add(new InvalidInput.FieldError(field, "survey.answer.oneOnly"));
      return null;
    }
    Set<Integer> numbers = new LinkedHashSet<>();
    for (String v : values) {
      int n;
      try {
        n = Integer.parseInt(v.strip());
      } catch (NumberFormatException notANumber) {
        errors.add(new InvalidInput.FieldError(field, "survey.answer.notANumber"));
        return null;
      }
      if (!item.accepts(n)) {
        errors.add(
            item.getType().hasChoices()
                ? new InvalidInput.FieldError(field, "survey.answer.notAChoice")
                : new InvalidInput.FieldError(
                    field,
                    "survey.answer.outOfRange",
                    item.getMinValue() == null ? "–" : item.getMinValue(),
                    item.getMaxValue() == null ? "–" : item.getMaxValue()));
        return null;
      }
      numbers.add(n);
    }
    return new Parsed(List.copyOf(numbers), null);
  }

  private Invitation answerable(Respondent who, long invitationId) {
    Invitation invitation =
        surveys
            .invitation(invitationId)
            .orElseThrow(() -> new NotFoundException("invitation " + invitationId));
    if (!who.mayAnswer(invitation)) {
      throw BusinessException.forbidden("survey.notYours");
    }
    if (!invitation.isOpenAt(clock.instant()) || !invitation.getCampaign().isActive()) {
      throw new BusinessException("survey.notOpen");
    }
    if (invitation.isAnswered()) {
      throw new BusinessException("survey.alreadyAnswered");
    }
    return invitation;
  }

  private Response existing(Invitation invitation) {
    return surveys
        .response(
            invitation.getCampaign().getId(),
            invitation.getSession() == null ? null : invitation.getSession().getId(),
            pseudonyms.of(invitation.getAccount().getId()))
        .orElse(null);
  }
}
