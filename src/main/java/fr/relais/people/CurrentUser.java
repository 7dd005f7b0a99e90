package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.SessionToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/** Who is signed in, for pages: #{currentUser.signedIn}, #{currentUser.has('COORDINATOR')}. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext security;
  @Inject private AccountRepository accounts;
  @Inject private HttpServletRequest request;

  private Optional<Account> account;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public boolean has(String role) {
    return security.isCallerInRole(role);
  }

  /** The account, read once per request and only when a page asks for it. */
  public Optional<Account> account() {
    if (account == null) {
      Principal caller = security.getCallerPrincipal();
      account = caller == null ? Optional.empty() : accounts.findByEmail(caller.getName());
    }
    return account;
  }

  /** The signed-in person as services see them. */
  public Caller caller() {
    Account me = account().orElseThrow(() -> BusinessException.forbidden("error.text.403"));
    java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (has(role.name())) {
        roles.add(role);
      }
    }
    return new Caller(me.getId(), me.getEmail(), roles);
  }

  public String getFirstName() {
    return account().map(Account::getFirstName).orElse("");
  }

  public String getSignOutToken() {
    return SessionToken.of(request);
  }
}
