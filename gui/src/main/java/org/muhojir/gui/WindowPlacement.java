package org.muhojir.gui;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.Timer;

/**
 * Puts back windows that an X server without a window manager leaves at the screen's origin: a window given its
 * bounds before it is shown sometimes ends up at (0, 0) once mapped (seen under Xvfb, where the map's window already
 * lies there). For a few seconds after the windows are shown, any window found at the origin whose place is
 * elsewhere is moved back to its place; a window the user moves anywhere else is left where it is.
 */
final class WindowPlacement {
    /** How often the windows are looked at, milliseconds. */
    private static final int EVERY_MS = 200;
    /** How long after showing them, milliseconds. */
    private static final int FOR_MS = 5_000;
    private static final Point ORIGIN = new Point(0, 0);

    private WindowPlacement() {
    }

    /** Starts looking at {@code places} (each window and its bounds); call on Swing's thread. */
    static void keep(Map<Window, Rectangle> places) {
        Map<Window, Rectangle> watched = new LinkedHashMap<>();
        places.forEach((w, at) -> {
            if (!at.getLocation().equals(ORIGIN)) {
                watched.put(w, new Rectangle(at));
            }
        });
        long until = System.nanoTime() + FOR_MS * 1_000_000L;
        Timer timer = new Timer(EVERY_MS, null);
        timer.addActionListener(e -> {
            watched.forEach((w, at) -> {
                if (w.isShowing() && w.getLocation().equals(ORIGIN)) {
                    w.setBounds(at);
                }
            });
            if (System.nanoTime() > until) {
                timer.stop();
            }
        });
        timer.start();
    }
}
