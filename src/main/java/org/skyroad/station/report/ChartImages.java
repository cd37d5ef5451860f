package org.skyroad.station.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.ui.RectangleEdge;

/**
 * The report's charts, drawn with JFreeChart into images at print resolution. Every label is
 * drawn in the bundled font of its script ({@link ReportFonts}), so Chinese and Tibetan
 * categories show on a machine with no fonts installed.
 */
final class ChartImages {

    /** Drawn at 4× the size on the page: 288 dpi, sharp on paper. */
    static final int SCALE = 4;
    private static final Color[] COLOURS = {new Color(0x2E6DA4), new Color(0xE08A1E), new Color(0x3C9A5F),
        new Color(0x9B59B6)};

    private ChartImages() {
    }

    /** Series name → (category label → value), in the order given. */
    static final class Series {
        final Map<String, Map<String, Number>> data = new LinkedHashMap<>();

        Series add(String series, String category, Number value) {
            data.computeIfAbsent(series, s -> new LinkedHashMap<>()).put(category, value);
            return this;
        }

        boolean isEmpty() {
            return data.values().stream().flatMap(m -> m.values().stream()).allMatch(v -> v.doubleValue() == 0);
        }
    }

    /**
     * A bar chart {@code width} × {@code height} points. {@code horizontal} lays categories down
     * the side (long names); {@code noData} is written instead when every value is zero.
     */
    static BufferedImage bars(Series series, String valueLabel, String noData, boolean horizontal, boolean stepLabels,
                              int width, int height) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> categories = new ArrayList<>();
        for (var s : series.data.entrySet()) {
            for (var c : s.getValue().entrySet()) {
                dataset.addValue(c.getValue(), s.getKey(), c.getKey());
                if (!categories.contains(c.getKey())) {
                    categories.add(c.getKey());
                }
            }
        }
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            if (series.isEmpty()) {
                g.setColor(Color.GRAY);
                g.setStroke(new BasicStroke(0.5f));
                g.drawRect(0, 0, width - 1, height - 1);
                Font f = ReportFonts.forText(noData, Font.PLAIN, 9f);
                g.setFont(f);
                int w = g.getFontMetrics().stringWidth(noData);
                g.drawString(noData, Math.max(4, (width - w) / 2), height / 2);
                return image;
            }
            CategoryAxis categoryAxis = new CategoryAxis();
            NumberAxis valueAxis = new NumberAxis(valueLabel);
            valueAxis.setLabelFont(ReportFonts.forText(valueLabel, Font.PLAIN, 7f));
            valueAxis.setTickLabelFont(ReportFonts.latin(Font.PLAIN, 6.5f));
            valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            categoryAxis.setTickLabelFont(ReportFonts.latin(Font.PLAIN, 6.5f));
            for (String c : categories) {
                categoryAxis.setTickLabelFont(c, ReportFonts.forText(c, Font.PLAIN, 7f));
            }
            categoryAxis.setCategoryMargin(0.15);
            categoryAxis.setLowerMargin(0.01);
            categoryAxis.setUpperMargin(0.01);
            categoryAxis.setMaximumCategoryLabelLines(2);
            if (stepLabels) {
                categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
                int step = 0;
                for (String c : categories) {
                    if (step++ % 5 != 0) {
                        categoryAxis.setTickLabelPaint(c, new Color(0, 0, 0, 0));
                    }
                }
            }
            BarRenderer renderer = new BarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setItemMargin(0.05);
            renderer.setDrawBarOutline(false);
            int i = 0;
            LegendItemCollection legend = new LegendItemCollection();
            for (String s : series.data.keySet()) {
                Color colour = COLOURS[i % COLOURS.length];
                renderer.setSeriesPaint(i, colour);
                LegendItem item = new LegendItem(s, colour);
                item.setLabelFont(ReportFonts.forText(s, Font.PLAIN, 7f));
                legend.add(item);
                i++;
            }
            CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
            plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(0xCCCCCC));
            plot.setOutlineVisible(false);
            plot.setFixedLegendItems(legend);
            JFreeChart chart = new JFreeChart(null, null, plot, false);
            chart.setBackgroundPaint(Color.WHITE);
            chart.setAntiAlias(true);
            LegendTitle legendTitle = new LegendTitle(plot);
            legendTitle.setPosition(RectangleEdge.TOP);
            legendTitle.setItemFont(ReportFonts.latin(Font.PLAIN, 7f));
            chart.addLegend(legendTitle);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            return image;
        } finally {
            g.dispose();
        }
    }
}
