package fr.relais.bpf;

import fr.relais.programme.BpfObjective;
import fr.relais.registration.CategorySource;
import fr.relais.registration.TraineeCategory;
import fr.relais.scheduling.Delivery;
import fr.relais.site.Sector;
import java.io.Serializable;
import java.time.Instant;

/** The facts a BPF figure counts, one row each, as the drill-down lists show them. */
public final class BpfRows {

  private BpfRows() {}

  /**
   * A registration with at least one present (or late) half-day at a training session of the year.
   * {@code category} is the one counted: stored, else derived by {@code TraineeCategoryRule}; null
   * when still unknown ({@code source} null then too).
   */
  public record Trainee(
      long registrationId,
      long sessionId,
      Instant startsAt,
      String activity,
      String person,
      TraineeCategory category,
      CategorySource source,
      boolean derived,
      boolean remote,
      Delivery delivery,
      BpfObjective objective,
      String nsf,
      int halfDays,
      String halves,
      long minutes)
      implements Serializable {}

  /** A trainer leading a training session of the year, for its length less its break. */
  public record Trainer(
      long accountId,
      String person,
      boolean external,
      long sessionId,
      Instant startsAt,
      String activity,
      long minutes)
      implements Serializable {}

  /**
   * An income of the year: a session's ({@code conventionId} null) or an accepted convention's
   * (excluding VAT; its source from the establishment's sector, null when unknown).
   */
  public record Income(
      Long incomeId,
      Long conventionId,
      long sessionOrRequestId,
      Instant startsAt,
      String activity,
      IncomeSource source,
      String funder,
      Long siteId,
      Sector sector,
      long cents)
      implements Serializable {

    public boolean isConvention() {
      return conventionId != null;
    }

    /** Where it is fixed: the establishment's page for a convention, else the session's. */
    public String getPath() {
      return isConvention()
          ? "/site/site?id=" + siteId
          : "/scheduling/session?id=" + sessionOrRequestId;
    }
  }
}
