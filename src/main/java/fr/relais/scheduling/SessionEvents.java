package fr.relais.scheduling;

import fr.relais.kernel.ics.IcsCalendar;
import fr.relais.kernel.ics.IcsEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Sessions as iCalendar feeds: the public programme and each trainer's own sessions. */
@ApplicationScoped
public class SessionEvents {

  /** Feeds show a month back (what just happened) and a year ahead. */
  static final Duration BACK = Duration.ofDays(31);

  static final Duration AHEAD = Duration.ofDays(366);

  @Inject private SessionListRepository query;
  @Inject private Clock clock;

  public String publicFeed(URI base, String name) {
    return feed(new SessionFilter(), base, name);
  }

  public String trainerFeed(long trainerId, URI base, String name) {
    SessionFilter filter = new SessionFilter();
    filter.setTrainerId(trainerId);
    return feed(filter, base, name);
  }

  private String feed(SessionFilter filter, URI base, String name) {
    Instant now = clock.instant();
    List<SessionRow> rows = query.between(now.minus(BACK), now.plus(AHEAD), filter, false);
    IcsCalendar calendar = IcsCalendar.feed(name, now);
    for (SessionRow row : rows) {
      calendar.add(event(row, base));
    }
    return calendar.write();
  }

  static IcsEvent event(SessionRow row, URI base) {
    String place =
        row.getSiteName() == null
            ? "Visioconférence"
            : row.getSiteName() + (row.getRoomName() == null ? "" : " – " + row.getRoomName());
    return IcsEvent.of(uid(row.getId()), row.getStart(), row.getEnd(), row.getTitle())
        .located(place)
        .described(null, base.resolve("catalog/session?id=" + row.getId()).toString());
  }

  public static String uid(long sessionId) {
    return "session-" + sessionId + "@relais";
  }
}
