package io.slotwise.resources.application.seeding;

import java.time.ZoneId;
import java.util.List;

/**
 * A metro area the demo network is built in: real ZIP codes around a real centre.
 *
 * @param centreZip ZIP at the centre
 * @param radiusKm how far from the centre locations may be
 * @param state USPS state code of the ZIPs used
 * @param zipPrefixes three-digit ZIP prefixes of that state in the metro (keeps the state
 * right)
 * @param spanishShare share of practitioners who also speak Spanish
 */
record Metro(String name, String centreZip, double radiusKm, String state, List<String> zipPrefixes, ZoneId zone,
		double spanishShare) {

	/** In the order they are used: the demo takes the first four. */
	static final List<Metro> ALL = List.of(
			new Metro("New York", "10001", 20, "NY",
					List.of("100", "101", "102", "103", "104", "110", "111", "112", "113", "114", "116"),
					ZoneId.of("America/New_York"), 0.3),
			new Metro("San Francisco", "94105", 40, "CA",
					List.of("940", "941", "944", "945", "946", "947", "949", "950", "951"),
					ZoneId.of("America/Los_Angeles"), 0.3),
			new Metro("Chicago", "60601", 30, "IL", List.of("600", "601", "604", "605", "606", "607", "608"),
					ZoneId.of("America/Chicago"), 0.25),
			new Metro("Phoenix", "85004", 35, "AZ", List.of("850", "852", "853"), ZoneId.of("America/Phoenix"), 0.45),
			new Metro("Los Angeles", "90012", 35, "CA",
					List.of("900", "902", "903", "904", "905", "906", "907", "908", "910", "911", "912", "913", "914",
							"915", "916", "917", "918"),
					ZoneId.of("America/Los_Angeles"), 0.5),
			new Metro("Houston", "77002", 35, "TX", List.of("770", "772", "773", "774", "775"),
					ZoneId.of("America/Chicago"), 0.45),
			new Metro("Boston", "02108", 30, "MA", List.of("017", "018", "019", "020", "021", "022", "023", "024"),
					ZoneId.of("America/New_York"), 0.15),
			new Metro("Denver", "80202", 30, "CO", List.of("800", "801", "802", "803", "804"),
					ZoneId.of("America/Denver"), 0.25),
			new Metro("Seattle", "98101", 35, "WA", List.of("980", "981", "983", "984"),
					ZoneId.of("America/Los_Angeles"), 0.15),
			new Metro("Atlanta", "30303", 35, "GA", List.of("300", "301", "302", "303", "311"),
					ZoneId.of("America/New_York"), 0.15),
			new Metro("Miami", "33131", 35, "FL", List.of("330", "331", "332", "333"), ZoneId.of("America/New_York"),
					0.6),
			new Metro("Dallas", "75201", 35, "TX", List.of("750", "751", "752", "753", "760", "761"),
					ZoneId.of("America/Chicago"), 0.4));

}
