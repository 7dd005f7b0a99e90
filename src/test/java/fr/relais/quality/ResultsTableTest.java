package fr.relais.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 12, 31);

  private static ResultsTable.Line line(
      String title, long trainees, long completed, long respondents, double sum) {
    return new ResultsTable.Line(1, title, 2, trainees, completed, respondents, sum, respondents);
  }

  @Test
  void figuresFromFivePeopleOrMoreAreShown() {
    ResultsTable t =
        ResultsTable.of(FROM, TO, List.of(line("A", 10, 9, 5, 22.0), line("B", 6, 6, 7, 28.0)));
    ResultsTable.Row a = t.rows().get(0);
    assertEquals(10L, a.trainees());
    assertEquals(90, a.completionPercent());
    assertEquals(4.4, a.satisfaction());
    assertEquals(16L, t.total().trainees());
    assertEquals(94, t.total().completionPercent()); // 15 of 16
    assertEquals(4.2, t.total().satisfaction()); // 50 / 12
  }

  @Test
  void fourTraineesOrRespondentsAreHiddenAndSaySo() {
    ResultsTable t = ResultsTable.of(FROM, TO, List.of(line("A", 4, 4, 4, 16.0)));
    ResultsTable.Row a = t.rows().get(0);
    assertNull(a.trainees());
    assertEquals(ResultsTable.Hidden.FEW_TRAINEES, a.traineesHidden());
    assertNull(a.completionPercent());
    assertNull(a.satisfaction());
    assertEquals(ResultsTable.Hidden.FEW_RESPONDENTS, a.satisfactionHidden());
    // the total is the same four people
    assertNull(t.total().trainees());
  }

  @Test
  void aSmallCellIsNotGivenBackByTheTotal() {
    ResultsTable t =
        ResultsTable.of(
            FROM,
            TO,
            List.of(line("A", 20, 20, 0, 0), line("B", 2, 2, 0, 0), line("C", 7, 7, 0, 0)));
    assertEquals(20L, t.rows().get(0).trainees());
    assertEquals(ResultsTable.Hidden.FEW_TRAINEES, t.rows().get(1).traineesHidden());
    assertEquals(ResultsTable.Hidden.PROTECTS_ANOTHER, t.rows().get(2).traineesHidden());
    assertEquals(29L, t.total().trainees());
  }

  @Test
  void aPeriodWithoutSessionsHasNoTotal() {
    assertNull(ResultsTable.of(FROM, TO, List.of()).total());
  }
}
