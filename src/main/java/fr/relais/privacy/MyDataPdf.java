package fr.relais.privacy;

import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.pdf.DocumentModel;
import fr.relais.kernel.pdf.Templates;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Vos données" as a readable A4 PDF (tagged PDF/A-2 and PDF/UA-1): the same content as the JSON
 * file, section by section, one table per item.
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
        List.of("registrations", "surveyInvitations", "wellbeingScores", "sessionsLed")) {
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

  private static Section section(DocumentModel m, String part, List<JsonObject> items) {
    List<Item> rows = new ArrayList<>();
    for (JsonObject item : items) {
      List<Field> fields = new ArrayList<>();
      for (Map.Entry<String, JsonValue> field : item.entrySet()) {
        fields.add(new Field(field.getKey(), text(field.getValue())));
      }
      rows.add(new Item(fields));
    }
    return new Section(
        m.texts().get("privacy.pdf." + part), rows, m.texts().get("privacy.pdf.none"));
  }

  private static String text(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> "–";
      case STRING -> ((jakarta.json.JsonString) value).getString();
      default -> value.toString();
    };
  }
}
