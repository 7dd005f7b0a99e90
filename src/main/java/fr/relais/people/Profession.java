package fr.relais.people;

/** Health professions, practised or studied for. Labels live in the bundle (enum.Profession.*). */
public enum Profession {
  NURSE,
  NURSING_ASSISTANT,
  PHYSICIAN,
  RESIDENT,
  PHARMACIST,
  MIDWIFE,
  PHYSIOTHERAPIST,
  PSYCHOLOGIST,
  DENTIST,
  HEALTH_MANAGER,
  PARAMEDIC,
  SOCIAL_WORKER,
  ADMINISTRATIVE_STAFF,
  OTHER
}
