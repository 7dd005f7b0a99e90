package fr.relais.people;

/** Where a participant works or studies. */
public enum WorkplaceType {
  UNIVERSITY_HOSPITAL,
  PUBLIC_HOSPITAL,
  PRIVATE_CLINIC,
  NURSING_HOME,
  PRIVATE_PRACTICE,
  HOME_CARE,
  MEDICO_SOCIAL,
  SCHOOL_OR_UNIVERSITY,
  OTHER
}
