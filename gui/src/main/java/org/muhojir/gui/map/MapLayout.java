package org.muhojir.gui.map;

import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * Where everything sits on the flow map, in map units (the map is {@link #WIDTH} x {@link #HEIGHT} units; the
 * display scales them to pixels). Two equirectangular projections share the canvas: the world strip from New York
 * to Seoul on top, and below it Tajikistan enlarged, so its five regions can be told apart. A flow band runs from a
 * region's point in the enlargement to its destination's point in the world strip.
 */
public final class MapLayout {
    /** Width of the map, map units. */
    public static final double WIDTH = 1000;
    /** Height of the map, map units. */
    public static final double HEIGHT = 540;
    /** Radius of the region with the most households, map units. */
    public static final double MAX_REGION_RADIUS = 24;
    private static final double MARGIN = 20;
    /** How far above the enlargement a band's curve is pulled, map units. */
    static final double ROUTE_LIFT = 70;

    private final Projection world = Projection.fitWidth(-82, 134, 18, 62, MARGIN, 42, WIDTH - 2 * MARGIN);
    private final Projection tajikistan;
    private final Rectangle2D.Double legend;

    public MapLayout() {
        double insetWidth = 440;
        double west = 67.0;
        double east = 75.5;
        double centre = world.project(38.8, (west + east) / 2).x;
        double left = Math.min(WIDTH - MARGIN - insetWidth, centre - insetWidth / 2);
        double top = world.bounds().getMaxY() + 30;
        tajikistan = Projection.fitWidth(west, east, 36.4, 41.3, left, top, insetWidth);
        legend = new Rectangle2D.Double(MARGIN, top, left - 2 * MARGIN, HEIGHT - top - 8);
    }

    /** The world strip's projection. */
    public Projection world() {
        return world;
    }

    /** The enlarged Tajikistan's projection. */
    public Projection tajikistan() {
        return tajikistan;
    }

    /** How many times Tajikistan is enlarged relative to the world strip. */
    public double enlargement() {
        return tajikistan.unitsPerDeg() / world.unitsPerDeg();
    }

    /** Where a region is drawn (in the enlargement). */
    public Point2D.Double point(Region r) {
        return tajikistan.project(Geography.of(r));
    }

    /**
     * The path of the band from region {@code r} to destination {@code d}: a curve that leaves the enlargement
     * upwards (its control point {@link #ROUTE_LIFT} units above the enlargement's top, straight above the region)
     * and bends towards the destination, so bands stay above the legend and clear of the enlargement's title.
     */
    public Shape route(Region r, Destination d) {
        Point2D.Double from = point(r);
        Point2D.Double to = point(d);
        return new QuadCurve2D.Double(from.x, from.y, from.x, tajikistan.bounds().y - ROUTE_LIFT, to.x, to.y);
    }

    /** Every band's path, region by region and destination by destination. */
    public List<Shape> routes() {
        List<Shape> all = new ArrayList<>();
        for (Region r : Region.values()) {
            for (Destination d : Destination.values()) {
                all.add(route(r, d));
            }
        }
        return all;
    }

    /** Where a destination is drawn (in the world strip). */
    public Point2D.Double point(Destination d) {
        return world.project(Geography.of(d));
    }

    /**
     * Radius of a region's circle: its area is proportional to its households, the largest region having
     * {@link #MAX_REGION_RADIUS}; 0 when the region or the largest has no households.
     */
    public static double regionRadius(double households, double largestHouseholds) {
        if (!(households > 0) || !(largestHouseholds > 0)) {
            return 0;
        }
        return MAX_REGION_RADIUS * Math.sqrt(households / largestHouseholds);
    }

    /** Tajikistan's extent on the world strip (the small box the enlargement is drawn from). */
    public Rectangle2D.Double tajikistanOnWorld() {
        Point2D.Double nw = world.project(Geography.TAJIKISTAN_NORTH, Geography.TAJIKISTAN_WEST);
        Point2D.Double se = world.project(Geography.TAJIKISTAN_SOUTH, Geography.TAJIKISTAN_EAST);
        return new Rectangle2D.Double(nw.x, nw.y, se.x - nw.x, se.y - nw.y);
    }

    /** The box the legend is drawn in. */
    public Rectangle2D.Double legend() {
        return legend;
    }
}
