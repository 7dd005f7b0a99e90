package fr.relais.attendance;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Locale;

/**
 * The verification of a certificate code (genuine or not, and only what the certificate itself
 * says: name, activity, dates, hours) or of a sign-in sheet's fingerprint (the version in force or
 * corrected since; the action, the half-day, counts and the trainer, never a participant's name).
 * Open to everyone; stateless.
 */
@Named
@RequestScoped
public class VerifyBacking {

  @Inject private AttendanceRepository attendance;
  @Inject private SheetArchiveService sheets;
  @Inject private Rosters rosters;

  private String code;
  private Certificate certificate;
  private SheetArchiveService.Kept sheet;
  private RosterView sheetRoster;
  private boolean sheetInForce;

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
    } else if (SheetFingerprint.plausible(code.toLowerCase(Locale.ROOT))) {
      code = code.toLowerCase(Locale.ROOT);
      sheet = sheets.kept(code).orElse(null);
      if (sheet != null) {
        sheetRoster = rosters.forVerification(sheet.sessionId());
        sheetInForce =
            sheetRoster.isLocked(sheet.halfDay())
                && SheetFingerprint.of(sheetRoster, sheet.halfDay()).equals(code);
      }
    }
  }

  /** An unknown code answers 404 (and says so on the page). */
  public void check() throws java.io.IOException {
    if (certificate == null && sheet == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public boolean isGenuine() {
    return certificate != null;
  }

  public boolean isSheet() {
    return sheet != null;
  }

  public boolean isSheetInForce() {
    return sheetInForce;
  }

  public String getSheetTitle() {
    return sheetRoster.title();
  }

  public HalfDay getSheetHalfDay() {
    return sheetRoster.halfDays().get(sheet.halfDay());
  }

  public long getSheetPresent() {
    return sheetRoster.count(sheet.halfDay(), AttendanceStatus.PRESENT)
        + sheetRoster.count(sheet.halfDay(), AttendanceStatus.LATE);
  }

  public long getSheetAbsent() {
    return sheetRoster.count(sheet.halfDay(), AttendanceStatus.ABSENT)
        + sheetRoster.count(sheet.halfDay(), AttendanceStatus.EXCUSED);
  }

  public RosterView.Signed getSheetSigned() {
    return sheetRoster.signed().get(sheet.halfDay());
  }

  public String getSheetFileSha256() {
    return sheet.fileSha256();
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
