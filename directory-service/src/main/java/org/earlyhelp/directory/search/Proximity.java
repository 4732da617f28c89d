package org.earlyhelp.directory.search;

/**
 * A point to search around (a postcode's centroid) and, optionally, how far from it a location
 * may be. Without a radius results are only ordered by distance and limited to services whose
 * areas cover the postcode's district (or that name no area), as ORUK describes for a postcode.
 */
public record Proximity(double latitude, double longitude, String district, Integer metres) {

    static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final double METRES_PER_DEGREE_LATITUDE = Math.PI * EARTH_RADIUS_METRES / 180;

    /** Half the height of the bounding box that holds the circle, in degrees. */
    double latitudeSpan() {
        return metres / METRES_PER_DEGREE_LATITUDE;
    }

    /** Half the width of the bounding box, in degrees: wider away from the equator. */
    double longitudeSpan() {
        double cos = Math.cos(Math.toRadians(Math.min(89.0, Math.abs(latitude) + latitudeSpan())));
        return Math.min(180, metres / (METRES_PER_DEGREE_LATITUDE * cos));
    }
}
