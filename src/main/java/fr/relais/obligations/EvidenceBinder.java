package fr.relais.obligations;

import fr.relais.kernel.Organisation;
import fr.relais.people.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Qualiopi evidence binder of a period: a ZIP with one folder per indicator holding what Relais
 * has for it, and an index page ({@value #INDEX}) saying what each file proves. The files come from
 * every {@link EvidenceSource}; they are written one at a time straight into the response, so a
 * year of sheets never sits in memory at once.
 */
@ApplicationScoped
public class EvidenceBinder {

  public static final String INDEX = "00-index.html";
  public static final String INDEX_PDF = "00-index.pdf";

  @Inject @Any private Instance<EvidenceSource> sources;
  @Inject private Organisation organisation;
  @Inject private Clock clock;

  /** What the binder of the period holds, ordered by indicator then name (nothing written yet). */
  public List<Evidence> contents(Caller by, AuditPeriod period, Locale locale) {
    by.mustCoordinate();
    List<Evidence> all = new ArrayList<>();
    for (EvidenceSource source : sources) {
      all.addAll(source.evidence(by, period, locale));
    }
    all.sort(Comparator.comparingInt(Evidence::indicator).thenComparing(Evidence::name));
    return all;
  }

  public void write(Caller by, AuditPeriod period, Locale locale, OutputStream out)
      throws IOException {
    List<Evidence> contents = contents(by, period, locale);
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      String name = organisation.identity().name();
      zip.putNextEntry(new ZipEntry(INDEX));
      zip.write(
          BinderIndex.html(contents, period, name, clock.instant(), locale)
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(INDEX_PDF));
      zip.write(BinderIndex.pdf(contents, period, name, clock.instant(), locale));
      zip.closeEntry();
      for (Evidence e : contents) {
        zip.putNextEntry(new ZipEntry(e.path()));
        zip.write(e.content().get());
        zip.closeEntry();
        zip.flush();
      }
    }
  }
}
