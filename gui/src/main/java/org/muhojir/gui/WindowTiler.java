package org.muhojir.gui;

import java.awt.Rectangle;
import java.util.List;
import java.awt.Component;

/** Lays chart windows out in rows below the map, as many to a row as the screen holds, cascading if it is full. */
final class WindowTiler {
    private static final int CASCADE = 30;

    private WindowTiler() {
    }

    /**
     * Places {@code frames} left to right, in rows starting at {@code top}; a frame that would fall off the bottom
     * of {@code screen} is cascaded from the first row instead.
     */
    static void tile(List<? extends Component> frames, Rectangle screen, int top) {
        int x = screen.x;
        int y = screen.y + top;
        int rowHeight = 0;
        int cascaded = 0;
        for (Component f : frames) {
            if (x > screen.x && x + f.getWidth() > screen.x + screen.width) {
                x = screen.x;
                y += rowHeight;
                rowHeight = 0;
            }
            if (y + f.getHeight() > screen.y + screen.height && y > screen.y + top) {
                cascaded++;
                f.setLocation(screen.x + CASCADE * cascaded, screen.y + top + CASCADE * cascaded);
                continue;
            }
            f.setLocation(x, y);
            x += f.getWidth();
            rowHeight = Math.max(rowHeight, f.getHeight());
        }
    }
}
