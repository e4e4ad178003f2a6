package org.muhojir.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class ProjectionTest {
    // The world strip: 216 degrees of longitude (-82..134) over 960 units = 4.4444 units a degree.
    private final Projection world = Projection.fitWidth(-82, 134, 18, 62, 20, 42, 960);

    @Test
    void moscowLandsWhereTheEquirectangularFormulaPutsIt() {
        Point2D.Double p = world.project(55.76, 37.62);
        // x = 20 + (37.62 + 82) * 960 / 216 = 20 + 119.62 * 4.4444 = 551.64
        // y = 42 + (62 - 55.76) * 4.4444 = 42 + 27.733 = 69.73
        assertEquals(551.644, p.x, 1e-3);
        assertEquals(69.733, p.y, 1e-3);
    }

    @Test
    void aDegreeIsAsLongNorthSouthAsEastWest() {
        Point2D.Double a = world.project(40, 60);
        Point2D.Double east = world.project(40, 61);
        Point2D.Double south = world.project(39, 60);
        assertEquals(east.x - a.x, south.y - a.y, 1e-9);
    }

    @Test
    void theWindowsCornersAreTheBoundsCorners() {
        Point2D.Double nw = world.project(62, -82);
        Point2D.Double se = world.project(18, 134);
        assertEquals(20, nw.x, 1e-9);
        assertEquals(42, nw.y, 1e-9);
        assertEquals(world.bounds().getMaxX(), se.x, 1e-9);
        assertEquals(world.bounds().getMaxY(), se.y, 1e-9);
        // 44 degrees of latitude at 4.4444 units a degree
        assertEquals(44 * 960 / 216.0, world.bounds().height, 1e-9);
    }

    @Test
    void knowsWhatIsInside() {
        assertTrue(world.contains(new GeoPoint("Dubai", 25.2, 55.27)));
        assertFalse(world.contains(new GeoPoint("Sydney", -33.87, 151.21)));
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThrows(IllegalArgumentException.class, () -> Projection.fitWidth(10, 10, 0, 1, 0, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint("nowhere", 95, 0));
    }
}
