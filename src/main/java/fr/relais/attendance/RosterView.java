package fr.relais.attendance;

import fr.relais.people.Account;
import fr.relais.registration.Registration;
import fr.relais.scheduling.Session;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A session's sign-in sheet as the roster page, the PDF and the API show it: the half-days, each
 * confirmed participant with their line per half-day, who signed which half-day.
 */
public record RosterView(
    long sessionId,
    String title,
    String objectives,
    Instant start,
    Instant end,
    String place,
    List<String> trainers,
    boolean completed,
    List<HalfDay> halfDays,
    List<Line> lines,
    Map<Integer, Signed> signed)
    implements Serializable {

  /** One participant across the half-days. */
  public record Line(long registrationId, String name, String profession, List<Cell> cells)
      implements Serializable {
    public long getRegistrationId() {
      return registrationId;
    }

    public String getName() {
      return name;
    }

    public String getProfession() {
      return profession;
    }

    public List<Cell> getCells() {
      return cells;
    }
  }

  /** One participant on one half-day: nothing yet, or a status with how it was recorded. */
  public record Cell(
      int halfDay, AttendanceStatus status, CheckInMethod method, byte[] signature, Instant at)
      implements Serializable {
    public AttendanceStatus getStatus() {
      return status;
    }

    public CheckInMethod getMethod() {
      return method;
    }

    public boolean isSigned() {
      return signature != null;
    }

    public int getHalfDay() {
      return halfDay;
    }
  }

  /** A half-day's trainer signature. */
  public record Signed(String trainer, byte[] signature, Instant at) implements Serializable {
    public String getTrainer() {
      return trainer;
    }

    public Instant getAt() {
      return at;
    }
  }

  static RosterView of(
      Session s,
      List<Registration> confirmed,
      Map<String, Attendance> lines,
      Map<Integer, HalfDaySignature> signatures,
      String place) {
    List<HalfDay> halves = HalfDay.of(s.getStartsAt(), s.getEndsAt());
    List<Line> rows =
        confirmed.stream()
            .map(
                r -> {
                  Account a = r.getAccount();
                  List<Cell> cells =
                      halves.stream()
                          .map(
                              h -> {
                                Attendance t =
                                    lines.get(AttendanceRepository.key(r.getId(), h.index()));
                                return t == null
                                    ? new Cell(h.index(), null, null, null, null)
                                    : new Cell(
                                        h.index(),
                                        t.getStatus(),
                                        t.getMethod(),
                                        t.getSignature(),
                                        t.getRecordedAt());
                              })
                          .toList();
                  return new Line(
                      r.getId(),
                      a.getLastName().toUpperCase(java.util.Locale.ROOT) + " " + a.getFirstName(),
                      a.getProfession() == null ? null : a.getProfession().name(),
                      cells);
                })
            .toList();
    Map<Integer, Signed> signed = new java.util.HashMap<>();
    signatures.forEach(
        (i, h) ->
            signed.put(
                i, new Signed(h.getTrainer().getDisplayName(), h.getSignature(), h.getSignedAt())));
    return new RosterView(
        s.getId(),
        s.getActivity().getTitle(),
        s.getActivity().getObjectives(),
        s.getStartsAt(),
        s.getEndsAt(),
        place,
        s.getTrainers().stream().map(Account::getDisplayName).sorted().toList(),
        s.getStatus() == fr.relais.scheduling.SessionStatus.COMPLETED,
        halves,
        rows,
        signed);
  }

  public boolean isLocked(int halfDay) {
    return signed.containsKey(halfDay);
  }

  /** People with that status on that half-day. */
  public long count(int halfDay, AttendanceStatus status) {
    return lines.stream().filter(l -> l.cells().get(halfDay).status() == status).count();
  }

  /** Present (or late) at least one half-day, in percent of the confirmed. */
  public int getAttendanceRate() {
    return lines.isEmpty() ? 0 : Math.round(100f * attendees() / lines.size());
  }

  public long getAttendees() {
    return attendees();
  }

  public long getNoShows() {
    return lines.size() - attendees();
  }

  /** People present (or late) at least one half-day. */
  public long attendees() {
    return lines.stream()
        .filter(l -> l.cells().stream().anyMatch(c -> c.status() != null && c.status().attended()))
        .count();
  }

  public List<HalfDay> getHalfDays() {
    return halfDays;
  }

  public List<Line> getLines() {
    return lines;
  }

  public String getTitle() {
    return title;
  }

  public Instant getStart() {
    return start;
  }

  public Instant getEnd() {
    return end;
  }

  public boolean isCompleted() {
    return completed;
  }

  public Map<Integer, Signed> getSigned() {
    return signed;
  }
}
