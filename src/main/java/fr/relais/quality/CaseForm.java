package fr.relais.quality;

import java.io.Serializable;

/** What the public form asks: the kind, what it concerns, the text; visitors' name and address. */
public class CaseForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private CaseKind kind;
  private Long activityId;
  private Long sessionId;
  private String text;
  private String name;
  private String email;
  private boolean privacyConsent;

  public CaseKind getKind() {
    return kind;
  }

  public void setKind(CaseKind kind) {
    this.kind = kind;
  }

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isPrivacyConsent() {
    return privacyConsent;
  }

  public void setPrivacyConsent(boolean privacyConsent) {
    this.privacyConsent = privacyConsent;
  }
}
