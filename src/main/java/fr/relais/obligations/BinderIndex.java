package fr.relais.obligations;

import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.pdf.Templates;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The binder's index page: for each indicator the binder serves, its files with what each proves,
 * or a line saying Relais holds nothing for it over the period. The same page is written as HTML
 * (its links open the files, offline) and as a tagged PDF/A to print or file.
 */
public final class BinderIndex {

  /** The indicators the binder always lists, even empty (the national reference's numbers). */
  public static final List<Integer> INDICATORS = List.of(1, 2, 11, 12, 26, 30, 31, 32);

  private BinderIndex() {}

  public static String html(
      List<Evidence> contents, AuditPeriod period, String organisation, Instant at, Locale locale) {
    Map<String, Object> model = model(contents, period, organisation, at, locale);
    model.put("links", true);
    return Templates.fill("binder-index", model);
  }

  public static byte[] pdf(
      List<Evidence> contents, AuditPeriod period, String organisation, Instant at, Locale locale) {
    // On paper the paths are printed, not linked: a PDF/UA link would need its own description.
    return Templates.pdf("binder-index", model(contents, period, organisation, at, locale));
  }

  private static Map<String, Object> model(
      List<Evidence> contents, AuditPeriod period, String organisation, Instant at, Locale locale) {
    Texts t = Texts.in(locale);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", locale.getLanguage());
    m.put("orgName", organisation);
    m.put("title", t.get("binder.index.title", organisation));
    m.put(
        "period",
        t.get(
            "binder.index.period",
            period.from(),
            period.to(),
            new DateFormats(locale).dateTime(at)));
    m.put("intro", t.get("binder.index.intro"));
    m.put(
        "indicators", indicatorsOf(contents).stream().map(i -> indicator(i, contents, t)).toList());
    return m;
  }

  private static Map<String, Object> indicator(int indicator, List<Evidence> contents, Texts t) {
    List<Map<String, Object>> files =
        contents.stream()
            .filter(e -> e.indicator() == indicator)
            .map(
                e ->
                    Map.<String, Object>of(
                        "path", e.path(),
                        "name", e.name(),
                        "proves", t.get(e.proves(), e.arguments())))
            .toList();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("heading", t.get("binder.indicator", indicator, t.get("binder.indicator." + indicator)));
    m.put("files", files);
    m.put("hasFiles", !files.isEmpty());
    m.put("none", t.get("binder.index.none"));
    m.put("fileLabel", t.get("binder.index.file"));
    m.put("provesLabel", t.get("binder.index.proves"));
    return m;
  }

  /** The always-listed indicators, plus any other a source served, in order. */
  static List<Integer> indicatorsOf(List<Evidence> contents) {
    return Stream.concat(INDICATORS.stream(), contents.stream().map(Evidence::indicator))
        .distinct()
        .sorted()
        .toList();
  }
}
