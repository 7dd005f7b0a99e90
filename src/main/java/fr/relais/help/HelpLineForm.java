package fr.relais.help;

import java.io.Serializable;
import java.time.LocalDate;

/** What an administrator types for a support line. */
public class HelpLineForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private HelpLine.Scope scope = HelpLine.Scope.NATIONAL;
  private String name;
  private String nameEn;
  private String number;
  private String hours;
  private String hoursEn;
  private String audience;
  private String audienceEn;
  private LocalDate checkedOn;

  public static HelpLineForm of(HelpLine line) {
    HelpLineForm form = new HelpLineForm();
    form.scope = line.getScope();
    form.name = line.getName();
    form.nameEn = line.getNameEn();
    form.number = line.getNumber();
    form.hours = line.getHours();
    form.hoursEn = line.getHoursEn();
    form.audience = line.getAudience();
    form.audienceEn = line.getAudienceEn();
    form.checkedOn = line.getCheckedOn();
    return form;
  }

  public HelpLine.Scope getScope() {
    return scope;
  }

  public void setScope(HelpLine.Scope scope) {
    this.scope = scope;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public String getHoursEn() {
    return hoursEn;
  }

  public void setHoursEn(String hoursEn) {
    this.hoursEn = hoursEn;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getAudienceEn() {
    return audienceEn;
  }

  public void setAudienceEn(String audienceEn) {
    this.audienceEn = audienceEn;
  }

  public LocalDate getCheckedOn() {
    return checkedOn;
  }

  public void setCheckedOn(LocalDate checkedOn) {
    this.checkedOn = checkedOn;
  }
}
