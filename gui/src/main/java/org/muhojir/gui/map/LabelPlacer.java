package org.muhojir.gui.map;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts labels where no band runs: each label tries places around its point (beside it, then a little further), in
 * order, and takes the first that no band's path (widened by {@link #CLEARANCE} on each side) and no label placed
 * before it touches; if none is free of bands, the nearest place clear of other labels. Placed against every
 * band's path, whether it carries migrants or not, so labels never jump from month to month. A label never lies
 * nearer another {@link #marker marker} than its own (so it names the circle it sits beside, not a neighbour's),
 * unless no place is.
 */
final class LabelPlacer {
    /** Room kept between a label and the centre line of a band, map units. */
    static final double CLEARANCE = 3;

    private final List<Shape> obstacles = new ArrayList<>();
    private final List<Rectangle2D> placed = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();

    /** A point's circle: its centre as given (compared as given: a centre recomputed from a box may round off). */
    private record Marker(Point2D centre, double radius) {
        Ellipse2D circle() {
            return new Ellipse2D.Double(centre.getX() - radius, centre.getY() - radius, 2 * radius, 2 * radius);
        }
    }

    /** @param obstacles the bands' paths, {@link #widen widened} */
    LabelPlacer(List<Shape> obstacles) {
        this.obstacles.addAll(obstacles);
    }

    /** The areas within {@link #CLEARANCE} of each path. */
    static List<Shape> widen(List<Shape> routes) {
        BasicStroke widen = new BasicStroke((float) (2 * CLEARANCE));
        return routes.stream().map(widen::createStrokedShape).toList();
    }

    /** Keeps {@code box} (a legend, a title) free: later labels avoid it. */
    void reserve(Rectangle2D box) {
        placed.add(box);
    }

    /** A marker (a point's circle) that labels of other points keep away from: none lies nearer it than its own. */
    void marker(Point2D centre, double radius) {
        markers.add(new Marker((Point2D) centre.clone(), radius));
    }

    /**
     * Places a label of {@code width} x {@code height} beside a point with a marker of {@code radius}, inside
     * {@code within}: right, left, above right, below right, above left, below left, above, below; of these, only the
     * places nearer its own marker than any other {@link #marker marker} (if there are any such places).
     *
     * @return the label's box (its top-left corner and size), map units
     */
    Rectangle2D place(Point2D p, double radius, double width, double height, Rectangle2D within) {
        List<Rectangle2D> candidates = new ArrayList<>();
        for (double extra : new double[] {0, 8, 16, 26, 36}) { // next to the point first, a little further if need be
            double gap = radius + 5 + extra;
            double[][] offsets = {
                {gap, -height / 2}, {-gap - width, -height / 2},
                {gap * 0.7, -gap * 0.7 - height}, {gap * 0.7, gap * 0.7},
                {-gap * 0.7 - width, -gap * 0.7 - height}, {-gap * 0.7 - width, gap * 0.7},
                {-width / 2, -gap - height}, {-width / 2, gap},
                {-width * 0.75, -gap - height}, {-width * 0.25, -gap - height},
                {-width * 0.75, gap}, {-width * 0.25, gap},
            };
            for (double[] o : offsets) {
                Rectangle2D box = new Rectangle2D.Double(p.getX() + o[0], p.getY() + o[1], width, height);
                if (within.contains(box)) {
                    candidates.add(box);
                }
            }
        }
        List<Rectangle2D> unambiguous = candidates.stream().filter(b -> nearestMarkerIsOwn(b, p, radius)).toList();
        return choose(unambiguous.isEmpty() ? candidates : unambiguous);
    }

    /**
     * Whether {@code box} covers no other marker and its centre is nearer the edge of the marker at {@code own} (of
     * {@code radius}) than the edge of every other marker.
     */
    private boolean nearestMarkerIsOwn(Rectangle2D box, Point2D own, double radius) {
        double toOwn = own.distance(box.getCenterX(), box.getCenterY()) - radius;
        for (Marker m : markers) {
            double toOther = m.centre().distance(box.getCenterX(), box.getCenterY()) - m.radius();
            if (!m.centre().equals(own) && (m.circle().intersects(box) || toOther <= toOwn)) {
                return false;
            }
        }
        return true;
    }

    /** Takes the first free box of {@code candidates} (or the least crossed) and keeps later labels off it. */
    Rectangle2D choose(List<Rectangle2D> candidates) {
        Rectangle2D chosen = candidates.stream().filter(b -> crossings(b) == 0).findFirst()
                // no place is free of bands: the first (nearest) place clear of other labels, or the least crossed
                .or(() -> candidates.stream().filter(b -> !touchesPlaced(b)).findFirst())
                .orElseGet(() -> candidates.stream().min(java.util.Comparator.comparingInt(this::crossings))
                        .orElseThrow());
        placed.add(chosen);
        return chosen;
    }

    private boolean touchesPlaced(Rectangle2D box) {
        return placed.stream().anyMatch(box::intersects);
    }

    /** Whether a band's path (widened) touches {@code box}. */
    boolean crossesBand(Rectangle2D box) {
        return obstacles.stream().anyMatch(s -> s.intersects(box));
    }

    /** How many bands and labels placed before {@code box} touches; 0 if it is free. */
    int crossings(Rectangle2D box) {
        int n = 0;
        for (Shape s : obstacles) {
            if (s.intersects(box)) {
                n++;
            }
        }
        for (Rectangle2D other : placed) {
            if (other.intersects(box)) {
                n++;
            }
        }
        return n;
    }
}
