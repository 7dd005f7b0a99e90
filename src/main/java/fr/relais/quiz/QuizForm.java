package fr.relais.quiz;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A quiz as the coordinator edits it: the objectives it checks, its single-choice questions (each
 * tied to one objective, one correct choice) and how many days the "after" quiz stays open. Checked
 * by {@link QuizService#save}, every problem at once.
 */
public class QuizForm implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int CHOICES = 4;

  private Integer afterDays = 14;
  private final List<Objective> objectives = new ArrayList<>();
  private final List<Question> questions = new ArrayList<>();

  /** An objective's line. */
  public static class Objective implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;

    public Objective() {}

    public Objective(String text) {
      this.text = text;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /** A question: its text, its objective (index in the list), its choices and the right one. */
  public static class Question implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private Integer objective;
    private final List<Objective> choices = new ArrayList<>();
    private Integer correct;

    public Question() {
      for (int i = 0; i < CHOICES; i++) {
        choices.add(new Objective());
      }
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public Integer getObjective() {
      return objective;
    }

    public void setObjective(Integer objective) {
      this.objective = objective;
    }

    /** The choices' texts (the same one-line holder as objectives). */
    public List<Objective> getChoices() {
      return choices;
    }

    public Integer getCorrect() {
      return correct;
    }

    public void setCorrect(Integer correct) {
      this.correct = correct;
    }
  }

  public Integer getAfterDays() {
    return afterDays;
  }

  public void setAfterDays(Integer afterDays) {
    this.afterDays = afterDays;
  }

  public List<Objective> getObjectives() {
    return objectives;
  }

  public List<Question> getQuestions() {
    return questions;
  }

  public void addObjective() {
    objectives.add(new Objective());
  }

  public void addQuestion() {
    questions.add(new Question());
  }
}
