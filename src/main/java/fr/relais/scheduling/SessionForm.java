package fr.relais.scheduling;

import fr.relais.kernel.ClockProducer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The session form as a coordinator fills it: a day and Paris hours (a session never spans two
 * days), the place, seats, trainers and the registration window.
 */
public class SessionForm implements java.io.Serializable {

  private Long activityId;
  private LocalDate day;
  private LocalTime startTime;
  private LocalTime endTime;
  private SessionMode mode = SessionMode.ON_SITE;
  private Long roomId;
  private String videoLink;
  private Integer capacity;
  private Integer studentSeats = 0;
  private Integer waitlistLimit;
  private List<Long> trainerIds = new ArrayList<>();
  private LocalDateTime registrationOpensAt;
  private LocalDateTime registrationClosesAt;
  private LocalDateTime cancellationDeadline;
  private Long reservedForSiteId;
  private Integer breakMinutes = 0;
  private Delivery delivery = Delivery.OWN;
  private String partnerOrganisation;
  private String andpcSession;

  public static SessionForm of(Session s) {
    SessionForm form = new SessionForm();
    form.activityId = s.getActivity().getId();
    ZonedDateTime start = s.getStartsAt().atZone(ClockProducer.PARIS);
    form.day = start.toLocalDate();
    form.startTime = start.toLocalTime();
    form.endTime = s.getEndsAt().atZone(ClockProducer.PARIS).toLocalTime();
    form.mode = s.getMode();
    form.roomId = s.getRoom() == null ? null : s.getRoom().getId();
    form.videoLink = s.getVideoLink();
    form.capacity = s.getCapacity();
    form.studentSeats = s.getStudentSeats();
    form.waitlistLimit = s.getWaitlistLimitSet();
    form.trainerIds = new ArrayList<>(s.getTrainers().stream().map(t -> t.getId()).toList());
    form.registrationOpensAt = local(s.getRegistrationOpensAt());
    form.registrationClosesAt = local(s.getRegistrationClosesAt());
    form.cancellationDeadline = local(s.getCancellationDeadline());
    form.reservedForSiteId = s.getReservedFor() == null ? null : s.getReservedFor().getId();
    form.breakMinutes = s.getBreakMinutes();
    form.delivery = s.getDelivery();
    form.partnerOrganisation = s.getPartnerOrganisation();
    form.andpcSession = s.getAndpcSession();
    return form;
  }

  /**
   * The same session a week later at the same Paris hours (also across a clock change), its
   * registration window moved with it.
   */
  public SessionForm aWeekLater() {
    day = day == null ? null : day.plusWeeks(1);
    registrationOpensAt = registrationOpensAt == null ? null : registrationOpensAt.plusWeeks(1);
    registrationClosesAt = registrationClosesAt == null ? null : registrationClosesAt.plusWeeks(1);
    cancellationDeadline = cancellationDeadline == null ? null : cancellationDeadline.plusWeeks(1);
    return this;
  }

  /** The plan the service checks; missing hours stay null and are reported as required. */
  public SessionPlan toPlan() {
    return new SessionPlan(
        activityId,
        instant(day, startTime),
        instant(day, endTime),
        mode,
        mode == SessionMode.ONLINE ? null : roomId,
        videoLink,
        capacity == null ? 0 : capacity,
        studentSeats == null ? 0 : studentSeats,
        new HashSet<>(trainerIds),
        instant(registrationOpensAt),
        instant(registrationClosesAt),
        instant(cancellationDeadline),
        reservedForSiteId,
        waitlistLimit);
  }

  /** The BPF's and DPC's facts of the session, as typed. */
  public SessionFacts toFacts() {
    return new SessionFacts(breakMinutes, delivery, partnerOrganisation, andpcSession);
  }

  private static Instant instant(LocalDate day, LocalTime time) {
    return day == null || time == null
        ? null
        : day.atTime(time).atZone(ClockProducer.PARIS).toInstant();
  }

  private static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(ClockProducer.PARIS).toInstant();
  }

  private static LocalDateTime local(Instant instant) {
    return instant == null
        ? null
        : instant.atZone(ClockProducer.PARIS).toLocalDateTime().withSecond(0).withNano(0);
  }

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
  }

  public SessionMode getMode() {
    return mode;
  }

  public void setMode(SessionMode mode) {
    this.mode = mode;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }

  public String getVideoLink() {
    return videoLink;
  }

  public void setVideoLink(String videoLink) {
    this.videoLink = videoLink;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public Integer getStudentSeats() {
    return studentSeats;
  }

  public void setStudentSeats(Integer studentSeats) {
    this.studentSeats = studentSeats;
  }

  /** Empty: as many as the seats. */
  public Integer getWaitlistLimit() {
    return waitlistLimit;
  }

  public void setWaitlistLimit(Integer waitlistLimit) {
    this.waitlistLimit = waitlistLimit;
  }

  public List<Long> getTrainerIds() {
    return trainerIds;
  }

  public void setTrainerIds(List<Long> trainerIds) {
    this.trainerIds = trainerIds == null ? new ArrayList<>() : trainerIds;
  }

  public LocalDateTime getRegistrationOpensAt() {
    return registrationOpensAt;
  }

  public void setRegistrationOpensAt(LocalDateTime registrationOpensAt) {
    this.registrationOpensAt = registrationOpensAt;
  }

  public LocalDateTime getRegistrationClosesAt() {
    return registrationClosesAt;
  }

  public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
    this.registrationClosesAt = registrationClosesAt;
  }

  public LocalDateTime getCancellationDeadline() {
    return cancellationDeadline;
  }

  public void setCancellationDeadline(LocalDateTime cancellationDeadline) {
    this.cancellationDeadline = cancellationDeadline;
  }

  public Long getReservedForSiteId() {
    return reservedForSiteId;
  }

  public void setReservedForSiteId(Long reservedForSiteId) {
    this.reservedForSiteId = reservedForSiteId;
  }

  public Integer getBreakMinutes() {
    return breakMinutes;
  }

  public void setBreakMinutes(Integer breakMinutes) {
    this.breakMinutes = breakMinutes;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public void setDelivery(Delivery delivery) {
    this.delivery = delivery;
  }

  public String getPartnerOrganisation() {
    return partnerOrganisation;
  }

  public void setPartnerOrganisation(String partnerOrganisation) {
    this.partnerOrganisation = partnerOrganisation;
  }

  public String getAndpcSession() {
    return andpcSession;
  }

  public void setAndpcSession(String andpcSession) {
    this.andpcSession = andpcSession;
  }
}
