package fr.relais.survey;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Perceived Stress Scale, 10 items (Cohen): answers 0–4; items 4, 5, 7 and 8 are positively worded
 * and reversed (4 − answer); the total is the sum, 0–40, higher meaning more stress. The author
 * gives no cut-offs, so no score is flagged.
 */
public final class Pss10Scoring implements Scoring {

  public static final String CODE = "PSS10";
  public static final String TOTAL = "total";
  static final Set<Integer> REVERSED = Set.of(4, 5, 7, 8);

  @Override
  public Result score(List<Integer> answers) {
    if (answers.size() != 10 || answers.stream().anyMatch(Objects::isNull)) {
      return new Result(Map.of(), false);
    }
    int total = 0;
    for (int i = 0; i < 10; i++) {
      int value = answers.get(i);
      total += REVERSED.contains(i + 1) ? 4 - value : value;
    }
    return new Result(Map.of(TOTAL, (double) total), false);
  }
}
