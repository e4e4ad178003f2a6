package org.muhojir.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/** Bands keep off the legend, the list of shocks and every label (issue 14, item 7). */
class BandRoutesTest {
    private final MapLayout layout = new MapLayout();

    private static Shape widened(Shape route, double clearance) {
        return new BasicStroke((float) (2 * clearance)).createStrokedShape(route);
    }

    @Test
    void noBandCrossesTheLegend() {
        for (Shape route : layout.routes()) {
            assertFalse(widened(route, 1).intersects(layout.legend()), "a band crosses the legend");
        }
    }

    @Test
    void labelsKeepClearOfBandsWhereverThereIsRoomAndNoneOverlapsAnotherOrTheLegend() {
        // regions sized as in the bundled baseline (households: Khatlon largest, GBAO smallest)
        MapSnapshot s = new MapSnapshot("test", YearMonth.of(2024, 3), FlowStocks.of(FlowStocksTest.sample()),
                new double[Region.COUNT], 0, List.of());
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        MapPainter.Labels labels = new MapPainter(layout).placeLabels(g, s);
        g.dispose();
        List<Rectangle2D> boxes = labels.all();
        assertEquals(Destination.COUNT + Region.COUNT + 1, boxes.size());
        List<Rectangle2D> crossed = new java.util.ArrayList<>();
        for (Rectangle2D box : boxes) {
            for (Region r : Region.values()) {
                for (Destination d : Destination.values()) {
                    if (widened(layout.route(r, d), LabelPlacer.CLEARANCE).intersects(box) && !crossed.contains(box)) {
                        crossed.add(box);
                    }
                }
            }
            assertFalse(box.intersects(layout.legend()), "a label on the legend: " + box);
            for (Rectangle2D other : boxes) {
                assertFalse(other != box && other.intersects(box), box + " overlaps " + other);
            }
        }
        // Dubai lies inside the fan of bands to Moscow, and Sughd between the bands rising from Khatlon and the DRS,
        // so no place beside them is free of every possible band: their labels (drawn on plates, like all) are the
        // only ones a band may reach
        assertEquals(List.of(labels.destinations().get(Destination.GULF.ordinal()),
                labels.regions().get(Region.SUGHD.ordinal())), crossed);
        // the enlargement's title is clear of every band
        assertFalse(crossed.contains(labels.insetTitle()));
    }
}
