package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No window covers another and all fit the screen, on the screens students have (issue 14, item 6). */
class ScreenLayoutTest {
    @ParameterizedTest
    @CsvSource({"1366, 768", "1600, 1000", "1920, 1200", "2560, 1440", "1366, 740"})
    void windowsFitTheScreenWithoutOverlappingAndKeepAReadableSize(int width, int height) {
        Rectangle screen = new Rectangle(0, 0, width, height);
        ScreenLayout layout = ScreenLayout.of(screen, 4);
        List<Rectangle> all = layout.all();
        assertEquals(7, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertTrue(screen.contains(all.get(i)), all.get(i) + " leaves the screen " + screen);
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(all.get(i).intersects(all.get(j)), all.get(i) + " overlaps " + all.get(j));
            }
        }
        for (Rectangle chart : layout.charts()) {
            assertTrue(chart.width >= ScreenLayout.MIN_CHART_WIDTH && chart.height >= ScreenLayout.MIN_CHART_HEIGHT,
                    "chart too small: " + chart);
        }
        assertTrue(layout.household().width >= ScreenLayout.MIN_HOUSEHOLD_WIDTH, "household: " + layout.household());
        assertTrue(layout.console().width >= ScreenLayout.MIN_CONSOLE_WIDTH, "console: " + layout.console());
        // the map keeps at least half the map row's width left of the household window at every size
        assertTrue(layout.map().width >= (width - layout.console().width) / 2, "map: " + layout.map());
    }

    @ParameterizedTest
    @CsvSource({"1366, 768", "1920, 1200"})
    void aScreenWithATaskBarOnTopKeepsWindowsBelowIt(int width, int height) {
        Rectangle usable = new Rectangle(0, 40, width, height - 40);
        for (Rectangle r : ScreenLayout.of(usable, 4).all()) {
            assertTrue(usable.contains(r), r + " leaves " + usable);
        }
    }
}
