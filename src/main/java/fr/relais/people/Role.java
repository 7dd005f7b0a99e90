package fr.relais.people;

/**
 * What an account may do. Role names are the security roles of web.xml and of @Allowed on the API.
 */
public enum Role {
  PARTICIPANT,
  TRAINER,
  COORDINATOR,
  ADMIN,
  /** Acts for an establishment (hospital, clinic, nursing home, university) that books days. */
  CONTACT;

  public static final String PARTICIPANT_ROLE = "PARTICIPANT";
  public static final String TRAINER_ROLE = "TRAINER";
  public static final String COORDINATOR_ROLE = "COORDINATOR";
  public static final String ADMIN_ROLE = "ADMIN";
  public static final String CONTACT_ROLE = "CONTACT";
}
