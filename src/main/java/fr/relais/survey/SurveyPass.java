package fr.relais.survey;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The surveys this browser may answer because it came through their mail link: the link signs the
 * person in for that survey only, not for the rest of Relais.
 */
@SessionScoped
public class SurveyPass implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Set<Long> invitations = new HashSet<>();

  void grant(long invitationId) {
    invitations.add(invitationId);
  }

  public Set<Long> invitations() {
    return Set.copyOf(invitations);
  }
}
