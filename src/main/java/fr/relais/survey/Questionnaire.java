package fr.relais.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A questionnaire: sections of items, in French and English. Versioned: once it has answers it is
 * never changed in place; a new version (same family) is made instead. Built-in instruments are
 * read-only.
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "family_id")
  private Long familyId;

  private int version = 1;

  private String code;

  @Enumerated(EnumType.STRING)
  private SurveyKind kind;

  @Column(name = "title_fr")
  private String titleFr;

  @Column(name = "title_en")
  private String titleEn;

  @Column(name = "intro_fr")
  private String introFr;

  @Column(name = "intro_en")
  private String introEn;

  private boolean builtin;

  private boolean archived;

  @Column(name = "created_at")
  private Instant createdAt;

  @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Section> sections = new ArrayList<>();

  protected Questionnaire() {}

  public Questionnaire(SurveyKind kind, String titleFr, String titleEn, Instant createdAt) {
    this.kind = kind;
    this.titleFr = titleFr;
    this.titleEn = titleEn;
    this.createdAt = createdAt;
  }

  /** A built-in validated instrument, identified by its code. */
  static Questionnaire builtIn(String code, String titleFr, String titleEn, Instant createdAt) {
    return builtIn(SurveyKind.WELLBEING, code, titleFr, titleEn, createdAt);
  }

  /** A built-in questionnaire of that kind (the client's opinion is a satisfaction one). */
  static Questionnaire builtIn(
      SurveyKind kind, String code, String titleFr, String titleEn, Instant createdAt) {
    Questionnaire q = new Questionnaire(kind, titleFr, titleEn, createdAt);
    q.code = code;
    q.builtin = true;
    return q;
  }

  /** The next version: same family, same content, editable until it has answers. */
  Questionnaire nextVersion(Instant at) {
    Questionnaire next = new Questionnaire(kind, titleFr, titleEn, at);
    next.familyId = familyId == null ? id : familyId;
    next.version = version + 1;
    next.introFr = introFr;
    next.introEn = introEn;
    for (Section s : sections) {
      next.sections.add(s.copyInto(next));
    }
    return next;
  }

  public void rename(String titleFr, String titleEn, String introFr, String introEn) {
    this.titleFr = titleFr;
    this.titleEn = titleEn;
    this.introFr = introFr;
    this.introEn = introEn;
  }

  public Section addSection(String titleFr, String titleEn) {
    Section s = new Section(this, sections.size(), titleFr, titleEn);
    sections.add(s);
    return s;
  }

  void removeSection(Section section) {
    sections.remove(section);
    renumber();
  }

  void renumber() {
    for (int i = 0; i < sections.size(); i++) {
      sections.get(i).moveTo(i);
    }
  }

  void archive() {
    this.archived = true;
  }

  /** Every item in order, across sections. */
  public List<Item> items() {
    return sections.stream().flatMap(s -> s.getItems().stream()).toList();
  }

  public String title(Locale locale) {
    return Wording.pick(locale, titleFr, titleEn);
  }

  public String intro(Locale locale) {
    return Wording.pick(locale, introFr, introEn);
  }

  public Long getId() {
    return id;
  }

  public Long getFamilyId() {
    return familyId == null ? id : familyId;
  }

  public int getVersion() {
    return version;
  }

  /** The WHO-5's instructions speak of its numbers ("higher numbers mean better"): show them. */
  public boolean isNumberedScale() {
    return Who5Scoring.CODE.equals(code);
  }

  public String getCode() {
    return code;
  }

  public SurveyKind getKind() {
    return kind;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getIntroFr() {
    return introFr;
  }

  public String getIntroEn() {
    return introEn;
  }

  public boolean isBuiltin() {
    return builtin;
  }

  public boolean isArchived() {
    return archived;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Section> getSections() {
    return sections;
  }
}
