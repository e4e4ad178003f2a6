package org.muhojir.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.population.Households;
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

    @Test
    void eachRegionsLabelIsNearerItsOwnCircleThanAnyOtherAndCoversNone() {
        // circles sized as the bundled population's regions (persons of the 2020 census in tens of thousands, in
        // Region order: TajikistanDefaults.population()) and as a sample's may be, Dushanbe, Sughd and the DRS
        // larger or smaller against Khatlon
        for (int dushanbe = 70; dushanbe <= 160; dushanbe += 15) {
            for (int sughd = 200; sughd <= 350; sughd += 50) {
                for (int drs = 180; drs <= 300; drs += 40) {
                    for (double scale : new double[] {0.8, 1, 1.07, 1.3}) { // the map's scale on screen
                        assertLabelsNameTheirOwnCircles(new int[] {dushanbe, sughd, 344, drs, 23}, scale);
                    }
                }
            }
        }
    }

    private void assertLabelsNameTheirOwnCircles(int[] households, double scale) {
        Households hh = new Households(java.util.Arrays.stream(households).sum(), 1);
        int h = 0;
        for (Region r : Region.values()) {
            for (int i = 0; i < households[r.ordinal()]; i++) {
                hh.region[h++] = (byte) r.ordinal();
            }
        }
        MapSnapshot s = new MapSnapshot("test", YearMonth.of(2024, 3), FlowStocks.of(hh), new double[Region.COUNT],
                0, List.of());
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.scale(scale, scale);
        MapPainter.Labels labels = new MapPainter(layout).placeLabels(g, s);
        g.dispose();
        double largest = MapPainter.largestHouseholds(s);
        String sizes = java.util.Arrays.toString(households) + " at scale " + scale;
        for (Region own : Region.values()) {
            Rectangle2D box = labels.regions().get(own.ordinal());
            double toOwn = centreToEdge(box, own, s, largest);
            for (Region other : Region.values()) {
                if (other != own) {
                    java.awt.geom.Point2D.Double c = layout.point(other);
                    double r = MapPainter.regionRadius(s, other, largest);
                    assertFalse(new java.awt.geom.Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r).intersects(box),
                            own + "'s label covers " + other + "'s circle, households " + sizes);
                    double toOther = centreToEdge(box, other, s, largest);
                    assertTrue(toOwn < toOther, own + "'s label's centre, " + toOwn + " from its circle, is "
                            + toOther + " from " + other + "'s, households " + sizes);
                }
            }
        }
    }

    /** How far the centre of {@code box} is from the edge of region {@code r}'s circle. */
    private double centreToEdge(Rectangle2D box, Region r, MapSnapshot s, double largest) {
        return layout.point(r).distance(box.getCenterX(), box.getCenterY()) - MapPainter.regionRadius(s, r, largest);
    }
}
