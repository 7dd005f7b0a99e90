package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.SessionToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who is signed in, for pages: #{currentUser.signedIn}, #{currentUser.has('COORDINATOR')}. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext security;
  @Inject private AccountRepository accounts;
  @Inject private HttpServletRequest request;

  private Optional<Account> account;

  /** Each role asked about, answered once per request: a page's menu asks the same ones often. */
  private final Map<String, Boolean> held = new HashMap<>();

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  /**
   * The roles the session's sign-in check read for this request when there is one (the same set it
   * handed the container), else the container's answer.
   */
  public boolean has(String role) {
    if (request.getAttribute(RelaisAuthenticationMechanism.ROLES) instanceof Set<?> roles) {
      return roles.contains(role);
    }
    return held.computeIfAbsent(role, security::isCallerInRole);
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
    Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (has(role.name())) {
        roles.add(role);
      }
    }
    return new Caller(me.getId(), me.getEmail(), roles);
  }

  /**
   * Read with the roles by the sign-in check when it ran for this request; else from the account.
   */
  public String getFirstName() {
    if (request.getAttribute(RelaisAuthenticationMechanism.FIRST_NAME) instanceof String name) {
      return name;
    }
    return account().map(Account::getFirstName).orElse("");
  }

  public String getSignOutToken() {
    return SessionToken.of(request);
  }
}
