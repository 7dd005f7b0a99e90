package fr.relais.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** What an activity is about: stress, sleep, mindfulness, suicidal crisis… */
@Entity
@Table(name = "theme")
public class Theme implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name_fr")
  private String nameFr;

  @Column(name = "name_en")
  private String nameEn;

  protected Theme() {}

  public Theme(String nameFr, String nameEn) {
    this.nameFr = nameFr;
    this.nameEn = nameEn;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank()
        ? nameEn
        : nameFr;
  }

  public Long getId() {
    return id;
  }

  public String getNameFr() {
    return nameFr;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void rename(String nameFr, String nameEn) {
    this.nameFr = nameFr;
    this.nameEn = nameEn;
  }
}
