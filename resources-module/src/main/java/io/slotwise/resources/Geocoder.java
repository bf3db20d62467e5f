package io.slotwise.resources;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns US ZIP codes into coordinates offline, from the Census ZCTA gazetteer shipped
 * with the module.
 */
public interface Geocoder {

	/** Five digits: the stored form; input may also be ZIP+4 (see {@link #zip}). */
	Pattern ZIP_FORMAT = Pattern.compile("[0-9]{5}");

	/** What people type: five digits, optionally +4, with spaces around. */
	Pattern ZIP_INPUT = Pattern.compile("\\s*([0-9]{5})(?:-[0-9]{4})?\\s*");

	/**
	 * The five-digit ZIP of what a user typed: {@code " 10001-1234 "} is {@code 10001}
	 * (the +4 part names a delivery route, which no distance here depends on). Anything
	 * else is returned as given, for the format check to refuse with the user's text.
	 */
	static @Nullable String zip(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		java.util.regex.Matcher matcher = ZIP_INPUT.matcher(typed);
		return matcher.matches() ? matcher.group(1) : typed;
	}

	/**
	 * @param zip the text a user typed
	 * @return where the ZIP is, or why it cannot be located
	 */
	Geocoded locate(@Nullable String zip);

	/** ZIP codes whose point lies within the radius of the centre, nearest first. */
	List<Located> within(GeoPoint centre, Distance radius);

	/** The outcome of geocoding one ZIP code. */
	sealed interface Geocoded permits Located, Rejected {

	}

	/**
	 * @param zip the five-digit ZIP
	 * @param point its Census internal point
	 */
	record Located(String zip, GeoPoint point) implements Geocoded {

	}

	/**
	 * @param zip the input as given
	 * @param reason why it cannot be located
	 */
	record Rejected(@Nullable String zip, CatalogError.Code reason) implements Geocoded {

		public String message() {
			return this.reason == CatalogError.Code.INVALID_ZIP ? "'" + this.zip + "' is not a five-digit ZIP code"
					: "ZIP code " + this.zip + " is not known";
		}

		/** The refusal as the module's error, blaming the {@code zip} input. */
		public CatalogError error() {
			return new CatalogError(this.reason, message(), "zip");
		}

	}

}
