package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditEntry;
import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * One account for administrators: profile, registrations count, roles, deactivation, a reset link.
 * Roles: ADMIN (web.xml /admin/*).
 */
@Named
@ViewScoped
public class AdminAccountBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountAdministrationService administration;
  @Inject private AuditService audit;
  @Inject private CurrentUser currentUser;

  private String id;
  private long accountId;
  private AccountAdministrationService.Overview overview;
  private List<AuditEntry> history;

  public void load() throws IOException {
    Long parsed = Ids.parse(id).orElse(null);
    if (parsed == null) {
      Pages.notFound();
      return;
    }
    accountId = parsed;
    try {
      overview = administration.open(currentUser.caller(), accountId);
    } catch (NotFoundException gone) {
      Pages.notFound();
      return;
    }
    history = audit.of("account", accountId).stream().limit(20).toList();
  }

  private void refresh() {
    overview = administration.overview(currentUser.caller(), accountId);
    history = audit.of("account", accountId).stream().limit(20).toList();
  }

  public boolean holds(Role role) {
    return overview.account().getRoles().contains(role);
  }

  public void grant(Role role) {
    act(() -> administration.grant(currentUser.caller(), accountId, role), "accounts.granted");
  }

  public void remove(Role role) {
    act(() -> administration.remove(currentUser.caller(), accountId, role), "accounts.removed");
  }

  public void deactivate() {
    act(() -> administration.deactivate(currentUser.caller(), accountId), "accounts.deactivated");
  }

  public void reactivate() {
    act(() -> administration.reactivate(currentUser.caller(), accountId), "accounts.reactivated");
  }

  public void sendPasswordReset() {
    act(
        () -> administration.sendPasswordReset(currentUser.caller(), accountId),
        "accounts.resetSent");
  }

  private void act(Runnable change, String done) {
    try {
      change.run();
      Feedback.info(done, overview.account().getDisplayName());
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "account");
    }
    refresh();
  }

  /** Whether the page is about the signed-in administrator (who cannot deactivate themselves). */
  public boolean isSelf() {
    return currentUser.caller().is(accountId);
  }

  public String getRegistrationsText() {
    return Feedback.text(
        "accounts.registrations.count", overview.registrations(), overview.attended());
  }

  public String grantLabel(Role role) {
    return Feedback.text("accounts.grant", Feedback.text("enum.Role." + role.name()));
  }

  public String removeLabel(Role role) {
    return Feedback.text("accounts.remove", Feedback.text("enum.Role." + role.name()));
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public AccountAdministrationService.Overview getOverview() {
    return overview;
  }

  public Account getAccount() {
    return overview == null ? null : overview.account();
  }

  public List<AuditEntry> getHistory() {
    return history;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
