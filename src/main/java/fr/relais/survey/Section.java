package fr.relais.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A group of items shown together on one screen. */
@Entity
@Table(name = "questionnaire_section")
public class Section implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "questionnaire_id")
  private Questionnaire questionnaire;

  private int position;

  @Column(name = "title_fr")
  private String titleFr;

  @Column(name = "title_en")
  private String titleEn;

  @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Item> items = new ArrayList<>();

  protected Section() {}

  Section(Questionnaire questionnaire, int position, String titleFr, String titleEn) {
    this.questionnaire = questionnaire;
    this.position = position;
    this.titleFr = titleFr;
    this.titleEn = titleEn;
  }

  Section copyInto(Questionnaire owner) {
    Section copy = new Section(owner, position, titleFr, titleEn);
    for (Item item : items) {
      copy.items.add(item.copyInto(copy));
    }
    return copy;
  }

  public Item addItem(ItemType type, String textFr, String textEn, boolean required) {
    Item item = new Item(this, items.size(), type, textFr, textEn, required);
    items.add(item);
    return item;
  }

  void removeItem(Item item) {
    items.remove(item);
    renumber();
  }

  /** Moves an item one place up (-1) or down (+1) within the section. */
  void move(Item item, int delta) {
    int from = items.indexOf(item);
    int to = from + delta;
    if (from < 0 || to < 0 || to >= items.size()) {
      return;
    }
    items.remove(from);
    items.add(to, item);
    renumber();
  }

  private void renumber() {
    for (int i = 0; i < items.size(); i++) {
      items.get(i).moveTo(i);
    }
  }

  void moveTo(int position) {
    this.position = position;
  }

  public String title(Locale locale) {
    return Wording.pick(locale, titleFr, titleEn);
  }

  public Long getId() {
    return id;
  }

  public Questionnaire getQuestionnaire() {
    return questionnaire;
  }

  public int getPosition() {
    return position;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public List<Item> getItems() {
    return items;
  }
}
