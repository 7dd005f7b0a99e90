package fr.relais.reporting;

import java.util.List;

/**
 * Mean change between linked before/after scores with its 95 % confidence interval (Student's t, n
 * − 1 degrees of freedom), and the share of people whose change reaches a meaningful threshold.
 */
public record PairedChange(int pairs, double mean, double low, double high, double improvedShare) {

  /** Two-sided 97.5 % quantiles of Student's t for 1 to 30 degrees of freedom. */
  private static final double[] T_975 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
    2.052, 2.048, 2.045, 2.042
  };

  private static final double Z_975 = 1.959964;

  /**
   * @param changes after minus before, one per linked person (at least two)
   * @param meaningful the change that counts as an improvement (signed: −5 for a stress score that
   *     should fall)
   */
  public static PairedChange of(List<Double> changes, double meaningful) {
    int n = changes.size();
    if (n < 2) {
      throw new IllegalArgumentException("a confidence interval needs two pairs at least");
    }
    double mean = changes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double squares = changes.stream().mapToDouble(c -> (c - mean) * (c - mean)).sum();
    long improved =
        changes.stream().filter(c -> meaningful >= 0 ? c >= meaningful : c <= meaningful).count();
    return of(n, mean, Math.sqrt(squares / (n - 1)), improved);
  }

  /** From the moments SQL computes (count, mean, sample standard deviation, improved count). */
  public static PairedChange of(int pairs, double mean, double sd, long improved) {
    if (pairs < 2) {
      throw new IllegalArgumentException("a confidence interval needs two pairs at least");
    }
    double margin = tQuantile(pairs - 1) * sd / Math.sqrt(pairs);
    return new PairedChange(pairs, mean, mean - margin, mean + margin, (double) improved / pairs);
  }

  /** t(0.975, df): the table up to 30, a Cornish–Fisher expansion beyond (error < 0.001). */
  static double tQuantile(int degreesOfFreedom) {
    if (degreesOfFreedom <= T_975.length) {
      return T_975[degreesOfFreedom - 1];
    }
    double z = Z_975;
    double df = degreesOfFreedom;
    return z
        + (Math.pow(z, 3) + z) / (4 * df)
        + (5 * Math.pow(z, 5) + 16 * Math.pow(z, 3) + 3 * z) / (96 * df * df);
  }
}
