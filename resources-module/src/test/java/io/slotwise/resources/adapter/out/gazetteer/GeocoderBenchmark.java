package io.slotwise.resources.adapter.out.gazetteer;

import java.util.Arrays;
import java.util.Random;

import io.slotwise.resources.Distance;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.Geocoder;

/**
 * Prints the gazetteer's load time (cold, then warm) and the cost of a lookup, a distance
 * and a radius scan. Not a test: run it on purpose (see the module's README.md).
 */
public final class GeocoderBenchmark {

	private GeocoderBenchmark() {
	}

	public static void main(String[] args) {
		long cold = System.nanoTime();
		ZctaTable table = ZctaTable.load(GazetteerGeocoder.RESOURCE);
		System.out.printf("cold load: %d ZCTAs in %.1f ms%n", table.size(), (System.nanoTime() - cold) / 1e6);
		long[] loads = new long[20];
		for (int i = 0; i < loads.length; i++) {
			long started = System.nanoTime();
			ZctaTable.load(GazetteerGeocoder.RESOURCE);
			loads[i] = System.nanoTime() - started;
		}
		Arrays.sort(loads);
		System.out.printf("warm load: p50 %.1f ms, min %.1f ms%n", loads[loads.length / 2] / 1e6, loads[0] / 1e6);

		GazetteerGeocoder geocoder = new GazetteerGeocoder();
		String[] zips = new String[table.size()];
		for (int i = 0; i < zips.length; i++) {
			zips[i] = "%05d".formatted(table.zip(i));
		}
		Random random = new Random(42);
		int rounds = 1_000_000;
		long[] lookups = new long[rounds];
		GeoPoint previous = new GeoPoint(40.75, -74);
		double checksum = 0;
		long all = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			String zip = (i % 10 == 0) ? "%05d".formatted(random.nextInt(100_000)) : zips[random.nextInt(zips.length)];
			long started = System.nanoTime();
			Geocoder.Geocoded found = geocoder.locate(zip);
			lookups[i] = System.nanoTime() - started;
			if (found instanceof Geocoder.Located located) {
				checksum += previous.distanceTo(located.point()).kilometres();
				previous = located.point();
			}
		}
		long total = System.nanoTime() - all;
		print("locate(zip)", lookups);
		System.out.printf("lookup+distance throughput: %.0f ops/s (checksum %.0f)%n", rounds / (total / 1e9), checksum);

		long[] scans = new long[2_000];
		for (int i = 0; i < scans.length; i++) {
			Geocoder.Located centre = (Geocoder.Located) geocoder.locate(zips[random.nextInt(zips.length)]);
			long started = System.nanoTime();
			geocoder.within(centre.point(), Distance.ofMiles(10));
			scans[i] = System.nanoTime() - started;
		}
		print("within(10 miles)", scans);
	}

	static void print(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%s: p50 %.2f us, p95 %.2f us, p99 %.2f us, max %.2f us (n=%d)%n", what,
				sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.95)] / 1e3,
				sorted[(int) (sorted.length * 0.99)] / 1e3, sorted[sorted.length - 1] / 1e3, sorted.length);
	}

}
