package fr.relais.survey;

/** Satisfaction (hot and cold, with comments) or wellbeing (validated instruments, health data). */
public enum SurveyKind {
  SATISFACTION,
  WELLBEING
}
