package io.slotwise.resources.adapter.out.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The gazetteer's 33,791 ZIP code tabulation areas as three parallel sorted arrays (about
 * 0.7 MB): a binary search per lookup, no objects per row. Parsed by hand from the
 * pipe-separated file because a split/regex parse costs several times more.
 */
final class ZctaTable {

	private final int[] zips;

	private final double[] latitudes;

	private final double[] longitudes;

	private ZctaTable(int[] zips, double[] latitudes, double[] longitudes) {
		this.zips = zips;
		this.latitudes = latitudes;
		this.longitudes = longitudes;
	}

	static ZctaTable load(String resource) {
		try (InputStream in = ZctaTable.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Gazetteer " + resource + " is not on the classpath");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read gazetteer " + resource, ex);
		}
	}

	static ZctaTable parse(String text) {
		int capacity = 40_000;
		int[] zips = new int[capacity];
		double[] lats = new double[capacity];
		double[] lons = new double[capacity];
		int count = 0;
		// Skip the header line: GEOID|GEOIDFQ|ALAND|...|INTPTLAT|INTPTLONG
		int line = text.indexOf('\n') + 1;
		while (line < text.length()) {
			int end = text.indexOf('\n', line);
			if (end < 0) {
				end = text.length();
			}
			if (end - line > 5) {
				int lonStart = text.lastIndexOf('|', end - 1) + 1;
				int latStart = text.lastIndexOf('|', lonStart - 2) + 1;
				if (count == zips.length) {
					zips = Arrays.copyOf(zips, count * 2);
					lats = Arrays.copyOf(lats, count * 2);
					lons = Arrays.copyOf(lons, count * 2);
				}
				zips[count] = Integer.parseInt(text, line, line + 5, 10);
				lats[count] = Double.parseDouble(text.substring(latStart, lonStart - 1));
				lons[count] = Double.parseDouble(text.substring(lonStart, end).strip());
				count++;
			}
			line = end + 1;
		}
		int[] order = sortedOrder(zips, count);
		int[] sortedZips = new int[count];
		double[] sortedLats = new double[count];
		double[] sortedLons = new double[count];
		for (int i = 0; i < count; i++) {
			sortedZips[i] = zips[order[i]];
			sortedLats[i] = lats[order[i]];
			sortedLons[i] = lons[order[i]];
		}
		return new ZctaTable(sortedZips, sortedLats, sortedLons);
	}

	// The Census file is sorted today; sorting anyway keeps binary search correct if a
	// future vintage is not.
	private static int[] sortedOrder(int[] zips, int count) {
		return java.util.stream.IntStream.range(0, count)
			.boxed()
			.sorted(java.util.Comparator.comparingInt((Integer i) -> zips[i]))
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** Row index of the ZIP, or a negative number when absent. */
	int indexOf(int zip) {
		return Arrays.binarySearch(this.zips, zip);
	}

	int size() {
		return this.zips.length;
	}

	int zip(int index) {
		return this.zips[index];
	}

	double latitude(int index) {
		return this.latitudes[index];
	}

	double longitude(int index) {
		return this.longitudes[index];
	}

}
