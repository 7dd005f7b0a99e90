package fr.relais.privacy;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.pdf.DocumentModel;
import fr.relais.kernel.pdf.Templates;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Vos données" as a readable A4 PDF (tagged PDF/A-2 and PDF/UA-1): the same content as the JSON
 * file, section by section, one table per item, but for a person: fields and codes by their labels
 * in the person's language, times in Europe/Paris. The JSON file keeps the codes, for machines.
 */
final class MyDataPdf {

  private MyDataPdf() {}

  /** One item of a section: its fields as name and value. */
  record Field(String name, String value) {}

  record Item(List<Field> fields) {}

  record Section(String title, List<Item> items, String none) {}

  static byte[] of(JsonObject data, Locale locale) {
    DocumentModel m = new DocumentModel(Language.of(locale));
    List<Section> sections = new ArrayList<>();
    sections.add(section(m, "account", List.of(data.getJsonObject("account"))));
    for (String part :
        List.of(
            "registrations",
            "surveyInvitations",
            "wellbeingScores",
            "traineeCategories",
            "arrangementRequests",
            "qualityCases",
            "quizAttempts",
            "apiTokens",
            "sessionsLed",
            "establishment",
            "establishmentRequests",
            "conventionsAccepted")) {
      if (data.containsKey(part)) {
        JsonArray rows = data.getJsonArray(part);
        sections.add(section(m, part, rows.stream().map(JsonValue::asJsonObject).toList()));
      }
    }
    m.text("title", "privacy.pdf.title")
        .text("intro", "privacy.pdf.intro")
        .text("orgName", "app.association")
        .list("sections", sections);
    return Templates.pdf("my-data", m.values());
  }

  /** The kinds of code a field may hold, tried in order ("enum.Kind.CODE" in the bundles). */
  private static final Map<String, List<String>> KINDS =
      Map.ofEntries(
          Map.entry("status", List.of("RegistrationStatus", "ParticipantStatus")),
          Map.entry("profession", List.of("Profession")),
          Map.entry("workplaceType", List.of("WorkplaceType")),
          Map.entry("region", List.of("Region")),
          Map.entry("seat", List.of("Seat")),
          Map.entry("contactStatus", List.of("ContactStatus")),
          Map.entry("requestStatus", List.of("RequestStatus")),
          Map.entry("conventionStatus", List.of("ConventionStatus")),
          Map.entry("roles", List.of("Role")),
          Map.entry("language", List.of("Language")),
          Map.entry("traineeCategory", List.of("TraineeCategory")),
          Map.entry("categorySource", List.of("CategorySource")),
          Map.entry("arrangementStatus", List.of("ArrangementStatus")),
          Map.entry("caseKind", List.of("CaseKind")),
          Map.entry("caseStatus", List.of("CaseStatus")));

  private static Section section(DocumentModel m, String part, List<JsonObject> items) {
    List<Item> rows = new ArrayList<>();
    for (JsonObject item : items) {
      List<Field> fields = new ArrayList<>();
      for (Map.Entry<String, JsonValue> field : item.entrySet()) {
        String key = "privacy.pdf.field." + field.getKey();
        fields.add(
            new Field(
                m.texts().has(key) ? m.texts().get(key) : field.getKey(),
                readable(m, part, field.getKey(), text(field.getValue()))));
      }
      rows.add(new Item(fields));
    }
    return new Section(
        m.texts().get("privacy.pdf." + part), rows, m.texts().get("privacy.pdf.none"));
  }

  private static String readable(DocumentModel m, String part, String field, String value) {
    if (value.matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z")) {
      return m.dates().dateTime(Instant.parse(value));
    }
    if (value.matches("\\d{4}-\\d\\d-\\d\\d")) {
      return m.dates().day(LocalDate.parse(value).atStartOfDay(ClockProducer.PARIS).toInstant());
    }
    if ("attendance".equals(field) && !value.equals("–")) {
      List<String> halves = new ArrayList<>();
      for (String half : value.split(",")) {
        String[] parts = half.split(":"); // half-day:STATUS:METHOD
        halves.add(
            m.texts().get("privacy.pdf.halfDay", Integer.parseInt(parts[0]) + 1)
                + " : "
                + label(m, List.of("AttendanceStatus"), parts[1]));
      }
      return String.join(" ; ", halves);
    }
    List<String> kinds = KINDS.getOrDefault(field, List.of());
    if (kinds.isEmpty() || "surveyInvitations".equals(part)) {
      return value;
    }
    if (value.startsWith("[")) { // a list of codes, e.g. ["PARTICIPANT"]
      List<String> labels = new ArrayList<>();
      for (String code : value.replaceAll("[\\[\\]\"]", "").split(",")) {
        labels.add(label(m, kinds, code.strip()));
      }
      return String.join(", ", labels);
    }
    return label(m, kinds, value);
  }

  private static String label(DocumentModel m, List<String> kinds, String code) {
    for (String kind : kinds) {
      String key = "enum." + kind + "." + code;
      if (m.texts().has(key)) {
        return m.texts().get(key);
      }
    }
    return code;
  }

  private static String text(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> "–";
      case STRING -> ((jakarta.json.JsonString) value).getString();
      default -> value.toString();
    };
  }
}
