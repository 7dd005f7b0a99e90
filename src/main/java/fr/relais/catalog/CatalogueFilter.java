package fr.relais.catalog;

import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import java.time.LocalDate;

/**
 * What a visitor narrows the catalogue to. Every criterion is optional (null means "any"). The same
 * filter serves the page (bookmarkable query parameters) and the API.
 */
public record CatalogueFilter(
    Format format,
    Long themeId,
    Long siteId,
    SessionMode mode,
    Audience audience,
    LocalDate from,
    LocalDate to) {

  public static final CatalogueFilter ANY =
      new CatalogueFilter(null, null, null, null, null, null, null);

  // Getters for EL (Jakarta EL 5 does not read record components).
  public Format getFormat() {
    return format;
  }

  public Long getThemeId() {
    return themeId;
  }

  public Long getSiteId() {
    return siteId;
  }

  public SessionMode getMode() {
    return mode;
  }

  public Audience getAudience() {
    return audience;
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  /** Students see sessions for students and for all; professionals theirs and those for all. */
  public boolean admitsAudience(Audience activityAudience) {
    return audience == null
        || audience == Audience.ALL
        || activityAudience == Audience.ALL
        || activityAudience == audience;
  }
}
