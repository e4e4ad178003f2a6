package org.muhojir.gui.map;

/**
 * A place on Earth.
 *
 * @param name      what the map labels it
 * @param latitude  degrees north (negative south), -90..90
 * @param longitude degrees east (negative west), -180..180
 */
public record GeoPoint(String name, double latitude, double longitude) {
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("latitude must be in -90..90 and longitude in -180..180, were "
                    + latitude + " and " + longitude + " for " + name);
        }
    }
}
