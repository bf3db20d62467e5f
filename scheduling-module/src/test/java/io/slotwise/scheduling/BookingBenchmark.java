package io.slotwise.scheduling;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.slotwise.resources.PractitionerId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Not a test: measures hold and confirm latency (p50/p95/p99) and confirmed bookings per
 * second against the embedded PostgreSQL and Redis, uncontended (every thread its own
 * practitioner and slots) and contended (all threads race for the same slot each round).
 * Excluded from the build (tag "benchmark"); run with
 *
 * <pre>
 * mvn -B -pl scheduling-module -am verify -DexcludedGroups= -Dtest=BookingBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
@ApplicationModuleTest
class BookingBenchmark extends SchedulingTestSupport {

	static final int THREADS = 8;

	static final int PER_THREAD = 150;

	static final int ROUNDS = 150;

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	ConfirmBooking confirm;

	@Test
	void measure() throws Exception {
		Clinic clinic = clinic(THREADS + 1, THREADS + 1, THREADS + 1);
		run(clinic, 0, 40, "warm-up", false);
		run(clinic, 20, PER_THREAD, "uncontended", true);
		contended(clinic);
	}

	private void run(Clinic clinic, int firstDay, int perThread, String label, boolean print) throws Exception {
		ConcurrentLinkedQueue<Long> holds = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> confirms = new ConcurrentLinkedQueue<>();
		AtomicInteger booked = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch gate = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(THREADS);
		for (int t = 0; t < THREADS; t++) {
			PractitionerId practitioner = clinic.practitioners.get(t);
			pool.submit(() -> {
				try {
					gate.await();
					for (int i = 0; i < perThread; i++) {
						Instant start = clinic.at(2 + firstDay + i / 20, LocalTime.of(8, 0))
							.plusSeconds(1800L * (i % 20));
						book(clinic.procedure(practitioner, start), holds, confirms, booked);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
				return null;
			});
		}
		long began = System.nanoTime();
		gate.countDown();
		done.await(10, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - began) / 1e9;
		pool.shutdown();
		if (print) {
			report(label, holds, confirms, booked.get(), seconds);
		}
	}

	private void contended(Clinic clinic) throws Exception {
		ConcurrentLinkedQueue<Long> holds = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> confirms = new ConcurrentLinkedQueue<>();
		AtomicInteger booked = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		PractitionerId practitioner = clinic.practitioners.get(THREADS);
		long began = System.nanoTime();
		for (int round = 0; round < ROUNDS; round++) {
			Instant start = clinic.at(2 + round / 20, LocalTime.of(8, 0)).plusSeconds(1800L * (round % 20));
			SlotRequest slot = clinic.procedure(practitioner, start);
			CountDownLatch gate = new CountDownLatch(1);
			List<java.util.concurrent.Future<?>> racers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				racers.add(pool.submit(() -> {
					gate.await();
					book(slot, holds, confirms, booked);
					return null;
				}));
			}
			gate.countDown();
			for (var racer : racers) {
				racer.get();
			}
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		pool.shutdown();
		report("contended (" + THREADS + " threads per slot)", holds, confirms, booked.get(), seconds);
	}

	private void book(SlotRequest slot, ConcurrentLinkedQueue<Long> holds, ConcurrentLinkedQueue<Long> confirms,
			AtomicInteger booked) {
		PatientId patient = Clinic.patient();
		long t0 = System.nanoTime();
		Outcome<HoldDetails> hold = this.holdSlot.holdSlot(patient, slot);
		long t1 = System.nanoTime();
		holds.add(t1 - t0);
		if (hold instanceof Outcome.Done<HoldDetails>(HoldDetails held)) {
			Outcome<AppointmentDetails> appointment = this.confirm.confirmBooking(patient, held.id(), Optional.empty());
			confirms.add(System.nanoTime() - t1);
			if (appointment instanceof Outcome.Done<AppointmentDetails>) {
				booked.incrementAndGet();
			}
		}
	}

	private static void report(String label, ConcurrentLinkedQueue<Long> holds, ConcurrentLinkedQueue<Long> confirms,
			int booked, double seconds) {
		System.out.printf("%n=== %s ===%n", label);
		System.out.printf("hold    n=%d %s%n", holds.size(), percentiles(holds));
		System.out.printf("confirm n=%d %s%n", confirms.size(), percentiles(confirms));
		System.out.printf("confirmed bookings: %d in %.2f s = %.1f/s%n", booked, seconds, booked / seconds);
	}

	private static String percentiles(ConcurrentLinkedQueue<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return "-";
		}
		return String.format("p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms", at(sorted, 0.50), at(sorted, 0.95),
				at(sorted, 0.99), sorted.getLast() / 1e6);
	}

	private static double at(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

}
