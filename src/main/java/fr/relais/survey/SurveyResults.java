package fr.relais.survey;

import fr.relais.kernel.Disclosure;
import fr.relais.kernel.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What coordinators see of a campaign: for satisfaction, each item's figures and the free comments,
 * without names; for wellbeing, only the mean scores, and only from five respondents.
 */
@ApplicationScoped
public class SurveyResults {

  @Inject private SurveyRepository surveys;

  /** A choice and how many chose it. */
  public record Count(String labelFr, String labelEn, long count) implements Serializable {}

  /** One item: how many answered, the mean (numbers), the counts (choices), the comments. */
  public record ItemResult(
      Item item, long answered, Double mean, List<Count> counts, List<Comment> comments)
      implements Serializable {}

  /** A comment and how many gave it word for word. */
  public record Comment(String text, long times) implements Serializable {}

  /** A wellbeing scale's mean over the respondents who have it. */
  public record ScaleResult(String scale, long respondents, Double mean) implements Serializable {}

  public record Results(
      Campaign campaign,
      long respondents,
      boolean showable,
      List<ItemResult> items,
      List<ScaleResult> scales)
      implements Serializable {}

  public Results of(long campaignId, Long sessionId) {
    Campaign campaign =
        surveys.campaign(campaignId).orElseThrow(() -> new NotFoundException("campaign"));
    List<Response> responses = surveys.submitted(campaignId, sessionId);
    boolean wellbeing = campaign.getQuestionnaire().getKind() == SurveyKind.WELLBEING;
    boolean showable = !wellbeing || Disclosure.showable(responses.size());
    List<ItemResult> items = new ArrayList<>();
    List<ScaleResult> scales = new ArrayList<>();
    if (!wellbeing) {
      for (Item item : campaign.getQuestionnaire().items()) {
        items.add(item(item, responses));
      }
    } else if (showable) {
      Map<String, List<Double>> byScale = new LinkedHashMap<>();
      for (Response r : responses) {
        r.getScores().forEach((k, v) -> byScale.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      }
      byScale.forEach(
          (scale, values) ->
              scales.add(
                  Disclosure.showable(values.size())
                      ? new ScaleResult(scale, values.size(), mean(values))
                      : new ScaleResult(scale, values.size(), null)));
    }
    return new Results(campaign, responses.size(), showable, items, scales);
  }

  private static ItemResult item(Item item, List<Response> responses) {
    long answered = 0;
    List<Double> numbers = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    Map<Integer, Long> counts = new LinkedHashMap<>();
    for (Response r : responses) {
      List<Integer> given = r.numbers(item.getId());
      String text = r.text(item.getId());
      if (!given.isEmpty() || text != null) {
        answered++;
      }
      given.forEach(n -> counts.merge(n, 1L, Long::sum));
      if (item.getType() == ItemType.RATING
          || item.getType() == ItemType.NUMBER
          || item.getType() == ItemType.LIKERT) {
        given.forEach(n -> numbers.add(n.doubleValue()));
      }
      if (text != null) {
        comments.add(text);
      }
    }
    // Alphabetical, identical ones together: no order that could follow who answered when.
    Map<String, Long> grouped = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    comments.forEach(c -> grouped.merge(c, 1L, Long::sum));
    List<Count> choiceCounts =
        item.getChoices().stream()
            .map(
                c ->
                    new Count(
                        c.getLabelFr(), c.getLabelEn(), counts.getOrDefault(c.getValue(), 0L)))
            .toList();
    return new ItemResult(
        item,
        answered,
        numbers.isEmpty() ? null : mean(numbers),
        choiceCounts,
        grouped.entrySet().stream().map(e -> new Comment(e.getKey(), e.getValue())).toList());
  }

  private static double mean(List<Double> values) {
    return Math.round(values.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 10)
        / 10.0;
  }
}
