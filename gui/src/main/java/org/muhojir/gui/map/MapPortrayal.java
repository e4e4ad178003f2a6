package org.muhojir.gui.map;

import java.awt.Graphics2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The flow map as a MASON field portrayal, so a {@link sim.display.Display2D} shows it with its zoom, snapshot
 * and movie tools. It draws the latest {@link MapSnapshot} handed to it by {@link #show}; the display calls
 * {@link #draw} while holding the schedule's lock, and {@link #show} is called from the model's thread, so the
 * snapshot is read and replaced atomically.
 */
public final class MapPortrayal extends FieldPortrayal2D {
    private final MapPainter painter;
    private volatile Shown shown;

    private record Shown(MapSnapshot snapshot, FlowStyle style) { }

    public MapPortrayal(MapLayout layout, MapSnapshot initial, FlowStyle style) {
        this.painter = new MapPainter(layout);
        this.shown = new Shown(initial, style);
    }

    /** Makes the display draw {@code snapshot} at {@code style}'s band scale from now on. */
    public void show(MapSnapshot snapshot, FlowStyle style) {
        shown = new Shown(snapshot, style);
    }

    /** The snapshot drawn now. */
    public MapSnapshot snapshot() {
        return shown.snapshot();
    }

    /** The band scale drawn now. */
    public FlowStyle style() {
        return shown.style();
    }

    @Override
    public void draw(Object field, Graphics2D graphics, DrawInfo2D info) {
        Shown now = shown;
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.translate(info.draw.x, info.draw.y);
            g.scale(info.draw.width / MapLayout.WIDTH, info.draw.height / MapLayout.HEIGHT);
            painter.paint(g, now.snapshot(), now.style());
        } finally {
            g.dispose();
        }
    }
}
