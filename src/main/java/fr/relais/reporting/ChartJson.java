package fr.relais.reporting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** A chart as the Chart.js definition p:chart takes. */
public final class ChartJson {

  /** Calm, contrasted colours of the theme (teal, ochre, slate). */
  static final String[] COLOURS = {"#1d5c6e", "#b8702f", "#5b6b7a", "#7a9e4e", "#8c5a8c"};

  private ChartJson() {}

  public static String of(Chart chart) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    chart.labels().forEach(labels::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < chart.series().size(); i++) {
      Chart.Series series = chart.series().get(i);
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Double value : series.values()) {
        if (value == null) {
          data.addNull();
        } else {
          data.add(Math.round(value * 10) / 10.0);
        }
      }
      String colour = COLOURS[i % COLOURS.length];
      datasets.add(
          Json.createObjectBuilder()
              .add("label", series.name())
              .add("data", data)
              .add("backgroundColor", colour)
              .add("borderColor", colour));
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("position", "bottom")));
    return Json.createObjectBuilder()
        .add("type", chart.type() == Chart.Type.LINE ? "line" : "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
