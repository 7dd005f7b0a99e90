package fr.relais.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseStatusTest {

  @Test
  void aSubmittedCaseIsQualifiedAnsweredThenClosed() {
    CaseStatus s = CaseStatus.RECEIVED;
    s = s.after(CaseStep.QUALIFIED, true).orElseThrow();
    assertEquals(CaseStatus.QUALIFIED, s);
    assertEquals(CaseStatus.QUALIFIED, s.after(CaseStep.ACTION, true).orElseThrow());
    s = s.after(CaseStep.ANSWERED, true).orElseThrow();
    assertEquals(CaseStatus.ANSWERED, s);
    assertEquals(CaseStatus.ANSWERED, s.after(CaseStep.MESSAGE, true).orElseThrow());
    assertEquals(CaseStatus.CLOSED, s.after(CaseStep.CLOSED, true).orElseThrow());
  }

  @Test
  void aCaseIsNeitherAnsweredNorClosedBeforeItIsQualified() {
    assertEquals(Optional.empty(), CaseStatus.RECEIVED.after(CaseStep.ANSWERED, true));
    assertEquals(Optional.empty(), CaseStatus.RECEIVED.after(CaseStep.CLOSED, true));
    assertEquals(Optional.empty(), CaseStatus.RECEIVED.after(CaseStep.ACTION, true));
  }

  @Test
  void aSubmitterWhoCanBeAnsweredIsAnsweredBeforeClosing() {
    assertFalse(CaseStatus.QUALIFIED.allows(CaseStep.CLOSED, true));
    // an incident recorded by staff has no one to answer
    assertTrue(CaseStatus.QUALIFIED.allows(CaseStep.CLOSED, false));
    assertFalse(CaseStatus.QUALIFIED.allows(CaseStep.ANSWERED, false));
    assertFalse(CaseStatus.RECEIVED.allows(CaseStep.MESSAGE, false));
  }

  @Test
  void aClosedCaseTakesNoFurtherStep() {
    for (CaseStep step : CaseStep.values()) {
      assertFalse(CaseStatus.CLOSED.allows(step, true), step.name());
      assertFalse(CaseStatus.CLOSED.allows(step, false), step.name());
    }
  }

  @Test
  void nothingIsSubmittedTwice() {
    for (CaseStatus status : CaseStatus.values()) {
      assertFalse(status.allows(CaseStep.SUBMITTED, true), status.name());
    }
  }

  @Test
  void anAnsweredCaseIsNotQualifiedAgain() {
    assertFalse(CaseStatus.ANSWERED.allows(CaseStep.QUALIFIED, true));
    assertTrue(CaseStatus.QUALIFIED.allows(CaseStep.QUALIFIED, true));
  }
}
