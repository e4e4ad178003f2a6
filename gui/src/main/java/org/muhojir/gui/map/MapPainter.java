package org.muhojir.gui.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;
import org.muhojir.gui.lever.LeverSession;

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

    /** Land on the world strip, Tajikistan on it, and the neighbours in the enlargement. */
    private static final Color WORLD_LAND = new Color(0xf6f3ea);
    private static final Color TAJIKISTAN_ON_WORLD = new Color(0xe8dcb8);
    private static final Color NEIGHBOURS = new Color(0xeeeeea);
    private static final Color BORDER = new Color(0xa9a294);
    private static final String TAJIKISTAN = "Tajikistan";
    /** Behind a label: white, slightly transparent. */
    private static final Color PLATE = new Color(255, 255, 255, 190);

    private final MapLayout layout;
    private final List<Country> world = new ArrayList<>();
    private final List<Country> inset = new ArrayList<>();

    private final List<Shape> bandAreas;
    /**
     * The order destinations' labels are placed in: where bands crowd (Istanbul lies under the bands to London,
     * and Dubai among those to Moscow) or the map's edge is near (Seoul) first, so the labels with more room
     * around them take what is left.
     */
    private static final List<Destination> PLACING_ORDER = List.of(Destination.TURKEY, Destination.GULF,
            Destination.RUSSIA, Destination.SOUTH_KOREA, Destination.KAZAKHSTAN, Destination.UK, Destination.USA);

    /** A country's ring in map units. */
    private record Country(String name, Path2D.Double outline) { }

    public MapPainter(MapLayout layout) {
        this.layout = layout;
        this.bandAreas = LabelPlacer.widen(layout.routes());
        for (Borders.Ring r : Borders.load()) {
            boolean onWorld = r.part() == Borders.Part.WORLD;
            (onWorld ? world : inset).add(new Country(r.country(), outline(r, onWorld ? layout.world()
                    : layout.tajikistan())));
        }
    }

    private static Path2D.Double outline(Borders.Ring r, Projection p) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < r.longitude().length; i++) {
            Point2D.Double q = p.project(r.latitude()[i], r.longitude()[i]);
            if (i == 0) {
                path.moveTo(q.x, q.y);
            } else {
                path.lineTo(q.x, q.y);
            }
        }
        path.closePath();
        return path;
    }

    /** Fills each country (Tajikistan in {@code home}, the others in {@code land}) and outlines it, in {@code b}. */
    private static void paintCountries(Graphics2D g, List<Country> countries, Rectangle2D.Double b, Color land,
                                       Color home, float width) {
        Shape clip = g.getClip();
        g.clip(b);
        for (Country c : countries) {
            g.setColor(c.name().equals(TAJIKISTAN) ? home : land);
            g.fill(c.outline());
        }
        g.setColor(BORDER);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Country c : countries) {
            g.draw(c.outline());
        }
        g.setClip(clip);
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
        Labels labels = placeLabels(g, s);
        paintDestinations(g, s.stocks(), labels);
        paintRegions(g, s, labels);
        paintInsetTitle(g, labels.insetTitle());
        paintTitle(g, s);
        paintShocks(g, s.shocksInForce());
        paintLegend(g, style, s.stocks().largestFlow() > 0);
    }

    /**
     * Where the labels go, clear of every band's path (all of them, so labels stay put as bands appear), of the
     * legend, the shocks' list and each other.
     *
     * @param destinations a box per destination, in {@link Destination} order
     * @param regions      a box per region, in {@link Region} order
     * @param insetTitle   the enlargement's title
     */
    record Labels(List<Rectangle2D> destinations, List<Rectangle2D> regions, Rectangle2D insetTitle) {
        /** Every box. */
        List<Rectangle2D> all() {
            List<Rectangle2D> all = new ArrayList<>(destinations);
            all.addAll(regions);
            all.add(insetTitle);
            return all;
        }
    }

    /**
     * The labels' places for {@code s}'s region sizes. Destinations are placed in {@link #PLACING_ORDER}; if one
     * finds no free place, it is placed first in another try (a few at most), ahead of those that took its room.
     */
    Labels placeLabels(Graphics2D g, MapSnapshot s) {
        List<Destination> order = new ArrayList<>(PLACING_ORDER);
        Labels best = null;
        for (int attempt = 0; attempt < Destination.COUNT; attempt++) {
            LabelPlacer placer = new LabelPlacer(bandAreas);
            Labels labels = placeLabels(g, s, order, placer);
            Destination crossed = null;
            for (Destination d : order) {
                if (placer.crossesBand(labels.destinations().get(d.ordinal()))) {
                    crossed = d;
                    break;
                }
            }
            if (best == null || crossed == null) {
                best = labels;
            }
            if (crossed == null || order.get(0) == crossed) {
                break;
            }
            order.remove(crossed);
            order.add(0, crossed);
        }
        return best;
    }

    private Labels placeLabels(Graphics2D g, MapSnapshot s, List<Destination> order, LabelPlacer placer) {
        placer.reserve(layout.legend());
        placer.reserve(shocksBox());
        FontMetrics label = g.getFontMetrics(LABEL);
        FontMetrics small = g.getFontMetrics(SMALL);
        double height = label.getAscent() + 13 + small.getDescent();
        Rectangle2D.Double inset = layout.tajikistan().bounds();
        String title = insetTitle();
        double titleWidth = label.stringWidth(title) + 8;
        double titleHeight = label.getHeight() + 4;
        Rectangle2D insetTitle = placer.choose(List.of(
                new Rectangle2D.Double(inset.x + 2, inset.y + 2, titleWidth, titleHeight),
                new Rectangle2D.Double(inset.x + 2, inset.getMaxY() - 18 - titleHeight, titleWidth, titleHeight),
                new Rectangle2D.Double(inset.getMaxX() - 2 - titleWidth, inset.getMaxY() - 18 - titleHeight,
                        titleWidth, titleHeight),
                new Rectangle2D.Double(inset.getMaxX() - 2 - titleWidth, inset.y + 2, titleWidth, titleHeight)));
        Rectangle2D.Double world = layout.world().bounds();
        // labels may reach into the margin above the world strip (Moscow lies near its top), not into the title
        Rectangle2D labelArea = new Rectangle2D.Double(world.x, 28, world.width, world.getMaxY() - 28);
        Rectangle2D[] destinations = new Rectangle2D[Destination.COUNT];
        for (Destination d : order) {
            double width = Math.max(label.stringWidth(d.label()), small.stringWidth("1.02 M abroad"));
            destinations[d.ordinal()] = placer.place(layout.point(d), 4, width, height, labelArea);
        }
        double largest = largestHouseholds(s);
        for (Region r : Region.values()) {
            placer.marker(layout.point(r), regionRadius(s, r, largest));
        }
        List<Rectangle2D> regions = new ArrayList<>();
        for (Region r : Region.values()) {
            double width = Math.max(label.stringWidth(r.label()), small.stringWidth("poverty 100%"));
            regions.add(placer.place(layout.point(r), regionRadius(s, r, largest), width, height, inset));
        }
        return new Labels(List.of(destinations), regions, insetTitle);
    }

    /** Where the list of shocks in force is written: the world strip's lower left. */
    private Rectangle2D shocksBox() {
        Rectangle2D.Double b = layout.world().bounds();
        return new Rectangle2D.Double(b.x + 36, b.getMaxY() - 80, 330, 72);
    }

    private String insetTitle() {
        return String.format(Locale.ROOT, "Tajikistan, enlarged %.0f times", layout.enlargement());
    }

    static double largestHouseholds(MapSnapshot s) {
        double largest = 0;
        for (Region r : Region.values()) {
            largest = Math.max(largest, s.stocks().households(r));
        }
        return largest;
    }

    /** The radius of region {@code r}'s circle, map units: its households against the {@code largest} region's. */
    static double regionRadius(MapSnapshot s, Region r, double largest) {
        return Math.max(5, MapLayout.regionRadius(s.stocks().households(r), largest));
    }

    private void paintWorld(Graphics2D g) {
        Projection w = layout.world();
        Rectangle2D.Double b = w.bounds();
        g.setColor(SEA);
        g.fill(b);
        paintCountries(g, world, b, WORLD_LAND, TAJIKISTAN_ON_WORLD, 0.5f);
        graticule(g, w, -80, 130, 20, 20, 60, 10);
        g.setColor(MUTED);
        g.draw(b);
    }

    /** Meridians and parallels every {@code lonStep} and {@code latStep} degrees, labelled at the edges. */
    private static void graticule(Graphics2D g, Projection p, int lonFrom, int lonTo, int lonStep, int latFrom,
                                  int latTo, int latStep) {
        Rectangle2D.Double b = p.bounds();
        g.setStroke(new BasicStroke(0.4f));
        g.setFont(SMALL);
        for (int lon = lonFrom; lon <= lonTo; lon += lonStep) {
            Point2D.Double q = p.project(p.north(), lon);
            g.setColor(GRID);
            g.draw(new Line2D.Double(q.x, b.y, q.x, b.getMaxY()));
            g.setColor(MUTED);
            g.drawString(Math.abs(lon) + (lon < 0 ? "°W" : "°E"), (float) q.x + 2, (float) b.getMaxY() - 3);
        }
        for (int lat = latFrom; lat <= latTo; lat += latStep) {
            Point2D.Double q = p.project(lat, p.west());
            g.setColor(GRID);
            g.draw(new Line2D.Double(b.x, q.y, b.getMaxX(), q.y));
            g.setColor(MUTED);
            g.drawString(lat + "°N", (float) b.x + 3, (float) q.y - 2);
        }
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
        g.setColor(NEIGHBOURS);
        g.fill(b);
        paintCountries(g, inset, b, NEIGHBOURS, LAND, 1.2f);
        graticule(g, t, 68, 75, 1, 37, 40, 1);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(b);
    }

    private void paintInsetTitle(Graphics2D g, Rectangle2D box) {
        g.setFont(LABEL);
        haloText(g, insetTitle(), (float) box.getX() + 4, (float) box.getY() + 2 + g.getFontMetrics().getAscent(),
                INK);
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
            g.draw(layout.route(b.r(), b.d()));
        }
    }

    private void paintDestinations(Graphics2D g, FlowStocks stocks, Labels labels) {
        for (Destination d : Destination.values()) {
            Point2D.Double p = layout.point(d);
            g.setColor(INK);
            g.fill(new Ellipse2D.Double(p.x - 4, p.y - 4, 8, 8));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Ellipse2D.Double(p.x - 4, p.y - 4, 8, 8));
            // the country only: its city is named in the legend, to keep labels clear of bands
            twoLines(g, labels.destinations().get(d.ordinal()), d.label(),
                    persons(stocks.abroad(d)) + " abroad");
        }
    }

    private void paintRegions(Graphics2D g, MapSnapshot s, Labels labels) {
        double largest = largestHouseholds(s);
        for (Region r : Region.values()) {
            Point2D.Double p = layout.point(r);
            double radius = regionRadius(s, r, largest);
            Ellipse2D.Double circle = new Ellipse2D.Double(p.x - radius, p.y - radius, 2 * radius, 2 * radius);
            double poverty = s.poverty(r);
            g.setColor(Double.isNaN(poverty) ? LAND : ColourRamp.POVERTY.at(poverty));
            g.fill(circle);
            g.setColor(INK);
            g.setStroke(new BasicStroke(1.4f));
            g.draw(circle);
        }
        for (Region r : Region.values()) { // after every circle, so that no circle is drawn over a label
            twoLines(g, labels.regions().get(r.ordinal()), r.label(), "poverty " + percent(s.poverty(r)));
        }
    }

    /** A bold line over a small one, in {@code box}, on a light plate so that a band under it never hides it. */
    private static void twoLines(Graphics2D g, Rectangle2D box, String first, String second) {
        g.setColor(PLATE);
        g.fill(new java.awt.geom.RoundRectangle2D.Double(box.getX() - 2, box.getY() - 1, box.getWidth() + 4,
                box.getHeight() + 2, 6, 6));
        g.setFont(LABEL);
        float x = (float) box.getX();
        float y = (float) box.getY() + g.getFontMetrics().getAscent();
        haloText(g, first, x, y, INK);
        g.setFont(SMALL);
        haloText(g, second, x, y + 13, INK);
    }

    private void paintTitle(Graphics2D g, MapSnapshot s) {
        g.setColor(INK);
        g.setFont(TITLE);
        String when = s.month() == null ? "press play to start" : monthName(s.month());
        g.drawString("Tajik migrants abroad and poverty at home: " + when, 20, 24);
        g.setFont(SMALL);
        g.setColor(MUTED);
        String right = "scenario: " + s.scenario() + "   national poverty " + percent(s.povertyNational());
        g.drawString(right, (float) (MapLayout.WIDTH - 20 - g.getFontMetrics().stringWidth(right)), 24);
    }

    /**
     * The shocks in force, in the box the labels keep clear of ({@link #shocksBox}): four lines at most, the last
     * "... and N more" if there are more, each {@link #brief} and cut to the box's width with an ellipsis so that none
     * runs into a label.
     */
    private void paintShocks(Graphics2D g, List<String> shocks) {
        Rectangle2D.Double b = layout.world().bounds();
        float x = (float) b.x + 40;
        float y = (float) (b.getMaxY() - 18 - 13 * Math.max(0, Math.min(shocks.size(), 4) - 1));
        g.setFont(LABEL);
        haloText(g, shocks.isEmpty() ? "No policy shock in force" : "In force this month:", x, y - 14, INK);
        g.setFont(SMALL);
        double width = shocksBox().getMaxX() - x;
        for (int i = 0; i < Math.min(shocks.size(), 4); i++) {
            String line = i == 3 && shocks.size() > 4 ? "... and " + (shocks.size() - 3) + " more" : brief(shocks.get(i));
            haloText(g, fitted("\u2022 " + line, g.getFontMetrics(), width), x, y + 13 * i, new Color(0x8b0000));
        }
    }

    /**
     * A shock's line without its details in brackets (the Model tab's log keeps those of the shocks fired there), and a
     * world's event by its name alone: "russia-crackdown-2024: ban policy in Russia", not "the world's event
     * russia-crackdown-2024: ban policy in Russia (bans of 60 months, expulsions ...)", so that what is in force fits
     * the map's box.
     */
    static String brief(String line) {
        String shock = line.startsWith(LeverSession.WORLD_EVENT) ? line.substring(LeverSession.WORLD_EVENT.length())
                : line; // an event by its name: "russia-crackdown-2024: ..."
        return shock.replaceAll(" \\([^()]*\\)", "");
    }

    /** {@code text}, or as much of it as fits in {@code width} followed by an ellipsis. */
    static String fitted(String text, java.awt.FontMetrics metrics, double width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 1 && metrics.stringWidth(text.substring(0, end) + "\u2026") > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    /**
     * The legend; its bands' numbers only once there are flows to scale them to ({@code scaled}): before a run
     * starts the scale is a placeholder, which the run's largest flow replaces, so numbers shown then would change.
     */
    private void paintLegend(Graphics2D g, FlowStyle style, boolean scaled) {
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
        double[] legend = style.legendPersons();
        for (int i = 0; i < legend.length; i++) {
            double v = legend[i];
            y += Math.max(14, (float) style.width(v) + 6);
            g.setColor(new Color(0x8c8c8c));
            g.setStroke(new BasicStroke((float) style.width(v), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x + 4, y - 4, x + 90, y - 4));
            g.setColor(INK);
            if (scaled) {
                g.drawString(persons(v) + " migrants", x + 100, y);
            } else if (i == 1) { // beside the middle band
                g.drawString("(numbers once the run starts)", x + 100, y);
            }
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
        List<String> cities = cities();
        g.drawString("Destinations at their main city: " + String.join(", ", cities.subList(0, 4)) + ",", x, y);
        g.drawString(String.join(", ", cities.subList(4, cities.size())) + ". Places at real latitude and longitude.",
                x, y + 13);
    }

    /** "December 2024": the month as the map's title and the Console's date name it. */
    public static String monthName(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }

    private static List<String> cities() {
        List<String> names = new ArrayList<>();
        for (Destination d : Destination.values()) {
            names.add(Geography.of(d).name());
        }
        return names;
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
