package org.muhojir.gui.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Country outlines for the map: Natural Earth's 1:50m countries (public domain), cut to the two parts of the map
 * and simplified, read from {@code borders.txt} beside this class (licence and provenance in
 * {@code NATURAL-EARTH.txt}; made by {@code gui/tools/make_borders.py}).
 */
public final class Borders {
    /** The part of the map a ring is drawn in. */
    public enum Part { WORLD, INSET }

    /**
     * One closed outline of a country (a mainland or an island), in degrees.
     *
     * @param part      where it is drawn
     * @param country   the country's English name in Natural Earth
     * @param longitude degrees east, one per point
     * @param latitude  degrees north, one per point
     */
    public record Ring(Part part, String country, double[] longitude, double[] latitude) {
        public Ring {
            if (longitude.length != latitude.length || longitude.length < 3) {
                throw new IllegalArgumentException("a ring needs three or more points, each with both coordinates");
            }
        }
    }

    private static final String FILE = "borders.txt";

    private Borders() {
    }

    /** Every ring of the shipped file, in its order. */
    public static List<Ring> load() {
        try (InputStream in = Borders.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing beside " + Borders.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /** Reads lines {@code part|country|lon,lat lon,lat ...}; lines starting with # are comments. */
    static List<Ring> parse(List<String> lines) {
        List<Ring> rings = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\|");
            if (fields.length != 3) {
                throw new IllegalArgumentException(FILE + " line " + (n + 1) + ": expected part|country|points");
            }
            String[] points = fields[2].split(" ");
            double[] lon = new double[points.length];
            double[] lat = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                String[] xy = points[i].split(",");
                lon[i] = Double.parseDouble(xy[0]);
                lat[i] = Double.parseDouble(xy[1]);
            }
            rings.add(new Ring(Part.valueOf(fields[0].toUpperCase(java.util.Locale.ROOT)), fields[1], lon, lat));
        }
        return List.copyOf(rings);
    }
}
