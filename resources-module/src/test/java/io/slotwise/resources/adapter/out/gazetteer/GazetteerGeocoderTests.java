package io.slotwise.resources.adapter.out.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.slotwise.resources.CatalogError;
import io.slotwise.resources.Distance;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.Geocoder.Located;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped Census gazetteer answers known ZIP codes with known distances.
 */
class GazetteerGeocoderTests {

	static final GazetteerGeocoder geocoder = new GazetteerGeocoder();

	static GeoPoint point(String zip) {
		return ((Located) geocoder.locate(zip)).point();
	}

	@Test
	void locatesZipCodesAtTheirCensusPoint() {
		assertThat(geocoder.locate("10001")).isEqualTo(new Located("10001", new GeoPoint(40.750649, -73.997298)));
		assertThat(geocoder.locate("00601")).isInstanceOf(Located.class);
		assertThat(geocoder.table().size()).isEqualTo(33_791);
	}

	@Test
	void measuresKnownDistances() {
		Distance newYorkToSanFrancisco = point("10001").distanceTo(point("94105"));
		assertThat(newYorkToSanFrancisco.kilometres()).isCloseTo(4_130, offset(10.0));
		assertThat(newYorkToSanFrancisco.miles()).isCloseTo(2_566, offset(7.0));
		assertThat(point("60601").distanceTo(point("10001")).kilometres()).isCloseTo(1_145, offset(10.0));
		assertThat(point("90012").distanceTo(point("94105")).kilometres()).isCloseTo(559, offset(10.0));
		assertThat(point("94105").distanceTo(point("10001"))).isEqualTo(newYorkToSanFrancisco);
	}

	/** ZIP+4 and spaces around cost nothing to accept: the five digits are located. */
	@ParameterizedTest
	@ValueSource(strings = { "10001-1234", " 10001", "10001 ", " 10001-1234 " })
	void zipPlusFourAndSurroundingSpacesAreAccepted(String zip) {
		assertThat(geocoder.locate(zip)).isEqualTo(geocoder.locate("10001"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ABCDE", "123", "", "100011", "10001-12", "10001 1234", "1000-11234" })
	void malformedZipIsAValidationError(String zip) {
		assertThat(geocoder.locate(zip)).isEqualTo(new Geocoder.Rejected(zip, CatalogError.Code.INVALID_ZIP));
	}

	@Test
	void nullZipIsAValidationError() {
		assertThat(geocoder.locate(null)).isEqualTo(new Geocoder.Rejected(null, CatalogError.Code.INVALID_ZIP));
	}

	@ParameterizedTest
	@ValueSource(strings = { "00000", "99999", "20252" })
	void wellFormedButUnknownZipIsUnknown(String zip) {
		assertThat(geocoder.locate(zip)).isEqualTo(new Geocoder.Rejected(zip, CatalogError.Code.UNKNOWN_ZIP));
	}

	@Test
	void findsZipCodesWithinARadiusNearestFirst() {
		var near = geocoder.within(point("10001"), Distance.ofMiles(2));
		assertThat(near.get(0).zip()).isEqualTo("10001");
		assertThat(near).extracting(Located::zip).contains("10011", "10018").doesNotContain("94105");
		assertThat(near).allSatisfy(
				(located) -> assertThat(point("10001").distanceTo(located.point()).miles()).isLessThanOrEqualTo(2));
	}

}
