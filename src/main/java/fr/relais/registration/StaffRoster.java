package fr.relais.registration;

import fr.relais.people.Account;
import fr.relais.people.ParticipantStatus;
import fr.relais.people.Profession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A session's registrations as staff read them: sorted (registered, then the waitlist in its order,
 * then the cancelled; by name within each), with counts, and once the session has started each
 * registered person's presence instead of "registered".
 */
public record StaffRoster(boolean started, List<Row> rows) implements Serializable {

  /** One registration, with what the page shows of it. */
  public record Row(
      long id,
      String lastName,
      String firstName,
      String email,
      Profession profession,
      ParticipantStatus participantStatus,
      RegistrationStatus status,
      Seat seat,
      int position,
      Instant registeredAt,
      String cancelReason,
      Presence presence)
      implements Serializable {

    public String getName() {
      return lastName.toUpperCase(Locale.ROOT) + " " + firstName;
    }

    public long getId() {
      return id;
    }

    public String getEmail() {
      return email;
    }

    public Profession getProfession() {
      return profession;
    }

    public ParticipantStatus getParticipantStatus() {
      return participantStatus;
    }

    public RegistrationStatus getStatus() {
      return status;
    }

    public Seat getSeat() {
      return seat;
    }

    public int getPosition() {
      return position;
    }

    public Instant getRegisteredAt() {
      return registeredAt;
    }

    public String getCancelReason() {
      return cancelReason;
    }

    /** Null until the session starts, and for anyone not registered. */
    public Presence getPresence() {
      return presence;
    }
  }

  private static final Comparator<Row> ORDER =
      Comparator.comparing(Row::status)
          .thenComparing(r -> r.presence() == null ? Presence.UNMARKED : r.presence())
          .thenComparingInt(Row::position)
          .thenComparing(r -> r.lastName().toLowerCase(Locale.FRENCH))
          .thenComparing(r -> r.firstName().toLowerCase(Locale.FRENCH))
          .thenComparingLong(Row::id);

  /**
   * Builds the roster from the session's registrations (in registration order) and its attendance
   * statuses by registration. {@code started}: the session has started, so presence is shown and
   * nothing may be cancelled any more.
   */
  public static StaffRoster of(
      List<Registration> registrations, Map<Long, List<String>> attendance, boolean started) {
    int[] line = {0};
    List<Row> rows =
        registrations.stream()
            .map(
                r -> {
                  Account a = r.getAccount();
                  int position = r.getStatus() == RegistrationStatus.WAITLISTED ? ++line[0] : 0;
                  Presence presence =
                      started && r.getStatus() == RegistrationStatus.CONFIRMED
                          ? Presence.of(attendance.getOrDefault(r.getId(), List.of()))
                          : null;
                  return new Row(
                      r.getId(),
                      a.getLastName(),
                      a.getFirstName(),
                      a.getEmail(),
                      a.getProfession(),
                      a.getStatus(),
                      r.getStatus(),
                      r.getSeat(),
                      position,
                      r.getRegisteredAt(),
                      r.getCancelReason(),
                      presence);
                })
            .sorted(ORDER)
            .toList();
    return new StaffRoster(started, rows);
  }

  public long count(RegistrationStatus status) {
    return rows.stream().filter(r -> r.status() == status).count();
  }

  public long count(Presence presence) {
    return rows.stream().filter(r -> r.presence() == presence).count();
  }

  /** Present or late. */
  public long getCame() {
    return rows.stream().filter(r -> r.presence() != null && r.presence().came()).count();
  }

  /** Absent, excused or not. */
  public long getMissed() {
    return rows.stream().filter(r -> r.presence() != null && r.presence().missed()).count();
  }

  public boolean isStarted() {
    return started;
  }

  /** Cancelling or moving up is offered (and allowed) only before the session starts. */
  public boolean isChangeable() {
    return !started;
  }

  public List<Row> getRows() {
    return rows;
  }
}
