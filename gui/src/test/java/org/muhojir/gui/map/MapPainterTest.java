package org.muhojir.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/** Draws the map into an image, without a screen, and reads pixels back. */
class MapPainterTest {
    private final MapLayout layout = new MapLayout();

    private BufferedImage draw(MapSnapshot s) {
        BufferedImage img = new BufferedImage((int) MapLayout.WIDTH, (int) MapLayout.HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new MapPainter(layout).paint(g, s, new FlowStyle(10));
        g.dispose();
        return img;
    }

    private static Color at(BufferedImage img, Point2D.Double p) {
        return new Color(img.getRGB((int) Math.round(p.x), (int) Math.round(p.y)));
    }

    @Test
    void regionsAreShadedByTheirPovertyRate() {
        double[] poverty = {0.05, 0.15, 0.30, 0.45, 0.60};
        MapSnapshot s = new MapSnapshot("test", YearMonth.of(2024, 3), FlowStocks.of(FlowStocksTest.sample()),
                poverty, 0.25, List.of());
        BufferedImage img = draw(s);
        // Khatlon (30%) and GBAO (60%) have households: their circles' centres take the ramp's colour exactly
        assertEquals(ColourRamp.POVERTY.at(0.30), at(img, layout.point(Region.KHATLON)));
        assertEquals(ColourRamp.POVERTY.at(0.60), at(img, layout.point(Region.GBAO)));
    }

    @Test
    void aFlowIsDrawnAsABandInItsColourAndNoFlowLeavesTheSeaBlank() {
        MapSnapshot s = new MapSnapshot("test", YearMonth.of(2024, 3), FlowStocks.of(FlowStocksTest.sample()),
                new double[Region.COUNT], 0, List.of());
        BufferedImage img = draw(s);
        // the Khatlon-Russia band (300 persons at 10 a unit: 30 units wide), at the middle of its course
        Point2D.Double a = layout.point(Region.KHATLON);
        java.awt.geom.QuadCurve2D.Double route = (java.awt.geom.QuadCurve2D.Double) layout.route(Region.KHATLON,
                Destination.RUSSIA);
        Point2D.Double middle = new Point2D.Double(0.25 * route.x1 + 0.5 * route.ctrlx + 0.25 * route.x2,
                0.25 * route.y1 + 0.5 * route.ctrly + 0.25 * route.y2); // the curve at its middle (t = 1/2)
        Color band = at(img, middle);
        Color under = at(draw(MapSnapshot.beforeStart("test")), middle); // the same pixel without flows
        Color expected = ColourRamp.WITHOUT_STATUS.at(2.0 / 3); // two of three without papers
        double alpha = 215 / 255.0; // bands are slightly transparent, so crossings stay visible
        assertEquals(expected.getRed() * alpha + under.getRed() * (1 - alpha), band.getRed(), 2);
        assertEquals(expected.getGreen() * alpha + under.getGreen() * (1 - alpha), band.getGreen(), 2);
        assertEquals(expected.getBlue() * alpha + under.getBlue() * (1 - alpha), band.getBlue(), 2);
        // nobody from Khatlon is in the USA: halfway to New York is still sea (or grid)
        Point2D.Double usa = layout.point(Destination.USA);
        Color empty = at(img, new Point2D.Double((a.x + usa.x) / 2, layout.world().bounds().getMaxY() - 30));
        assertNotEquals(expected, empty);
    }

    /**
     * Before a run starts the bands' scale is a placeholder that the run's largest flow replaces, so the legend gives
     * its bands no numbers then: the text beside the first band is blank before the start and written after it.
     */
    @Test
    void theLegendNumbersItsBandsOnlyOnceThereAreFlows() {
        MapSnapshot running = new MapSnapshot("test", YearMonth.of(2024, 3), FlowStocks.of(FlowStocksTest.sample()),
                new double[Region.COUNT], 0, List.of());
        assertEquals(0, inkBesideFirstBand(draw(MapSnapshot.beforeStart("test"))));
        assertNotEquals(0, inkBesideFirstBand(draw(running)));
    }

    /** Pixels not of the legend's background where the first band's number is written ("20 migrants" at 10 a unit). */
    private int inkBesideFirstBand(BufferedImage img) {
        java.awt.geom.Rectangle2D.Double b = layout.legend();
        int x = (int) b.x + 10 + 100;
        int baseline = (int) b.y + 18 + 18 + 14; // the title, the band's line, then the first band (2 units wide)
        int ink = 0;
        for (int px = x; px < x + 80; px++) {
            for (int py = baseline - 9; py < baseline; py++) {
                ink += img.getRGB(px, py) == new Color(0xf7f7f7).getRGB() ? 0 : 1;
            }
        }
        return ink;
    }

    @Test
    void beforeTheRunTheRegionsAreUnshaded() {
        BufferedImage img = draw(MapSnapshot.beforeStart("test"));
        assertEquals(MapPainter.LAND, at(img, layout.point(Region.KHATLON)));
    }

    @Test
    void aShockInForceIsNamedWithoutItsDetails() {
        assertEquals("russia-crackdown-2024: ban policy in Russia", MapPainter.brief("the world's "
                + "event russia-crackdown-2024: ban policy in Russia (bans of 60 months, expulsions 1% a month of "
                + "irregular migrants)"));
        assertEquals("RUB per USD x2", MapPainter.brief("RUB per USD x2 (RUB loses 50% of its value against the "
                + "dollar)"));
        assertEquals("border closed: Russia", MapPainter.brief("border closed: Russia"));
    }

    @Test
    void numbersAreShortAndReadable() {
        assertEquals("950", MapPainter.persons(950));
        assertEquals("9.0 k", MapPainter.persons(9_000));
        assertEquals("38 k", MapPainter.persons(38_400));
        assertEquals("1.02 M", MapPainter.persons(1_020_000));
        assertEquals("22%", MapPainter.percent(0.22));
        assertEquals("-", MapPainter.percent(Double.NaN));
    }
}
