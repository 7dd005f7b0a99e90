package fr.relais.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One value given to one item (a multiple choice gives several). */
@Entity
@Table(name = "survey_answer")
public class Answer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "response_id")
  private Response response;

  @Column(name = "item_id")
  private long itemId;

  @Column(name = "number_value")
  private Integer numberValue;

  @Column(name = "text_value")
  private String textValue;

  protected Answer() {}

  Answer(Response response, long itemId, Integer numberValue, String textValue) {
    this.response = response;
    this.itemId = itemId;
    this.numberValue = numberValue;
    this.textValue = textValue;
  }

  public long getItemId() {
    return itemId;
  }

  public Integer getNumberValue() {
    return numberValue;
  }

  public String getTextValue() {
    return textValue;
  }
}
