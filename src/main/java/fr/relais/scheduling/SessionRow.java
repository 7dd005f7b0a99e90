package fr.relais.scheduling;

import fr.relais.programme.Format;
import java.io.Serializable;
import java.time.Instant;

/** One line of the coordinators' list of sessions, read in one query per page. */
public class SessionRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String title;
  private final Format format;
  private final Instant start;
  private final Instant end;
  private final SessionMode mode;
  private final String siteName;
  private final String roomName;
  private final SessionStatus status;
  private final int capacity;
  private final String reservedFor;
  private final int registered;
  private String trainers = "";

  public SessionRow(
      long id,
      String title,
      Format format,
      Instant start,
      Instant end,
      SessionMode mode,
      String siteName,
      String roomName,
      SessionStatus status,
      int capacity,
      String reservedFor) {
    this(
        id,
        title,
        format,
        start,
        end,
        mode,
        siteName,
        roomName,
        status,
        capacity,
        reservedFor,
        0,
        0);
  }

  /** With the seats taken, general and student: the coordinators' list shows how full it is. */
  public SessionRow(
      long id,
      String title,
      Format format,
      Instant start,
      Instant end,
      SessionMode mode,
      String siteName,
      String roomName,
      SessionStatus status,
      int capacity,
      String reservedFor,
      int confirmedGeneral,
      int confirmedStudents) {
    this.registered = confirmedGeneral + confirmedStudents;
    this.id = id;
    this.title = title;
    this.format = format;
    this.start = start;
    this.end = end;
    this.mode = mode;
    this.siteName = siteName;
    this.roomName = roomName;
    this.status = status;
    this.capacity = capacity;
    this.reservedFor = reservedFor;
  }

  void setTrainers(String trainers) {
    this.trainers = trainers;
  }

  public long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Format getFormat() {
    return format;
  }

  public Instant getStart() {
    return start;
  }

  public Instant getEnd() {
    return end;
  }

  public SessionMode getMode() {
    return mode;
  }

  public String getSiteName() {
    return siteName;
  }

  public String getRoomName() {
    return roomName;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public int getCapacity() {
    return capacity;
  }

  public String getReservedFor() {
    return reservedFor;
  }

  /** Confirmed registrations. */
  public int getRegistered() {
    return registered;
  }

  /** Registered in percent of the capacity, rounded down (0 for a session without seats). */
  public int getFillPercent() {
    return capacity <= 0 ? 0 : registered * 100 / capacity;
  }

  public String getTrainers() {
    return trainers;
  }
}
