package fr.relais.establishment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** One day of a convention's version, as proposed (kept with it; the sessions may move later). */
@Embeddable
public class ConventionDay implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  protected ConventionDay() {}

  public ConventionDay(Instant startsAt, Instant endsAt) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public long minutes() {
    return Duration.between(startsAt, endsAt).toMinutes();
  }
}
