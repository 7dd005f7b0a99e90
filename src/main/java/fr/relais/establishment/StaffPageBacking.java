package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.QrCodes;
import fr.relais.kernel.pdf.DocumentModel;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The contact's staff page (/establishment/staff?request=…): the registration link, code and QR
 * code of each reserved day, its seat quota, and the staff list (preview, then confirmation).
 * Roles: CONTACT, of that establishment only (the services answer 404 for another's).
 */
@Named
@ViewScoped
public class StaffPageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private StaffOverviewService overview;
  @Inject private StaffImport staffImport;
  @Inject private StaffQuotaService quota;
  @Inject private CurrentUser currentUser;

  private String request;
  private long requestId;
  private StaffView view;
  private String list;
  private StaffList.Preview preview;
  private final Map<Long, Integer> seats = new HashMap<>();
  private final Map<Long, String> qr = new HashMap<>();

  public void load() throws IOException {
    requestId = Ids.parse(request).orElse(0L);
    try {
      reload();
    } catch (NotFoundException gone) {
      Pages.notFound();
    } catch (BusinessException refused) {
      Pages.forbidden();
    }
  }

  public void preview() {
    preview = null;
    if (list == null || list.isBlank()) {
      Feedback.errorOn("staff:list", "establishment.staff.list.empty");
      return;
    }
    try {
      preview = staffImport.preview(currentUser.caller(), requestId, list);
      if (preview.listError() != null) {
        Feedback.errorOn("staff:list", preview.listError());
        preview = null;
      }
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "staff");
    }
  }

  public void confirm() {
    try {
      StaffImport.Imported done = staffImport.confirm(currentUser.caller(), requestId, list);
      Feedback.info("establishment.staff.list.done", String.valueOf(done.invited()));
      list = null;
      preview = null;
      reload();
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "staff");
      preview();
    }
  }

  public void changeSeats(long sessionId) {
    Integer wanted = seats.get(sessionId);
    try {
      quota.change(currentUser.caller(), requestId, sessionId, wanted == null ? 0 : wanted);
      Feedback.info("establishment.staff.quota.saved", String.valueOf(wanted));
    } catch (BusinessException refusal) {
      // One form holds every day's quota: the refusal is told at the top, naming the day's limits.
      if (refusal instanceof InvalidInput invalid) {
        invalid.getErrors().forEach(e -> Feedback.error(e.key(), e.arguments()));
      } else {
        Feedback.error(refusal.getMessageKey(), refusal.getArguments());
      }
    }
    reload();
  }

  private void reload() {
    view = overview.view(currentUser.caller(), requestId);
    for (StaffView.Day d : view.days()) {
      seats.put(d.sessionId(), d.capacity());
      qr.computeIfAbsent(d.sessionId(), id -> DocumentModel.dataUri(QrCodes.png(d.link(), 240)));
    }
  }

  public String qrOf(long sessionId) {
    return qr.get(sessionId);
  }

  public StaffView getView() {
    return view;
  }

  public StaffList.Preview getPreview() {
    return preview;
  }

  public Map<Long, Integer> getSeats() {
    return seats;
  }

  public String getList() {
    return list;
  }

  public void setList(String list) {
    this.list = list;
  }

  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }

  public long getRequestId() {
    return requestId;
  }
}
