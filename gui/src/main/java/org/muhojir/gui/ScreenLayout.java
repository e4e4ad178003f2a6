package org.muhojir.gui;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the visualizer's windows go on a screen, so that none covers another: the Console in a column on the
 * right (full height, room for the levers), the map at the top left, the household window beside the map, and
 * the four charts in a row below them. Sizes follow the screen; at 1366 x 768 and larger every window keeps at
 * least {@link #MIN_CHART_WIDTH} x {@link #MIN_CHART_HEIGHT} pixels for a chart and {@link #MIN_CONSOLE_WIDTH}
 * for the Console.
 *
 * @param console   the Console's bounds, pixels
 * @param map       the map window's bounds
 * @param household the household window's bounds
 * @param charts    the chart windows' bounds, in {@link org.muhojir.gui.chart.Charts#all()} order
 */
record ScreenLayout(Rectangle console, Rectangle map, Rectangle household, List<Rectangle> charts) {
    /** Narrowest Console that shows the levers' names, sliders and values, pixels. */
    static final int MIN_CONSOLE_WIDTH = 400;
    /** Widest Console needed, pixels. */
    static final int MAX_CONSOLE_WIDTH = 480;
    /** Smallest chart window that keeps a readable plot, pixels. */
    static final int MIN_CHART_WIDTH = 230;
    static final int MIN_CHART_HEIGHT = 250;
    /** Narrowest household window that shows its report's table, pixels. */
    static final int MIN_HOUSEHOLD_WIDTH = 300;
    /**
     * Share of the screen's height given to the map's row: the map (1000 x 540 units, scaled to its window) and
     * the household window; the charts get the rest.
     */
    static final double MAP_ROW_SHARE = 0.53;

    ScreenLayout {
        charts = List.copyOf(charts);
    }

    /** The layout on {@code screen} (the usable bounds, without task bars) for {@code chartCount} charts. */
    static ScreenLayout of(Rectangle screen, int chartCount) {
        int consoleWidth = Math.max(MIN_CONSOLE_WIDTH, Math.min(MAX_CONSOLE_WIDTH, screen.width / 4));
        Rectangle console = new Rectangle(screen.x + screen.width - consoleWidth, screen.y, consoleWidth,
                screen.height);
        int leftWidth = screen.width - consoleWidth;
        int rowHeight = (int) Math.round(screen.height * MAP_ROW_SHARE);
        int mapWidth = leftWidth - Math.max(MIN_HOUSEHOLD_WIDTH, leftWidth / 3);
        Rectangle map = new Rectangle(screen.x, screen.y, mapWidth, rowHeight);
        Rectangle household = new Rectangle(screen.x + mapWidth, screen.y, leftWidth - mapWidth, rowHeight);
        List<Rectangle> charts = new ArrayList<>();
        int chartWidth = leftWidth / Math.max(1, chartCount);
        for (int i = 0; i < chartCount; i++) {
            charts.add(new Rectangle(screen.x + i * chartWidth, screen.y + rowHeight, chartWidth,
                    screen.height - rowHeight));
        }
        return new ScreenLayout(console, map, household, charts);
    }

    /** Every window's bounds: Console, map, household, then the charts. */
    List<Rectangle> all() {
        List<Rectangle> all = new ArrayList<>(List.of(console, map, household));
        all.addAll(charts);
        return all;
    }
}
