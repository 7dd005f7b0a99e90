package fr.relais.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/** One answer an item offers: the value stored and scored, and its label. */
@Embeddable
public class Choice implements Serializable {

  private static final long serialVersionUID = 1L;

  private int value;

  @Column(name = "label_fr")
  private String labelFr;

  @Column(name = "label_en")
  private String labelEn;

  protected Choice() {}

  public Choice(int value, String labelFr, String labelEn) {
    this.value = value;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  public int getValue() {
    return value;
  }

  public String getLabelFr() {
    return labelFr;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public String label(Locale locale) {
    return Wording.pick(locale, labelFr, labelEn);
  }
}
