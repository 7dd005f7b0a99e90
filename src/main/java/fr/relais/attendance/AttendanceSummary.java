package fr.relais.attendance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * A completed session's attendance and no-show rates, for the session pages of coordinators and
 * trainers (read once per request).
 */
@Named
@RequestScoped
public class AttendanceSummary {

  @Inject private Rosters rosters;

  private final Map<Long, RosterView> read = new HashMap<>();

  public RosterView of(long sessionId) {
    return read.computeIfAbsent(sessionId, rosters::of);
  }
}
