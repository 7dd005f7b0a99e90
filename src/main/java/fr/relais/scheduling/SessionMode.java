package fr.relais.scheduling;

/** How people attend a session. */
public enum SessionMode {
  ON_SITE,
  ONLINE,
  HYBRID;

  public boolean needsRoom() {
    return this != ONLINE;
  }

  public boolean needsLink() {
    return this != ON_SITE;
  }
}
