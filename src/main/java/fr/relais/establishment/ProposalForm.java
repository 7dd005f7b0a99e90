package fr.relais.establishment;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.i18n.Texts;
import fr.relais.people.Account;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionMode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The proposal page's fields, as typed (euros, local days and times), turned into a Proposal. */
public class ProposalForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final LocalTime MORNING = LocalTime.of(9, 0);
  private static final LocalTime EVENING = LocalTime.of(17, 0);

  /** One line of the days' table. */
  public static class Day implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDate day;
    private LocalTime start = MORNING;
    private LocalTime end = EVENING;

    public Day() {}

    Day(LocalDate day, LocalTime start, LocalTime end) {
      this.day = day;
      this.start = start;
      this.end = end;
    }

    public LocalDate getDay() {
      return day;
    }

    public void setDay(LocalDate day) {
      this.day = day;
    }

    public LocalTime getStart() {
      return start;
    }

    public void setStart(LocalTime start) {
      this.start = start;
    }

    public LocalTime getEnd() {
      return end;
    }

    public void setEnd(LocalTime end) {
      this.end = end;
    }
  }

  private List<Day> days = new ArrayList<>();
  private List<Long> trainerIds = new ArrayList<>();
  private SessionMode mode = SessionMode.ON_SITE;
  private Long roomId;
  private String videoLink;
  private Integer trainees;
  private BigDecimal price;
  private PriceBasis priceBasis = PriceBasis.PER_DAY;
  private VatStatus vat = VatStatus.EXEMPT;
  private String paymentTerms;
  private String objectives;
  private String content;
  private String means;
  private String evaluation;

  /** A first proposal: the wished days at 9:00–17:00, the headcount, the activity's texts. */
  static ProposalForm fromRequest(EstablishmentRequest request, Texts fr) {
    ProposalForm f = new ProposalForm();
    request.getWishedDays().forEach(d -> f.days.add(new Day(d, MORNING, EVENING)));
    f.trainees = request.getHeadcount();
    f.objectives = orDefault(request.getActivity().getObjectives(), "");
    f.content = orDefault(request.getActivity().getDescription(), "");
    f.means = fr.get("establishment.proposal.default.means");
    f.evaluation = fr.get("establishment.proposal.default.evaluation");
    f.paymentTerms = fr.get("establishment.proposal.default.paymentTerms");
    return f;
  }

  /** A new version: the latest one's terms, and the sessions as they are now. */
  static ProposalForm fromVersion(Convention latest, List<Session> sessions) {
    ProposalForm f = new ProposalForm();
    for (Session s : sessions) {
      ZonedDateTime start = s.getStartsAt().atZone(ClockProducer.PARIS);
      ZonedDateTime end = s.getEndsAt().atZone(ClockProducer.PARIS);
      f.days.add(new Day(start.toLocalDate(), start.toLocalTime(), end.toLocalTime()));
    }
    Session first = sessions.get(0);
    f.trainerIds = new ArrayList<>(first.getTrainers().stream().map(Account::getId).toList());
    f.mode = first.getMode();
    f.roomId = first.getRoom() == null ? null : first.getRoom().getId();
    f.videoLink = first.getVideoLink();
    f.trainees = latest.getTrainees();
    f.price = BigDecimal.valueOf(latest.getPriceCents(), 2);
    f.priceBasis = latest.getPriceBasis();
    f.vat = latest.getVat();
    f.paymentTerms = latest.getPaymentTerms();
    f.objectives = latest.getObjectives();
    f.content = latest.getContent();
    f.means = latest.getMeans();
    f.evaluation = latest.getEvaluation();
    return f;
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  public Proposal toProposal() {
    return new Proposal(
        days.stream()
            .filter(d -> d.day != null || d.start != null || d.end != null)
            .map(d -> new ProposedDay(d.day, d.start, d.end))
            .toList(),
        new HashSet<>(trainerIds),
        mode,
        roomId,
        videoLink,
        new ConventionTerms(
            cents(price),
            priceBasis,
            vat,
            trainees,
            paymentTerms,
            objectives,
            content,
            means,
            evaluation));
  }

  /** Euros typed with at most two decimals; null (refused as missing) otherwise. */
  static Long cents(BigDecimal euros) {
    if (euros == null) {
      return null;
    }
    try {
      return euros.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    } catch (ArithmeticException notCents) {
      return null;
    }
  }

  public void addDay() {
    days.add(new Day());
  }

  public void removeDay(Day day) {
    days.remove(day);
  }

  public List<Day> getDays() {
    return days;
  }

  public List<Long> getTrainerIds() {
    return trainerIds;
  }

  public void setTrainerIds(List<Long> trainerIds) {
    this.trainerIds = trainerIds;
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

  public Integer getTrainees() {
    return trainees;
  }

  public void setTrainees(Integer trainees) {
    this.trainees = trainees;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public PriceBasis getPriceBasis() {
    return priceBasis;
  }

  public void setPriceBasis(PriceBasis priceBasis) {
    this.priceBasis = priceBasis;
  }

  public VatStatus getVat() {
    return vat;
  }

  public void setVat(VatStatus vat) {
    this.vat = vat;
  }

  public String getPaymentTerms() {
    return paymentTerms;
  }

  public void setPaymentTerms(String paymentTerms) {
    this.paymentTerms = paymentTerms;
  }

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getMeans() {
    return means;
  }

  public void setMeans(String means) {
    this.means = means;
  }

  public String getEvaluation() {
    return evaluation;
  }

  public void setEvaluation(String evaluation) {
    this.evaluation = evaluation;
  }
}
