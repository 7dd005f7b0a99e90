package fr.relais.help;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A support line of the help page, kept by administrators: name, number, hours and audience
 * (French, English optional), where it answers, its place in the list and when it was last checked.
 */
@Entity
@Table(name = "help_line")
public class HelpLine implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where a line answers. */
  public enum Scope {
    NATIONAL,
    ILE_DE_FRANCE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private Scope scope;

  private int position;
  private String name;

  @Column(name = "name_en")
  private String nameEn;

  private String number;
  private String hours;

  @Column(name = "hours_en")
  private String hoursEn;

  private String audience;

  @Column(name = "audience_en")
  private String audienceEn;

  @Column(name = "checked_on")
  private LocalDate checkedOn;

  protected HelpLine() {}

  HelpLine(Scope scope, int position) {
    this.scope = scope;
    this.position = position;
  }

  /** Takes the form's values (already checked and normalised by {@link HelpLineRules}). */
  void apply(HelpLineForm form) {
    name = form.getName();
    nameEn = form.getNameEn();
    number = form.getNumber();
    hours = form.getHours();
    hoursEn = form.getHoursEn();
    audience = form.getAudience();
    audienceEn = form.getAudienceEn();
    checkedOn = form.getCheckedOn();
  }

  void moveTo(Scope scope, int position) {
    this.scope = scope;
    this.position = position;
  }

  /** For a tel: link. */
  public String getTel() {
    return HelpLineRules.tel(number);
  }

  public Long getId() {
    return id;
  }

  public Scope getScope() {
    return scope;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNumber() {
    return number;
  }

  public String getHours() {
    return hours;
  }

  public String getHoursEn() {
    return hoursEn;
  }

  public String getAudience() {
    return audience;
  }

  public String getAudienceEn() {
    return audienceEn;
  }

  public LocalDate getCheckedOn() {
    return checkedOn;
  }
}
