package org.muhojir.gui;

import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import org.muhojir.gui.map.MapLayout;
import sim.display.Display2D;

/**
 * Keeps the whole map in view at the largest scale its window allows: MASON's display keeps the scale it was given
 * and always shows scroll bars (15 pixels of each side lost); here the scroll bars show only when the student zooms
 * in, and the scale (pixels per map unit, MASON's Scale field) follows the window's size whenever it changes, as the
 * layout sized it for the screen or as the student resizes it.
 */
final class MapFit {
    /** Less than the exact fit, pixels per map unit, so that rounding never brings up scroll bars. */
    static final double MARGIN = 0.01;

    private MapFit() {
    }

    /** The scale that shows the whole map in {@code view} (pixels), rounded down to a hundredth; 0 if empty. */
    static double scaleFor(Dimension view) {
        if (view.width <= 0 || view.height <= 0) {
            return 0;
        }
        return Math.floor(100 * (exactScale(view.width, view.height) - MARGIN)) / 100;
    }

    /** The scale at which the whole map just fills {@code width} x {@code height} pixels, pixels per map unit. */
    static double exactScale(double width, double height) {
        return Math.min(width / MapLayout.WIDTH, height / MapLayout.HEIGHT);
    }

    /** Fits {@code display}'s map to its window now and each time the window's size changes; on Swing's thread. */
    static void keep(Display2D display) {
        JScrollPane scroll = display.display;
        scroll.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        scroll.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        scroll.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fit(display);
            }
        });
        fit(display);
    }

    private static void fit(Display2D display) {
        if (display.getTopLevelAncestor() != null) {
            display.getTopLevelAncestor().validate();
        }
        JScrollPane scroll = display.display;
        // the room inside the scroll pane, scroll bars or not: fitted, the map needs none
        java.awt.Insets in = scroll.getInsets();
        double scale = scaleFor(new Dimension(scroll.getWidth() - in.left - in.right,
                scroll.getHeight() - in.top - in.bottom));
        if (scale > 0 && Math.abs(scale - display.getScale()) > 1e-9) {
            display.setScale(scale);
        }
    }
}
