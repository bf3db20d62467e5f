package io.slotwise.resources.domain;

import io.slotwise.resources.Distance;
import io.slotwise.resources.GeoPoint;

/**
 * A latitude/longitude box that contains every point within a radius of a centre, so an
 * index can cut candidates before exact great-circle distances are computed.
 *
 * @param minLatitude south edge
 * @param maxLatitude north edge
 * @param minLongitude west edge
 * @param maxLongitude east edge
 */
public record BoundingBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

	/** Kilometres per degree of latitude, rounded down so the box is never too small. */
	private static final double KM_PER_DEGREE = 110.5;

	public static BoundingBox around(GeoPoint centre, Distance radius) {
		double dLat = radius.kilometres() / KM_PER_DEGREE;
		double minLat = Math.max(-90, centre.latitude() - dLat);
		double maxLat = Math.min(90, centre.latitude() + dLat);
		double widest = Math.max(Math.abs(minLat), Math.abs(maxLat));
		double cos = Math.cos(Math.toRadians(widest));
		double dLon = cos < 1e-6 ? 360 : radius.kilometres() / (KM_PER_DEGREE * cos);
		double minLon = centre.longitude() - dLon;
		double maxLon = centre.longitude() + dLon;
		if (minLon < -180 || maxLon > 180) {
			// Crossing the antimeridian (Aleutians, Guam): give up the longitude cut.
			minLon = -180;
			maxLon = 180;
		}
		return new BoundingBox(minLat, maxLat, minLon, maxLon);
	}

}
