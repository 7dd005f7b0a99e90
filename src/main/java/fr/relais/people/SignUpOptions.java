package fr.relais.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The choices of the sign-up form, in the order people look for them. */
@Named
@ApplicationScoped
public class SignUpOptions {

  public ParticipantStatus[] getStatuses() {
    return ParticipantStatus.values();
  }

  public Profession[] getProfessions() {
    return Profession.values();
  }

  public WorkplaceType[] getWorkplaces() {
    return WorkplaceType.values();
  }

  public Region[] getRegions() {
    return Region.values();
  }
}
