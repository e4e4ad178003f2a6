package org.muhojir.gui.map;

import java.util.EnumMap;
import java.util.Map;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * Where the map puts each origin region and destination, in real coordinates (WGS84 degrees).
 *
 * <p>A region is drawn at its approximate centroid (read off a map of Tajikistan's first-level divisions, rounded
 * to a tenth of a degree; Dushanbe at the city centre). A destination is drawn at the city where most Tajik
 * migrants there live and work: Moscow, Almaty, Istanbul, Dubai (for the Gulf), Seoul, London, New York.
 */
public final class Geography {
    /** Tajikistan's extent: 36.67..41.05 N, 67.34..75.15 E. */
    public static final double TAJIKISTAN_SOUTH = 36.67;
    public static final double TAJIKISTAN_NORTH = 41.05;
    public static final double TAJIKISTAN_WEST = 67.34;
    public static final double TAJIKISTAN_EAST = 75.15;

    private static final Map<Region, GeoPoint> REGIONS = new EnumMap<>(Region.class);
    private static final Map<Destination, GeoPoint> DESTINATIONS = new EnumMap<>(Destination.class);

    static {
        REGIONS.put(Region.DUSHANBE, new GeoPoint("Dushanbe", 38.56, 68.78));
        REGIONS.put(Region.SUGHD, new GeoPoint("Sughd", 40.0, 69.4));
        REGIONS.put(Region.KHATLON, new GeoPoint("Khatlon", 37.7, 69.1));
        REGIONS.put(Region.DRS, new GeoPoint("DRS", 38.9, 70.4));
        REGIONS.put(Region.GBAO, new GeoPoint("GBAO", 38.2, 72.9));
        DESTINATIONS.put(Destination.RUSSIA, new GeoPoint("Moscow", 55.76, 37.62));
        DESTINATIONS.put(Destination.KAZAKHSTAN, new GeoPoint("Almaty", 43.24, 76.89));
        DESTINATIONS.put(Destination.TURKEY, new GeoPoint("Istanbul", 41.01, 28.98));
        DESTINATIONS.put(Destination.GULF, new GeoPoint("Dubai", 25.20, 55.27));
        DESTINATIONS.put(Destination.SOUTH_KOREA, new GeoPoint("Seoul", 37.57, 126.98));
        DESTINATIONS.put(Destination.UK, new GeoPoint("London", 51.51, -0.13));
        DESTINATIONS.put(Destination.USA, new GeoPoint("New York", 40.71, -74.01));
    }

    private Geography() {
    }

    /** The point the map draws a region at. */
    public static GeoPoint of(Region r) {
        return REGIONS.get(r);
    }

    /** The point the map draws a destination at. */
    public static GeoPoint of(Destination d) {
        return DESTINATIONS.get(d);
    }
}
