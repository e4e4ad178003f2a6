package org.muhojir.gui.map;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * The equirectangular (plate carrée) projection of a latitude-longitude window onto a rectangle of the map: x grows
 * with longitude and y with southing, both at the same number of map units per degree, so shapes near the equator
 * keep their proportions and parallels and meridians are straight lines.
 *
 * @param west        longitude at the left edge, degrees east
 * @param north       latitude at the top edge, degrees north
 * @param unitsPerDeg map units per degree of latitude or longitude (more than 0)
 * @param left        x of the left edge, map units
 * @param top         y of the top edge, map units
 * @param east        longitude at the right edge, degrees east (more than {@code west})
 * @param south       latitude at the bottom edge, degrees north (less than {@code north})
 */
public record Projection(double west, double north, double unitsPerDeg, double left, double top, double east,
                         double south) {
    public Projection {
        if (!(east > west) || !(north > south) || !(unitsPerDeg > 0)) {
            throw new IllegalArgumentException("a projection needs east > west, north > south and a positive scale, "
                    + "had west " + west + ", east " + east + ", south " + south + ", north " + north + ", scale "
                    + unitsPerDeg);
        }
    }

    /** The window {@code west..east} x {@code south..north} degrees, scaled to fit {@code width} map units. */
    public static Projection fitWidth(double west, double east, double south, double north, double left, double top,
                                      double width) {
        return new Projection(west, north, width / (east - west), left, top, east, south);
    }

    /** The map point of a latitude and longitude (degrees), map units. */
    public Point2D.Double project(double latitude, double longitude) {
        return new Point2D.Double(left + (longitude - west) * unitsPerDeg, top + (north - latitude) * unitsPerDeg);
    }

    /** The map point of a place. */
    public Point2D.Double project(GeoPoint p) {
        return project(p.latitude(), p.longitude());
    }

    /** The rectangle the window covers, map units. */
    public Rectangle2D.Double bounds() {
        return new Rectangle2D.Double(left, top, (east - west) * unitsPerDeg, (north - south) * unitsPerDeg);
    }

    /** Whether a place lies inside the window. */
    public boolean contains(GeoPoint p) {
        return p.longitude() >= west && p.longitude() <= east && p.latitude() >= south && p.latitude() <= north;
    }
}
