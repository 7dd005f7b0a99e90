package fr.relais.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * WHO-5 Well-Being Index: five items scored 0–5; the raw score is their sum (0–25), the percentage
 * is raw × 4; a raw score below 13 indicates poor wellbeing; a change of 10 percentage points is
 * meaningful. Scored only when all five are answered.
 */
public final class Who5Scoring implements Scoring {

  public static final String CODE = "WHO5";
  public static final String RAW = "raw";
  public static final String PERCENT = "percent";
  public static final int POOR_BELOW = 13;
  public static final int MEANINGFUL_CHANGE = 10;

  @Override
  public Result score(List<Integer> answers) {
    if (answers.size() != 5 || answers.stream().anyMatch(Objects::isNull)) {
      return new Result(Map.of(), false);
    }
    int raw = answers.stream().mapToInt(Integer::intValue).sum();
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put(RAW, (double) raw);
    scores.put(PERCENT, raw * 4.0);
    return new Result(scores, raw < POOR_BELOW);
  }

  /** Whether a change between two percentage scores is meaningful (10 points or more). */
  public static boolean meaningfulChange(double beforePercent, double afterPercent) {
    return Math.abs(afterPercent - beforePercent) >= MEANINGFUL_CHANGE;
  }
}
