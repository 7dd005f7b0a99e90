package fr.relais.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copenhagen Burnout Inventory, 19 items: personal (1–6), work-related (7–13) and patient-related
 * (14–19) burnout. Answers score 100/75/50/25/0; item 13 (energy for family and friends) is
 * reversed; a scale's score is the mean of its answered items, given only when enough were answered
 * (personal 3, work 4; patient 3, by analogy: the source's rule was not found). A scale at 50 or
 * more is a high degree of burnout.
 */
public final class CbiScoring implements Scoring {

  public static final String CODE = "CBI";
  public static final String PERSONAL = "personal";
  public static final String WORK = "work";
  public static final String PATIENT = "patient";
  static final int REVERSED_ITEM = 13;
  public static final double HIGH = 50;

  @Override
  public Result score(List<Integer> answers) {
    if (answers.size() != 19) {
      return new Result(Map.of(), false);
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    scale(scores, PERSONAL, answers.subList(0, 6), 0, 3);
    scale(scores, WORK, answers.subList(6, 13), 6, 4);
    scale(scores, PATIENT, answers.subList(13, 19), 13, 3);
    boolean high = scores.values().stream().anyMatch(s -> s >= HIGH);
    return new Result(scores, high);
  }

  private static void scale(
      Map<String, Double> scores, String name, List<Integer> items, int offset, int least) {
    double sum = 0;
    int answered = 0;
    for (int i = 0; i < items.size(); i++) {
      Integer value = items.get(i);
      if (value != null) {
        sum += offset + i + 1 == REVERSED_ITEM ? 100 - value : value;
        answered++;
      }
    }
    if (answered >= least) {
      scores.put(name, Math.round(sum / answered * 100) / 100.0);
    }
  }
}
