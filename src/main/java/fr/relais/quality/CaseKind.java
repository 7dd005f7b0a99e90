package fr.relais.quality;

/** What a submitter says they report: a complaint, a difficulty met, or an incident (an aléa). */
public enum CaseKind {
  COMPLAINT,
  DIFFICULTY,
  INCIDENT
}
