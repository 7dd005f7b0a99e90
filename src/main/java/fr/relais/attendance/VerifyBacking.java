package fr.relais.attendance;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Locale;

/**
 * The verification of a certificate code: genuine or not, and only what the certificate itself says
 * (name, activity, dates, hours). Open to everyone; stateless.
 */
@Named
@RequestScoped
public class VerifyBacking {

  @Inject private AttendanceRepository attendance;

  private String code;
  private Certificate certificate;

  @PostConstruct
  void init() {
    Object raw =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(VerifyServlet.CODE);
    code = raw == null ? "" : raw.toString().strip().toUpperCase(Locale.ROOT);
    if (code.matches("[A-Z0-9]{12}")) {
      certificate = attendance.certificate(code).orElse(null);
    }
  }

  /** An unknown code answers 404 (and says so on the page). */
  public void check() throws java.io.IOException {
    if (certificate == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public boolean isGenuine() {
    return certificate != null;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return certificate.getRegistration().getAccount().getDisplayName();
  }

  public String getTitle() {
    return certificate.getRegistration().getSession().getActivity().getTitle();
  }

  public Instant getStart() {
    return certificate.getRegistration().getSession().getStartsAt();
  }

  public Instant getEnd() {
    return certificate.getRegistration().getSession().getEndsAt();
  }

  public String getDuration() {
    return CertificatePdf.hours(certificate.getMinutes());
  }
}
