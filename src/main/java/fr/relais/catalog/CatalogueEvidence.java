package fr.relais.catalog;

import fr.relais.kernel.Organisation;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.pdf.Templates;
import fr.relais.obligations.AuditPeriod;
import fr.relais.obligations.Evidence;
import fr.relais.obligations.EvidenceSource;
import fr.relais.people.Caller;
import fr.relais.programme.Activity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The binder's copy of what the public reads before registering (indicator 1): every training
 * action of the catalogue with its objectives, prerequisites, duration, methods, evaluation, price,
 * access delay and accessibility, and the disability referent's contact, dated the day it is
 * written (the catalogue is what it says today; earlier versions are not kept).
 */
@ApplicationScoped
public class CatalogueEvidence implements EvidenceSource {

  @Inject private CatalogueRepository catalogue;
  @Inject private Organisation organisation;
  @Inject private Clock clock;

  @Override
  public List<Evidence> evidence(Caller by, AuditPeriod period, Locale locale) {
    return List.of(
        new Evidence(
            1,
            "catalogue-actions-de-formation.pdf",
            "binder.proves.catalogue",
            new Object[] {clock.instant()},
            () -> Templates.pdf("catalogue", model(locale))));
  }

  private Map<String, Object> model(Locale locale) {
    Texts t = Texts.in(locale);
    Organisation.Identity org = organisation.identity();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", locale.getLanguage());
    m.put("orgName", org.name());
    m.put("orgAddress", org.address());
    m.put("orgNumbers", t.get("binder.catalogue.numbers", org.siret(), org.declaration()));
    m.put("title", t.get("binder.catalogue.title"));
    m.put("asOf", t.get("binder.catalogue.asOf", new DateFormats(locale).day(clock.instant())));
    m.put("activities", catalogue.trainingActivities().stream().map(a -> activity(a, t)).toList());
    Organisation.DisabilityReferent r = organisation.disabilityReferent();
    m.put("referent", t.get("binder.catalogue.referent", r.getName(), r.getEmail(), r.getPhone()));
    return m;
  }

  private Map<String, Object> activity(Activity a, Texts t) {
    Activity.Catalogue c = a.getCatalogue();
    List<Map<String, String>> facts = new ArrayList<>();
    fact(facts, t.get("session.audience"), t.get("enum.Audience." + a.getAudience().name()));
    fact(facts, t.get("session.description"), a.getDescription());
    fact(facts, t.get("session.objectives"), a.getObjectives());
    fact(facts, t.get("qualiopi.catalogue.prerequisites"), c.getPrerequisites());
    fact(
        facts,
        t.get("qualiopi.catalogue.public.duration"),
        TrainingInformationRepository.duration(a.getDurationMinutes()));
    fact(facts, t.get("qualiopi.catalogue.methods"), c.getMethods());
    fact(facts, t.get("qualiopi.catalogue.evaluation"), c.getEvaluation());
    String price =
        c.getPriceCents() == null
            ? t.get("qualiopi.catalogue.public.free")
            : t.get("binder.catalogue.euros", c.getPriceCents() / 100.0);
    fact(
        facts,
        t.get("qualiopi.catalogue.public.price"),
        c.getPriceNote() == null ? price : price + " – " + c.getPriceNote());
    fact(facts, t.get("qualiopi.catalogue.accessDelay"), c.getAccessDelay());
    fact(facts, t.get("qualiopi.catalogue.accessibility"), c.getAccessibility());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", a.getTitle());
    m.put("facts", facts);
    return m;
  }

  private static void fact(List<Map<String, String>> facts, String label, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(Map.of("label", label, "value", value));
    }
  }
}
