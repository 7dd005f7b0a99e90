package fr.relais.scheduling;

import fr.relais.programme.Format;
import java.io.Serializable;
import java.time.LocalDate;

/** What a coordinator narrows the list of sessions to; null means "any". */
public class SessionFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private SessionStatus status;
  private Format format;
  private Long siteId;
  private Long seriesId;
  private Long trainerId;
  private LocalDate from;
  private LocalDate to;
  private String text;
  private SessionPeriod period;

  public SessionStatus getStatus() {
    return status;
  }

  public void setStatus(SessionStatus status) {
    this.status = status;
  }

  public Format getFormat() {
    return format;
  }

  public void setFormat(Format format) {
    this.format = format;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public Long getSeriesId() {
    return seriesId;
  }

  public void setSeriesId(Long seriesId) {
    this.seriesId = seriesId;
  }

  public Long getTrainerId() {
    return trainerId;
  }

  public void setTrainerId(Long trainerId) {
    this.trainerId = trainerId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  /** Null: every session, past or not. */
  public SessionPeriod getPeriod() {
    return period;
  }

  public void setPeriod(SessionPeriod period) {
    this.period = period;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
