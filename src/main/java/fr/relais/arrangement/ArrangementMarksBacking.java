package fr.relais.arrangement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * For the rosters of coordinators and trainers: whether a registration has an arrangement planned
 * (never the words), read once per session and request. Roles: those of the roster page that asks,
 * which checked the caller may see the session before showing anything.
 */
@Named
@RequestScoped
public class ArrangementMarksBacking {

  @Inject private ArrangementService arrangements;

  private final Map<Long, Set<Long>> plannedBySession = new HashMap<>();

  public boolean planned(long sessionId, long registrationId) {
    return plannedBySession
        .computeIfAbsent(sessionId, arrangements::plannedIn)
        .contains(registrationId);
  }
}
