package io.slotwise.scheduling.application;

import java.util.UUID;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.HoldConversion;
import io.slotwise.scheduling.HoldEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Records, per user, how many holds became bookings (Redis, across instances) and
 * publishes it as metrics: counters of placed and converted holds, and the distribution
 * of users' conversion ratios ({@code slotwise.holds.user.conversion}), so operators see
 * the norm and the outliers. Listens synchronously, counting after commit: a hoarder is
 * judged on their latest hold, not one the event registry has not delivered yet.
 */
@Service
class HoldConversions implements HoldConversion {

	private static final Logger log = LoggerFactory.getLogger(HoldConversions.class);

	private final ConversionCounts counts;

	private final AntiHoardingSettings settings;

	private final Counter placed;

	private final Counter converted;

	private final DistributionSummary ratios;

	HoldConversions(ConversionCounts counts, AntiHoardingSettings settings, ObjectProvider<MeterRegistry> registry) {
		this.counts = counts;
		this.settings = settings;
		MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
		this.placed = Counter.builder("slotwise.holds.placed").description("Holds placed by patients").register(meters);
		this.converted = Counter.builder("slotwise.holds.converted")
			.description("Holds that became bookings")
			.register(meters);
		this.ratios = DistributionSummary.builder("slotwise.holds.user.conversion")
			.description("Each user's share of holds that became bookings, recorded at every hold and booking")
			.publishPercentiles(0.05, 0.5)
			.register(meters);
	}

	// After commit (still on the request's thread, before it answers): counting is a
	// Redis round trip, which must not keep the booking's transaction, its connection
	// and its advisory locks waiting (issue 15), and a rolled-back hold or booking
	// counts nothing.
	@EventListener
	void on(HoldEvent.Placed placedHold) {
		AfterCommit.run(() -> {
			this.placed.increment();
			count(() -> this.counts.placed(placedHold.holder().value(), this.settings.conversionMemory()));
		});
	}

	@EventListener
	void on(BookingEvent.Confirmed booked) {
		if (booked.hold() != null) {
			AfterCommit.run(() -> {
				this.converted.increment();
				count(() -> this.counts.converted(booked.patient().value(), this.settings.conversionMemory()));
			});
		}
	}

	/**
	 * The change is committed by now: a Redis failure must not turn it into an error, it
	 * only leaves one count out of a ratio.
	 */
	private void count(Supplier<ConversionCounts.Counts> counting) {
		try {
			record(counting.get());
		}
		catch (HoldsUnavailable ex) {
			log.warn("Could not count a hold conversion: {}", ex.getMessage());
		}
	}

	@Override
	public boolean belowNorm(UUID user) {
		if (!this.settings.enabled()) {
			return false;
		}
		try {
			ConversionCounts.Counts mine = this.counts.of(user);
			if (mine.placed() < this.settings.conversionMinHolds()) {
				return false;
			}
			return mine.ratio() < this.counts.everybody().ratio() * this.settings.conversionFloor();
		}
		catch (HoldsUnavailable ex) {
			return false;
		}
	}

	private void record(ConversionCounts.Counts user) {
		if (user.placed() > 0) {
			this.ratios.record(user.ratio());
		}
	}

}
