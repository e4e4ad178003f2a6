package org.muhojir.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

class MapLayoutTest {
    private final MapLayout layout = new MapLayout();

    @Test
    void everyDestinationIsOnTheWorldStripAndEveryRegionInTheEnlargement() {
        Rectangle2D.Double world = layout.world().bounds();
        Rectangle2D.Double inset = layout.tajikistan().bounds();
        for (Destination d : Destination.values()) {
            assertTrue(world.contains(layout.point(d)), d + " is off the world strip");
        }
        for (Region r : Region.values()) {
            GeoPoint g = Geography.of(r);
            assertTrue(g.latitude() > Geography.TAJIKISTAN_SOUTH && g.latitude() < Geography.TAJIKISTAN_NORTH
                    && g.longitude() > Geography.TAJIKISTAN_WEST && g.longitude() < Geography.TAJIKISTAN_EAST,
                    r + " is not in Tajikistan");
            assertTrue(inset.contains(layout.point(r)), r + " is off the enlargement");
        }
    }

    @Test
    void theMapsPartsDoNotOverlapAndFitTheCanvas() {
        Rectangle2D.Double canvas = new Rectangle2D.Double(0, 0, MapLayout.WIDTH, MapLayout.HEIGHT);
        for (Rectangle2D.Double part : List.of(layout.world().bounds(), layout.tajikistan().bounds(),
                layout.legend())) {
            assertTrue(canvas.contains(part), part + " is off the canvas");
        }
        assertFalse(layout.world().bounds().intersects(layout.tajikistan().bounds()));
        assertFalse(layout.legend().intersects(layout.tajikistan().bounds()));
        assertFalse(layout.legend().intersects(layout.world().bounds()));
    }

    @Test
    void tajikistanIsEnlargedAboutTwelveTimes() {
        // world: 960 units / 216 degrees = 4.444; enlargement: 440 units / 8.5 degrees = 51.76; ratio 11.65
        assertEquals(51.7647 / 4.4444, layout.enlargement(), 1e-3);
    }

    @Test
    void regionCirclesDoNotOverlap() {
        // households are proportional to persons over mean size; the largest region gets the largest circle
        List<Double> share = TajikistanDefaults.population().regionPopulationShare();
        double largest = share.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        for (Region a : Region.values()) {
            for (Region b : Region.values()) {
                if (a.ordinal() < b.ordinal()) {
                    Point2D.Double pa = layout.point(a);
                    Point2D.Double pb = layout.point(b);
                    double gap = pa.distance(pb) - MapLayout.regionRadius(share.get(a.ordinal()), largest)
                            - MapLayout.regionRadius(share.get(b.ordinal()), largest);
                    assertTrue(gap > 5, a + " and " + b + " overlap or touch: gap " + gap);
                }
            }
        }
    }

    @Test
    void aCirclesAreaIsProportionalToHouseholds() {
        // a quarter of the largest region's households: half its radius, 24 / 2 = 12
        assertEquals(12, MapLayout.regionRadius(25, 100), 1e-12);
        assertEquals(MapLayout.MAX_REGION_RADIUS, MapLayout.regionRadius(100, 100), 1e-12);
        assertEquals(0, MapLayout.regionRadius(0, 100), 0);
    }
}
