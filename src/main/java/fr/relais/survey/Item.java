package fr.relais.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One question: its type, wording, whether it must be answered, its range or choices. */
@Entity
@Table(name = "questionnaire_item")
public class Item implements java.io.Serializable {

  /** The scale of a satisfaction item that says whether the objectives were reached (reports). */
  public static final String OBJECTIVES = "objectives";

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id")
  private Section section;

  private int position;

  @Enumerated(EnumType.STRING)
  private ItemType type;

  @Column(name = "text_fr")
  private String textFr;

  @Column(name = "text_en")
  private String textEn;

  private boolean required;

  @Column(name = "min_value")
  private Integer minValue;

  @Column(name = "max_value")
  private Integer maxValue;

  private String scale;

  private boolean reversed;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "item_choice", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "position")
  private List<Choice> choices = new ArrayList<>();

  protected Item() {}

  Item(Section section, int position, ItemType type, String textFr, String textEn, boolean req) {
    this.section = section;
    this.position = position;
    this.type = type;
    this.textFr = textFr;
    this.textEn = textEn;
    this.required = req;
    if (type == ItemType.RATING) {
      this.minValue = 0;
      this.maxValue = 10;
    }
  }

  Item copyInto(Section owner) {
    Item copy = new Item(owner, position, type, textFr, textEn, required);
    copy.minValue = minValue;
    copy.maxValue = maxValue;
    copy.scale = scale;
    copy.reversed = reversed;
    copy.choices = new ArrayList<>(choices);
    return copy;
  }

  public Item range(Integer min, Integer max) {
    this.minValue = min;
    this.maxValue = max;
    return this;
  }

  /** For instruments: the scale the item counts in, and whether it is reversed. */
  public Item scoredIn(String scale, boolean reversed) {
    this.scale = scale;
    this.reversed = reversed;
    return this;
  }

  public Item choice(int value, String labelFr, String labelEn) {
    choices.add(new Choice(value, labelFr, labelEn));
    return this;
  }

  void moveTo(int position) {
    this.position = position;
  }

  public String text(Locale locale) {
    return Wording.pick(locale, textFr, textEn);
  }

  /** Whether a value is one this item accepts (a choice's value, or within the range). */
  public boolean accepts(int value) {
    if (type.hasChoices()) {
      return choices.stream().anyMatch(c -> c.getValue() == value);
    }
    return (minValue == null || value >= minValue) && (maxValue == null || value <= maxValue);
  }

  public Long getId() {
    return id;
  }

  public Section getSection() {
    return section;
  }

  public int getPosition() {
    return position;
  }

  public ItemType getType() {
    return type;
  }

  public String getTextFr() {
    return textFr;
  }

  public String getTextEn() {
    return textEn;
  }

  public boolean isRequired() {
    return required;
  }

  public Integer getMinValue() {
    return minValue;
  }

  public Integer getMaxValue() {
    return maxValue;
  }

  public String getScale() {
    return scale;
  }

  public boolean isReversed() {
    return reversed;
  }

  public List<Choice> getChoices() {
    return choices;
  }
}
