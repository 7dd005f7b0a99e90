package fr.relais.dpc;

import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** dpc/participants?session=ID: a DPC session's list of participants. COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class DpcListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DpcParticipants participants;
  @Inject private CurrentUser currentUser;
  @Inject private AuditService audit;

  private String session;
  private DpcParticipants.ParticipantList list;

  public void load() throws IOException {
    list =
        Pages.forId(
            session,
            id -> {
              var read = participants.of(currentUser.caller(), id);
              audit.viewed("session", id, "dpc-participants");
              return read;
            });
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }

  public DpcParticipants.ParticipantList getList() {
    return list;
  }
}
