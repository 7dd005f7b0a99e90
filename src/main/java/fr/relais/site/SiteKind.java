package fr.relais.site;

/** Where sessions take place. */
public enum SiteKind {
  MAISON_DES_SOIGNANTS,
  HOSPITAL,
  CLINIC,
  NURSING_HOME,
  UNIVERSITY,
  ONLINE
}
