package fr.relais.quality;

/** Where an improvement comes from (Qualiopi indicator 32: appreciations and complaints). */
public enum SourceKind {
  CASE,
  SURVEY,
  PARTICIPANT_OPINION,
  TRAINER_OPINION,
  CLIENT_OPINION,
  OTHER
}
