package fr.relais.quality;

import fr.relais.kernel.ClockProducer;
import fr.relais.people.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The register of complaints and incidents (?status=, ?kind=, ?year=; unknown values are ignored).
 * Roles: COORDINATOR, ADMIN (web.xml /quality/register/*); Register checks again.
 */
@Named
@RequestScoped
public class RegisterBacking {

  @Inject private Register register;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private String status;
  private String kind;
  private String year;
  private int shownYear;
  private List<QualityCase> cases;

  public void load() {
    int thisYear = LocalDate.now(clock.withZone(ClockProducer.PARIS)).getYear();
    shownYear = thisYear;
    try {
      int y = Integer.parseInt(year);
      if (y >= 2000 && y <= thisYear) {
        shownYear = y;
      }
    } catch (NumberFormatException | NullPointerException ignored) {
      // the current year
    }
    cases =
        register.cases(
            currentUser.caller(),
            shownYear,
            parse(CaseStatus.class, status),
            parse(CaseKind.class, kind));
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    return null;
  }

  public List<Integer> getYears() {
    int thisYear = LocalDate.now(clock.withZone(ClockProducer.PARIS)).getYear();
    return IntStream.rangeClosed(0, 4).map(i -> thisYear - i).boxed().toList();
  }

  public CaseStatus[] getStatuses() {
    return CaseStatus.values();
  }

  public CaseKind[] getKinds() {
    return CaseKind.values();
  }

  public List<QualityCase> getCases() {
    return cases;
  }

  public int getShownYear() {
    return shownYear;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
