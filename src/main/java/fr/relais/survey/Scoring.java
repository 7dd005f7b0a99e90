package fr.relais.survey;

import java.util.List;
import java.util.Map;

/** How a validated instrument turns answers into scores, and when a score is a concern. */
public interface Scoring {

  /**
   * Scores the answers, given in the instrument's item order (null: not answered).
   *
   * @return the scores by scale, and whether one of them crosses its threshold
   */
  Result score(List<Integer> answers);

  /** Scores by scale name (a scale with too few answers has none) and the concern flag. */
  record Result(Map<String, Double> scores, boolean concern) {}

  /** The scoring of a built-in instrument, by its code. */
  static Scoring of(String code) {
    return switch (code) {
      case Who5Scoring.CODE -> new Who5Scoring();
      case Pss10Scoring.CODE -> new Pss10Scoring();
      case CbiScoring.CODE -> new CbiScoring();
      case ClientOpinion.CODE, TrainerOpinion.CODE -> answers -> new Result(Map.of(), false);
      default -> throw new IllegalArgumentException("no scoring for " + code);
    };
  }
}
