package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.people.CurrentUser;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * The staff box of a request's pages (/WEB-INF/establishment/staff-box.xhtml, given the request's
 * id): registrations, waitlist, attendance after the day, satisfaction from five answers, and the
 * documents. Read once per request; nothing for a caller the service refuses.
 */
@Named
@RequestScoped
public class StaffBoxBacking {

  @Inject private StaffOverviewService overview;
  @Inject private CurrentUser currentUser;

  private final Map<Long, StaffView> views = new HashMap<>();

  /** The request's staff view, or null when the caller may not see it. */
  public StaffView of(Object requestId) {
    long id = requestId instanceof Number n ? n.longValue() : parse(requestId);
    if (id <= 0) {
      return null;
    }
    return views.computeIfAbsent(
        id,
        key -> {
          try {
            return overview.view(currentUser.caller(), key);
          } catch (BusinessException refused) {
            return null;
          }
        });
  }

  public boolean isContact() {
    return currentUser.has(Role.CONTACT_ROLE);
  }

  private static long parse(Object value) {
    try {
      return value == null ? 0 : Long.parseLong(value.toString().strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
