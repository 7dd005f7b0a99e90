package fr.relais.site;

/** Where sessions take place. */
public enum SiteKind {
  MAISON_DES_SOIGNANTS,
  HOSPITAL,
  CLINIC,
  NURSING_HOME,
  UNIVERSITY,
  ONLINE;

  /** A hospital, clinic, nursing home or university: a client that books days for its people. */
  public boolean isEstablishment() {
    return this == HOSPITAL || this == CLINIC || this == NURSING_HOME || this == UNIVERSITY;
  }
}
