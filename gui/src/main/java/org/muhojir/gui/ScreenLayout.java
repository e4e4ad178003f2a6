package org.muhojir.gui;

import java.awt.GraphicsConfiguration;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.gui.map.MapLayout;

/**
 * Where the visualizer's windows go on a screen: the Console in a column on the right (full height, room for the
 * levers), the map at the top left, the four charts in a row below it. All sizes are in pixels and follow the
 * screen. Two arrangements:
 * <ul>
 * <li><b>side by side</b>, on screens wide enough (1920 x 1080 and up): the household window beside the map, none
 * covering another;</li>
 * <li><b>stacked</b>, where the map beside the household window would be drawn below {@link #LEGIBLE_MAP_SCALE}
 * (1280 x 800, 1366 x 768, 1600 x 1000): the map takes the whole width left of the Console, at the scale that width
 * and the charts' minimum height allow (up to 1, its natural size), and the household window, shown only when a
 * household is followed, lies over the map's legend and the charts below it ({@link #householdApart()} false).</li>
 * </ul>
 *
 * @param console   the Console's bounds, pixels
 * @param map       the map window's bounds, pixels
 * @param household the household window's bounds, pixels
 * @param charts    the chart windows' bounds, pixels, in {@link org.muhojir.gui.chart.Charts#all()} order
 * @param mapScale  the scale the map is expected to be drawn at in its window (pixels per map unit)
 */
record ScreenLayout(Rectangle console, Rectangle map, Rectangle household, List<Rectangle> charts, double mapScale) {
    /** Narrowest Console that shows the levers' names, sliders and values, pixels. */
    static final int MIN_CONSOLE_WIDTH = 400;
    /** Widest Console needed, pixels. */
    static final int MAX_CONSOLE_WIDTH = 480;
    /** Lowest chart window that keeps a readable plot, pixels. */
    static final int MIN_CHART_HEIGHT = 250;
    /** Narrowest household window that shows its report's table, pixels. */
    static final int MIN_HOUSEHOLD_WIDTH = 300;
    /**
     * Share of the screen's height given to the map's row when side by side: the map and the household window; the
     * charts get the rest.
     */
    static final double MAP_ROW_SHARE = 0.53;
    /**
     * Smallest scale at which the map's text is legible, pixels per map unit: its smallest text, 11 units high, is
     * then 9.4 pixels high (at the old 0.55 it was 6).
     */
    static final double LEGIBLE_MAP_SCALE = 0.85;
    /** Room around the map inside its window, pixels: the window's borders. */
    static final int MAP_CHROME_WIDTH = 20;
    /** Room above the map inside its window, pixels: a window manager's title bar (30) and MASON's tool bar (34). */
    static final int MAP_CHROME_TOP = 64;
    /** Room above and below the map inside its window, pixels: {@link #MAP_CHROME_TOP} and the bottom border. */
    static final int MAP_CHROME_HEIGHT = MAP_CHROME_TOP + 6;

    ScreenLayout {
        charts = List.copyOf(charts);
    }

    /**
     * The usable part of the screen of {@code config} (a window's, so that the windows go on the screen the Console
     * is on), without task bars, pixels.
     */
    static Rectangle usable(GraphicsConfiguration config) {
        Rectangle bounds = config.getBounds();
        Insets in = Toolkit.getDefaultToolkit().getScreenInsets(config);
        return new Rectangle(bounds.x + in.left, bounds.y + in.top, bounds.width - in.left - in.right,
                bounds.height - in.top - in.bottom);
    }

    /** The layout on {@code screen} (the usable bounds, without task bars) for {@code chartCount} charts. */
    static ScreenLayout of(Rectangle screen, int chartCount) {
        int consoleWidth = Math.max(MIN_CONSOLE_WIDTH, Math.min(MAX_CONSOLE_WIDTH, screen.width / 4));
        Rectangle console = new Rectangle(screen.x + screen.width - consoleWidth, screen.y, consoleWidth,
                screen.height);
        Rectangle left = new Rectangle(screen.x, screen.y, screen.width - consoleWidth, screen.height);
        ScreenLayout sideBySide = sideBySide(console, left, chartCount);
        return sideBySide.mapScale() >= LEGIBLE_MAP_SCALE ? sideBySide : stacked(console, left, chartCount);
    }

    /** Whether the household window has a place of its own, beside the map; else it lies over the map's legend. */
    boolean householdApart() {
        if (household.intersects(map)) {
            return false;
        }
        return charts.stream().noneMatch(household::intersects);
    }

    /** Every window's bounds: Console, map, household, then the charts. */
    List<Rectangle> all() {
        List<Rectangle> all = new ArrayList<>(List.of(console, map, household));
        all.addAll(charts);
        return all;
    }

    /** The scale the whole map is drawn at in a window of {@code bounds}, pixels per map unit. */
    static double mapScaleIn(Rectangle bounds) {
        return MapFit.exactScale(bounds.width - MAP_CHROME_WIDTH, bounds.height - MAP_CHROME_HEIGHT);
    }

    /** The map and the household window in a row over a share of the height, the charts below. */
    private static ScreenLayout sideBySide(Rectangle console, Rectangle left, int chartCount) {
        int rowHeight = (int) Math.round(left.height * MAP_ROW_SHARE);
        int mapWidth = left.width - Math.max(MIN_HOUSEHOLD_WIDTH, left.width / 3);
        Rectangle map = new Rectangle(left.x, left.y, mapWidth, rowHeight);
        Rectangle household = new Rectangle(left.x + mapWidth, left.y, left.width - mapWidth, rowHeight);
        return new ScreenLayout(console, map, household, chartRow(left, rowHeight, chartCount), mapScaleIn(map));
    }

    /**
     * The map over the whole width, as large as the charts' minimum height lets it be (at most its natural size),
     * the charts below, and the household window over the map's legend and the charts below it.
     */
    private static ScreenLayout stacked(Rectangle console, Rectangle left, int chartCount) {
        double scale = Math.min(1, mapScaleIn(new Rectangle(left.x, left.y, left.width,
                left.height - MIN_CHART_HEIGHT)));
        int mapHeight = (int) Math.ceil(scale * MapLayout.HEIGHT) + MAP_CHROME_HEIGHT;
        Rectangle map = new Rectangle(left.x, left.y, left.width, mapHeight);
        Rectangle2D legend = new MapLayout().legend();
        int top = left.y + MAP_CHROME_TOP + (int) Math.round(legend.getY() * scale);
        int width = Math.max(MIN_HOUSEHOLD_WIDTH, (int) Math.floor(legend.getMaxX() * scale));
        Rectangle household = new Rectangle(left.x, top, width, left.y + left.height - top);
        return new ScreenLayout(console, map, household, chartRow(left, mapHeight, chartCount), scale);
    }

    /** {@code chartCount} charts side by side across {@code left}, below its first {@code top} pixels. */
    private static List<Rectangle> chartRow(Rectangle left, int top, int chartCount) {
        List<Rectangle> charts = new ArrayList<>();
        int chartWidth = left.width / Math.max(1, chartCount);
        for (int i = 0; i < chartCount; i++) {
            charts.add(new Rectangle(left.x + i * chartWidth, left.y + top, chartWidth, left.height - top));
        }
        return charts;
    }
}
