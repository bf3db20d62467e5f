package io.slotwise.resources;

/**
 * A point on the Earth in decimal degrees (WGS 84).
 *
 * @param latitude -90 to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

	/** Mean Earth radius (IUGG), the usual choice for great-circle distances. */
	static final double EARTH_RADIUS_KM = 6371.0088;

	public GeoPoint {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("Not a coordinate: " + latitude + ", " + longitude);
		}
	}

	/**
	 * Great-circle distance by the haversine formula, which stays accurate for short
	 * distances (unlike the spherical law of cosines).
	 */
	public Distance distanceTo(GeoPoint other) {
		double lat1 = Math.toRadians(this.latitude);
		double lat2 = Math.toRadians(other.latitude);
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(other.longitude - this.longitude);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return Distance.ofKilometres(2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))));
	}

}
