package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Accounts for administrators: search (paged in SQL) and invite. Roles: ADMIN (web.xml). */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountAdministrationService administration;
  @Inject private CurrentUser currentUser;

  private String text;
  private Role role;
  private LazyDataModel<Account> accounts;
  private Caller caller;

  private String email;
  private String firstName;
  private String lastName;
  private Role invitedRole = Role.COORDINATOR;

  @PostConstruct
  void init() {
    caller = currentUser.caller();
    accounts = new Page(new AccountAdministrationService.Search(null, null));
  }

  /** Applies the search: the table reloads from its first page. */
  public void search() {
    accounts = new Page(new AccountAdministrationService.Search(text, role));
  }

  public void invite() {
    try {
      Account invited =
          administration.invite(currentUser.caller(), email, firstName, lastName, invitedRole);
      Feedback.info("accounts.invited", invited.getDisplayName(), invited.getEmail());
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "invite");
      return;
    }
    email = null;
    firstName = null;
    lastName = null;
    search();
  }

  public LazyDataModel<Account> getAccounts() {
    return accounts;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public List<Role> getInvitableRoles() {
    return List.of(Role.COORDINATOR, Role.TRAINER);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public Role getInvitedRole() {
    return invitedRole;
  }

  public void setInvitedRole(Role invitedRole) {
    this.invitedRole = invitedRole;
  }

  private final class Page extends LazyDataModel<Account> {
    private static final long serialVersionUID = 1L;
    private final AccountAdministrationService.Search search;

    Page(AccountAdministrationService.Search search) {
      this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) administration.count(caller, search);
    }

    @Override
    public List<Account> load(
        int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      return administration.page(caller, search, first, size);
    }

    @Override
    public String getRowKey(Account account) {
      return String.valueOf(account.getId());
    }
  }
}
