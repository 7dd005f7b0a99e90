package fr.relais.reporting;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** A chart as a PNG for the annual report's PDF (JFreeChart, the page's colours). */
final class ChartImage {

  private ChartImage() {}

  static byte[] png(Chart chart, int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Chart.Series series : chart.series()) {
      for (int i = 0; i < chart.labels().size(); i++) {
        data.addValue(series.values().get(i), series.name(), chart.labels().get(i));
      }
    }
    JFreeChart image =
        chart.type() == Chart.Type.LINE
            ? ChartFactory.createLineChart(
                null, null, null, data, PlotOrientation.VERTICAL, true, false, false)
            : ChartFactory.createBarChart(
                null, null, null, data, PlotOrientation.VERTICAL, true, false, false);
    image.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = image.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xd5, 0xdd, 0xe2));
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    if (plot.getRenderer() instanceof BarRenderer bars) {
      bars.setBarPainter(new StandardBarPainter());
      bars.setShadowVisible(false);
    }
    for (int i = 0; i < chart.series().size(); i++) {
      plot.getRenderer()
          .setSeriesPaint(i, Color.decode(ChartJson.COLOURS[i % ChartJson.COLOURS.length]));
    }
    BufferedImage picture = image.createBufferedImage(width, height);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(picture, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
