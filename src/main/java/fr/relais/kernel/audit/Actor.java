package fr.relais.kernel.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is acting in this request, as the audit log names them: an e-mail, or "system". */
@RequestScoped
public class Actor {

  public static final String SYSTEM = "system";

  @Inject private SecurityContext security;

  public String name() {
    Principal caller;
    try {
      caller = security.getCallerPrincipal();
    } catch (RuntimeException noRequest) {
      return SYSTEM;
    }
    return caller == null ? SYSTEM : caller.getName();
  }
}
