package fr.relais.quality;

import fr.relais.kernel.Disclosure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One period of the public results, with the cells that may be shown: a count of trainees under
 * five is hidden, and further ones beside it so that the total gives none back ({@link
 * Disclosure#hide}); completion is shown only over five trainees or more, satisfaction over five
 * respondents or more. Each hidden cell says why. Pure, unit-tested.
 */
public record ResultsTable(LocalDate from, LocalDate to, List<Row> rows, Row total) {

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  public List<Row> getRows() {
    return rows;
  }

  public Row getTotal() {
    return total;
  }

  /** What the query gives for one activity. */
  public record Line(
      long activityId,
      String title,
      long sessions,
      long trainees,
      long completed,
      long respondents,
      double likertSum,
      long likertCount) {}

  /** Why a cell is not shown. */
  public enum Hidden {
    NONE,
    FEW_TRAINEES,
    FEW_RESPONDENTS,
    PROTECTS_ANOTHER
  }

  /** A shown row: each figure is null when hidden, with the reason. */
  public record Row(
      String title,
      long sessions,
      Long trainees,
      Hidden traineesHidden,
      Integer completionPercent,
      Hidden completionHidden,
      Double satisfaction,
      Long respondents,
      Hidden satisfactionHidden) {

    public String getTitle() {
      return title;
    }

    public long getSessions() {
      return sessions;
    }

    public Long getTrainees() {
      return trainees;
    }

    public Hidden getTraineesHidden() {
      return traineesHidden;
    }

    public Integer getCompletionPercent() {
      return completionPercent;
    }

    public Hidden getCompletionHidden() {
      return completionHidden;
    }

    public Double getSatisfaction() {
      return satisfaction;
    }

    public Long getRespondents() {
      return respondents;
    }

    public Hidden getSatisfactionHidden() {
      return satisfactionHidden;
    }
  }

  public static ResultsTable of(LocalDate from, LocalDate to, List<Line> lines) {
    Disclosure.Hidden hidden = Disclosure.hide(lines.stream().map(Line::trainees).toList(), true);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Hidden why =
          !hidden.cell(i)
              ? Hidden.NONE
              : l.trainees() > 0 && l.trainees() < Disclosure.MIN_RESPONDENTS
                  ? Hidden.FEW_TRAINEES
                  : Hidden.PROTECTS_ANOTHER;
      rows.add(row(l, why));
    }
    Line sum =
        new Line(
            0,
            null,
            lines.stream().mapToLong(Line::sessions).sum(),
            lines.stream().mapToLong(Line::trainees).sum(),
            lines.stream().mapToLong(Line::completed).sum(),
            lines.stream().mapToLong(Line::respondents).sum(),
            lines.stream().mapToDouble(Line::likertSum).sum(),
            lines.stream().mapToLong(Line::likertCount).sum());
    Row total =
        lines.isEmpty() ? null : row(sum, hidden.total() ? Hidden.FEW_TRAINEES : Hidden.NONE);
    return new ResultsTable(from, to, rows, total);
  }

  private static Row row(Line l, Hidden traineesHidden) {
    boolean enough = Disclosure.showable(l.trainees());
    Hidden completion = enough ? Hidden.NONE : Hidden.FEW_TRAINEES;
    Integer percent = enough ? (int) Math.round(100.0 * l.completed() / l.trainees()) : null;
    boolean answered = Disclosure.showable(l.respondents()) && l.likertCount() > 0;
    Double satisfaction =
        answered ? Math.round(10.0 * l.likertSum() / l.likertCount()) / 10.0 : null;
    return new Row(
        l.title(),
        l.sessions(),
        traineesHidden == Hidden.NONE ? l.trainees() : null,
        traineesHidden,
        percent,
        completion,
        satisfaction,
        answered ? l.respondents() : null,
        answered ? Hidden.NONE : Hidden.FEW_RESPONDENTS);
  }
}
