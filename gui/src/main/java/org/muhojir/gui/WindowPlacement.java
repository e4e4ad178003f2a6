package org.muhojir.gui;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.Timer;

/**
 * Puts back windows that an X server without a window manager leaves at the screen's origin: a window given its
 * bounds before it is shown sometimes ends up at (0, 0) once mapped (seen under Xvfb, where the map's window already
 * lies there). For a few seconds after a window is shown (when the windows are laid out, and again each time one of
 * them is shown later, as the household window is when a household is first followed), a window found at the origin
 * whose place is elsewhere is moved back to its place; a window the user moves anywhere else is left where it is.
 */
final class WindowPlacement {
    /** How often the windows are looked at, milliseconds. */
    private static final int EVERY_MS = 200;
    /** How long after a window is shown, milliseconds. */
    private static final int FOR_MS = 5_000;
    private static final Point ORIGIN = new Point(0, 0);

    /** Each watched window's place. */
    private final Map<Window, Rectangle> places = new LinkedHashMap<>();
    /** Until when each window is watched, {@link System#nanoTime()}. */
    private final Map<Window, Long> until = new LinkedHashMap<>();
    private final Timer timer = new Timer(EVERY_MS, e -> look());

    private WindowPlacement() {
    }

    /**
     * Starts looking at {@code places} (each window and its bounds), now and each time one of them is shown again;
     * call on Swing's thread.
     */
    static void keep(Map<Window, Rectangle> places) {
        WindowPlacement p = new WindowPlacement();
        places.forEach((w, at) -> {
            if (!at.getLocation().equals(ORIGIN)) {
                p.places.put(w, new Rectangle(at));
                p.watch(w);
                w.addComponentListener(new ComponentAdapter() {
                    @Override
                    public void componentShown(ComponentEvent e) {
                        p.watch(w);
                    }
                });
            }
        });
    }

    /** Watches {@code w} for the next few seconds. */
    private void watch(Window w) {
        until.put(w, System.nanoTime() + FOR_MS * 1_000_000L);
        if (!timer.isRunning()) {
            timer.start();
        }
    }

    private void look() {
        long now = System.nanoTime();
        until.entrySet().removeIf(e -> now > e.getValue());
        until.keySet().forEach(w -> {
            if (w.isShowing() && w.getLocation().equals(ORIGIN)) {
                w.setBounds(places.get(w));
            }
        });
        if (until.isEmpty()) {
            timer.stop();
        }
    }
}
