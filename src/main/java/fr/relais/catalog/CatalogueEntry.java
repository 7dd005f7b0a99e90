package fr.relais.catalog;

import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import java.time.Instant;
import java.util.Locale;

/** One line of the public catalogue: exactly what it shows, read in one query. */
public record CatalogueEntry(
    long id,
    String title,
    Format format,
    String themeFr,
    String themeEn,
    Instant start,
    Instant end,
    SessionMode mode,
    String siteName,
    String siteCity,
    int capacity,
    int seatsTaken,
    Audience audience,
    String reservedFor) {

  public int seatsLeft() {
    return Math.max(0, capacity - seatsTaken);
  }

  public String theme(Locale locale) {
    return "en".equals(locale.getLanguage()) && themeEn != null ? themeEn : themeFr;
  }

  public boolean hasPlace() {
    return siteName != null;
  }

  /** "Clinique des Tilleuls – Lyon", without repeating a city the site's name already holds. */
  public String getPlace() {
    if (siteName == null) {
      return null;
    }
    return siteCity == null || siteName.contains(siteCity) ? siteName : siteName + " – " + siteCity;
  }

  // Getters for EL, which does not see record accessors in Jakarta EL 5.
  public long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Format getFormat() {
    return format;
  }

  public Instant getStart() {
    return start;
  }

  public Instant getEnd() {
    return end;
  }

  public SessionMode getMode() {
    return mode;
  }

  public String getSiteName() {
    return siteName;
  }

  public String getSiteCity() {
    return siteCity;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getSeatsLeft() {
    return seatsLeft();
  }

  /** The partner establishment whose staff the session is reserved for, or null. */
  public String getReservedFor() {
    return reservedFor;
  }

  public Audience getAudience() {
    return audience;
  }
}
