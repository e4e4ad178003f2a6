package org.muhojir.gui.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * Draws the flow map of one {@link MapSnapshot} in map units ({@link MapLayout#WIDTH} x {@link MapLayout#HEIGHT}):
 * the world strip and the enlarged Tajikistan with their graticules, a band for every region-destination flow,
 * the regions shaded by poverty, labels, the shocks in force and a legend. Pure Java2D, so it also draws into
 * images without a screen.
 */
public final class MapPainter {
    /** Background of the world strip. */
    public static final Color SEA = new Color(0xeaf1f7);
    /** Background of the enlargement. */
    public static final Color LAND = new Color(0xfafaf3);
    private static final Color PAPER = Color.WHITE;
    private static final Color GRID = new Color(0xc9d5e0);
    private static final Color INK = new Color(0x222222);
    private static final Color MUTED = new Color(0x666666);
    private static final int BAND_ALPHA = 215;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final MapLayout layout;

    public MapPainter(MapLayout layout) {
        this.layout = layout;
    }

    /** Paints {@code s} with bands at {@code style}'s scale; {@code g} is in map units. */
    public void paint(Graphics2D g, MapSnapshot s, FlowStyle style) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(PAPER);
        g.fill(new Rectangle2D.Double(0, 0, MapLayout.WIDTH, MapLayout.HEIGHT));
        paintWorld(g);
        paintInset(g);
        paintBands(g, s.stocks(), style);
        paintDestinations(g, s.stocks());
        paintRegions(g, s);
        paintInsetTitle(g);
        paintTitle(g, s);
        paintShocks(g, s.shocksInForce());
        paintLegend(g, style);
    }

    private void paintWorld(Graphics2D g) {
        Projection w = layout.world();
        Rectangle2D.Double b = w.bounds();
        g.setColor(SEA);
        g.fill(b);
        g.setStroke(new BasicStroke(0.6f));
        g.setFont(SMALL);
        for (int lon = -80; lon <= 130; lon += 20) {
            Point2D.Double p = w.project(w.north(), lon);
            g.setColor(GRID);
            g.draw(new Line2D.Double(p.x, b.y, p.x, b.getMaxY()));
            g.setColor(MUTED);
            g.drawString(Math.abs(lon) + (lon < 0 ? "°W" : "°E"), (float) p.x + 2, (float) b.getMaxY() - 3);
        }
        for (int lat = 20; lat <= 60; lat += 10) {
            Point2D.Double p = w.project(lat, w.west());
            g.setColor(GRID);
            g.draw(new Line2D.Double(b.x, p.y, b.getMaxX(), p.y));
            g.setColor(MUTED);
            g.drawString(lat + "°N", (float) b.x + 3, (float) p.y - 2);
        }
        g.setColor(MUTED);
        g.draw(b);
    }

    private void paintInset(Graphics2D g) {
        Projection t = layout.tajikistan();
        Rectangle2D.Double b = t.bounds();
        Rectangle2D.Double small = layout.tajikistanOnWorld();
        g.setColor(MUTED);
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 3}, 0));
        g.draw(new Line2D.Double(small.x, small.getMaxY(), b.x, b.y));
        g.draw(new Line2D.Double(small.getMaxX(), small.getMaxY(), b.getMaxX(), b.y));
        g.setStroke(new BasicStroke(1.2f));
        g.setColor(INK);
        g.draw(small);
        g.setColor(LAND);
        g.fill(b);
        g.setStroke(new BasicStroke(0.5f));
        g.setFont(SMALL);
        for (int lon = 68; lon <= 75; lon++) {
            Point2D.Double p = t.project(t.north(), lon);
            g.setColor(GRID);
            g.draw(new Line2D.Double(p.x, b.y, p.x, b.getMaxY()));
            g.setColor(MUTED);
            g.drawString(lon + "°E", (float) p.x + 2, (float) b.getMaxY() - 3);
        }
        for (int lat = 37; lat <= 40; lat++) {
            Point2D.Double p = t.project(lat, t.west());
            g.setColor(GRID);
            g.draw(new Line2D.Double(b.x, p.y, b.getMaxX(), p.y));
            g.setColor(MUTED);
            g.drawString(lat + "°N", (float) b.x + 3, (float) p.y - 2);
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(b);
    }

    private void paintInsetTitle(Graphics2D g) {
        Rectangle2D.Double b = layout.tajikistan().bounds();
        g.setFont(LABEL);
        haloText(g, String.format(Locale.ROOT, "Tajikistan, enlarged %.0f times", layout.enlargement()),
                (float) b.x + 6, (float) b.y + 15, INK);
    }

    private void paintBands(Graphics2D g, FlowStocks stocks, FlowStyle style) {
        record Band(Region r, Destination d, double width) { }
        List<Band> bands = new ArrayList<>();
        for (Region r : Region.values()) {
            for (Destination d : Destination.values()) {
                double w = style.width(stocks.abroad(r, d));
                if (w > 0) {
                    bands.add(new Band(r, d, w));
                }
            }
        }
        bands.sort(Comparator.comparingDouble(Band::width).reversed()); // wide first, so narrow ones stay visible
        for (Band b : bands) {
            Color c = style.colour(stocks.shareWithoutStatus(b.r(), b.d()));
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), BAND_ALPHA));
            g.setStroke(new BasicStroke((float) b.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(layout.point(b.r()), layout.point(b.d())));
        }
    }

    private void paintDestinations(Graphics2D g, FlowStocks stocks) {
        for (Destination d : Destination.values()) {
            Point2D.Double p = layout.point(d);
            g.setColor(INK);
            g.fill(new Ellipse2D.Double(p.x - 4, p.y - 4, 8, 8));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Ellipse2D.Double(p.x - 4, p.y - 4, 8, 8));
            String name = d.label() + " (" + Geography.of(d).name() + ")";
            String abroad = persons(stocks.abroad(d)) + " abroad";
            g.setFont(LABEL);
            FontMetrics fm = g.getFontMetrics();
            boolean left = p.x + 8 + Math.max(fm.stringWidth(name), fm.stringWidth(abroad)) > MapLayout.WIDTH - 20;
            float x = left ? (float) p.x - 8 - Math.max(fm.stringWidth(name), fm.stringWidth(abroad))
                    : (float) p.x + 8;
            haloText(g, name, x, (float) p.y - 2, INK);
            g.setFont(SMALL);
            haloText(g, abroad, x, (float) p.y + 11, INK);
        }
    }

    private void paintRegions(Graphics2D g, MapSnapshot s) {
        double largest = 0;
        for (Region r : Region.values()) {
            largest = Math.max(largest, s.stocks().households(r));
        }
        for (Region r : Region.values()) {
            Point2D.Double p = layout.point(r);
            double radius = Math.max(5, MapLayout.regionRadius(s.stocks().households(r), largest));
            Ellipse2D.Double circle = new Ellipse2D.Double(p.x - radius, p.y - radius, 2 * radius, 2 * radius);
            double poverty = s.poverty(r);
            g.setColor(Double.isNaN(poverty) ? LAND : ColourRamp.POVERTY.at(poverty));
            g.fill(circle);
            g.setColor(INK);
            g.setStroke(new BasicStroke(1.4f));
            g.draw(circle);
            String name = r.label();
            String line = "poverty " + percent(poverty);
            g.setFont(LABEL);
            FontMetrics fm = g.getFontMetrics();
            int textWidth = Math.max(fm.stringWidth(name), g.getFontMetrics(SMALL).stringWidth(line));
            float x = r == Region.DUSHANBE ? (float) (p.x - radius - 5 - textWidth) : (float) (p.x + radius + 5);
            haloText(g, name, x, (float) p.y - 1, INK);
            g.setFont(SMALL);
            haloText(g, line, x, (float) p.y + 12, INK);
        }
    }

    private void paintTitle(Graphics2D g, MapSnapshot s) {
        g.setColor(INK);
        g.setFont(TITLE);
        String when = s.month() == null ? "press play to start"
                : s.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + s.month().getYear();
        g.drawString("Tajik migrants abroad and poverty at home: " + when, 20, 24);
        g.setFont(SMALL);
        g.setColor(MUTED);
        String right = "scenario: " + s.scenario() + "   national poverty " + percent(s.povertyNational());
        g.drawString(right, (float) (MapLayout.WIDTH - 20 - g.getFontMetrics().stringWidth(right)), 24);
    }

    private void paintShocks(Graphics2D g, List<String> shocks) {
        Rectangle2D.Double b = layout.world().bounds();
        float x = (float) b.x + 40;
        float y = (float) (b.getMaxY() - 18 - 13 * Math.max(0, Math.min(shocks.size(), 4) - 1));
        g.setFont(LABEL);
        haloText(g, shocks.isEmpty() ? "No policy shock in force" : "In force this month:", x, y - 14, INK);
        g.setFont(SMALL);
        for (int i = 0; i < Math.min(shocks.size(), 4); i++) {
            String line = i == 3 && shocks.size() > 4 ? "... and " + (shocks.size() - 3) + " more" : shocks.get(i);
            haloText(g, "\u2022 " + line, x, y + 13 * i, new Color(0x8b0000));
        }
    }

    private void paintLegend(Graphics2D g, FlowStyle style) {
        Rectangle2D.Double b = layout.legend();
        g.setColor(new Color(0xf7f7f7));
        g.fill(b);
        g.setColor(MUTED);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(b);
        float x = (float) b.x + 10;
        float y = (float) b.y + 18;
        g.setColor(INK);
        g.setFont(LABEL);
        g.drawString("How to read the map", x, y);
        g.setFont(SMALL);
        y += 18;
        g.drawString("Band: migrants from a region now working at a destination", x, y);
        for (double v : style.legendPersons()) {
            y += Math.max(14, (float) style.width(v) + 6);
            g.setColor(new Color(0x8c8c8c));
            g.setStroke(new BasicStroke((float) style.width(v), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x + 4, y - 4, x + 90, y - 4));
            g.setColor(INK);
            g.drawString(persons(v) + " migrants", x + 100, y);
        }
        y += 24;
        g.drawString("Band colour: share of those migrants without legal status", x, y);
        y += 6;
        gradient(g, ColourRamp.WITHOUT_STATUS, x, y, "0% (all legal)", "50%", "100%");
        y += 38;
        g.drawString("Circle: a region, sized by its households;", x, y);
        y += 13;
        g.drawString("colour: share of people below the poverty line", x, y);
        y += 6;
        gradient(g, ColourRamp.POVERTY, x, y, "0%", "30%", "60% or more");
        y += 38;
        g.setColor(MUTED);
        g.drawString("Places at real latitude and longitude (equirectangular projection).", x, y);
    }

    private static void gradient(Graphics2D g, ColourRamp ramp, float x, float y, String low, String mid,
                                 String high) {
        float w = 260;
        int steps = 52;
        for (int i = 0; i < steps; i++) {
            double v = ramp.min() + (ramp.max() - ramp.min()) * (i + 0.5) / steps;
            g.setColor(ramp.at(v));
            g.fill(new Rectangle2D.Double(x + w * i / steps, y, w / steps + 0.6, 12));
        }
        g.setColor(MUTED);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Rectangle2D.Double(x, y, w, 12));
        g.setColor(INK);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(low, x, y + 25);
        g.drawString(mid, x + w / 2 - fm.stringWidth(mid) / 2f, y + 25);
        g.drawString(high, x + w - fm.stringWidth(high), y + 25);
        g.setPaint(new GradientPaint(0, 0, INK, 1, 1, INK)); // reset any paint
    }

    private static void haloText(Graphics2D g, String text, float x, float y, Color colour) {
        g.setColor(new Color(255, 255, 255, 220));
        for (float dx = -1; dx <= 1; dx++) {
            for (float dy = -1; dy <= 1; dy++) {
                if (dx != 0 || dy != 0) {
                    g.drawString(text, x + dx, y + dy);
                }
            }
        }
        g.setColor(colour);
        g.drawString(text, x, y);
    }

    /** A count of persons in a few characters: 950, 18.4 k, 1.02 M. */
    public static String persons(double n) {
        if (Double.isNaN(n)) {
            return "-";
        }
        if (n >= 999_500) {
            return String.format(Locale.ROOT, "%.2f M", n / 1e6);
        }
        if (n >= 9_995) {
            return String.format(Locale.ROOT, "%.0f k", n / 1e3);
        }
        if (n >= 1_000) {
            return String.format(Locale.ROOT, "%.1f k", n / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", n);
    }

    /** A share (0..1) as a whole percentage, or "-" if unknown. */
    public static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
