package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Point;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

class WindowTilerTest {
    private static JPanel window() {
        JPanel p = new JPanel();
        p.setSize(475, 372);
        return p;
    }

    @Test
    void chartsGoInRowsBelowTheMapAndCascadeWhenTheScreenIsFull() {
        List<JPanel> w = List.of(window(), window(), window(), window());
        // 1,000 pixels wide: two to a row; 1,300 high with the map 600 high: one row fits (600 + 372 <= 1,300),
        // the second row would end at 1,344, so the third and fourth cascade
        WindowTiler.tile(w, new Rectangle(0, 0, 1000, 1300), 600);
        assertEquals(new Point(0, 600), w.get(0).getLocation());
        assertEquals(new Point(475, 600), w.get(1).getLocation());
        assertEquals(new Point(30, 630), w.get(2).getLocation());
        assertEquals(new Point(60, 660), w.get(3).getLocation());
    }

    @Test
    void aWideScreenTakesTheFourInOneRow() {
        List<JPanel> w = List.of(window(), window(), window(), window());
        WindowTiler.tile(w, new Rectangle(0, 0, 1920, 1200), 600);
        assertEquals(new Point(3 * 475, 600), w.get(3).getLocation());
    }
}
