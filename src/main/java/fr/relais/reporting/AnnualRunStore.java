package fr.relais.reporting;

import fr.relais.kernel.SharedMap;
import java.time.Duration;

/**
 * Where annual report runs are kept: each year's latest run as a line of text ({@link
 * AnnualReports.Run#line()}), changed by compare-and-set, and the files of finished runs by run and
 * type. In this instance's memory alone; in the data grid when Relais runs as a cluster, so that
 * every instance sees a run started on another one and serves its files (docs/operations.md).
 */
record AnnualRunStore(SharedMap<String, String> lines, SharedMap<String, byte[]> files) {

  /** Runs and files are kept a day after their last change in the grid (a report is redone). */
  static final Duration KEPT = Duration.ofDays(1);

  static AnnualRunStore forThisInstance() {
    return new AnnualRunStore(
        SharedMap.forCluster("relais-annual-runs", String.class, String.class, KEPT),
        SharedMap.forCluster("relais-annual-files", String.class, byte[].class, KEPT));
  }
}
