package io.slotwise.scheduling.domain.group;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.slotwise.scheduling.group.Bundle;
import org.jspecify.annotations.Nullable;

/**
 * The least-disruption score of a bundle: each factor is measured in its own unit, scaled
 * to 0 (no disruption) .. 1 (counts fully), weighted by its share of the weights; the
 * score is 100 minus the points lost. The breakdown carries every factor, so a client can
 * say why one option ranks above another.
 */
public final class DisruptionScoring {

	static final double FULL_SITE_MINUTES = 240;

	static final double FULL_GAP_MINUTES = 120;

	static final double FULL_OFF_HOURS_MINUTES = 120;

	private final DisruptionWeights weights;

	private final Wishes wishes;

	public DisruptionScoring(DisruptionWeights weights, Wishes wishes) {
		this.weights = weights;
		this.wishes = wishes;
	}

	/** A scored bundle: the score and its breakdown filled in. */
	public Bundle score(Bundle bundle, ZoneId zone) {
		List<Bundle.MemberSlot> slots = bundle.slots();
		double onSite = minutes(Duration.between(bundle.start(), bundle.end()));
		double gaps = onSite - busyMinutes(slots);
		long practitioners = slots.stream().map(Bundle.MemberSlot::practitioner).distinct().count();
		double moves = practitioners - 1;
		LocalDate day = LocalDate.ofInstant(bundle.start(), zone);
		double days = ChronoUnit.DAYS.between(this.wishes.firstDay(), day);
		double offHours = offHours(LocalTime.ofInstant(bundle.start(), zone), LocalTime.ofInstant(bundle.end(), zone));
		List<Bundle.Factor> factors = new ArrayList<>();
		factors.add(factor("timeOnSite", onSite, onSite / FULL_SITE_MINUTES, this.weights.timeOnSite()));
		factors.add(factor("gaps", gaps, gaps / FULL_GAP_MINUTES, this.weights.gaps()));
		factors.add(factor("moves", moves, moves / Math.max(1, slots.size() - 1), this.weights.moves()));
		factors.add(factor("travel", bundle.distanceMiles(),
				(this.wishes.radiusMiles() > 0) ? bundle.distanceMiles() / this.wishes.radiusMiles() : 0,
				this.weights.travel()));
		factors.add(factor("timeOfDay", offHours, offHours / FULL_OFF_HOURS_MINUTES, this.weights.timeOfDay()));
		factors.add(factor("soon", days, days / Math.max(1, this.wishes.spanDays()), this.weights.soon()));
		double lost = factors.stream().mapToDouble(Bundle.Factor::points).sum();
		return new Bundle(bundle.location(), bundle.distanceMiles(), bundle.arrangement(), slots,
				(int) Math.round(100 - lost), factors);
	}

	/** Least disruptive first; ties: earlier, then by location and practitioners. */
	public static final Comparator<Bundle> ORDER = Comparator
		.comparingDouble((Bundle bundle) -> bundle.breakdown().stream().mapToDouble(Bundle.Factor::points).sum())
		.thenComparing(Bundle::start)
		.thenComparing((bundle) -> bundle.location().value())
		.thenComparing((bundle) -> bundle.slots()
			.stream()
			.map((slot) -> slot.practitioner().value().toString())
			.reduce("", String::concat));

	private Bundle.Factor factor(String name, double raw, double scaled, double weight) {
		double value = Math.min(1, Math.max(0, scaled));
		double share = weight / this.weights.total();
		return new Bundle.Factor(name, raw, value, share, value * share * 100);
	}

	private double offHours(LocalTime start, LocalTime end) {
		double before = (this.wishes.earliest() != null && start.isBefore(this.wishes.earliest()))
				? minutes(Duration.between(start, this.wishes.earliest())) : 0;
		double after = (this.wishes.latest() != null && end.isAfter(this.wishes.latest()))
				? minutes(Duration.between(this.wishes.latest(), end)) : 0;
		return before + after;
	}

	/** Minutes in which at least one member is being seen (the union of their slots). */
	private static double busyMinutes(List<Bundle.MemberSlot> slots) {
		List<Bundle.MemberSlot> sorted = slots.stream().sorted(Comparator.comparing(Bundle.MemberSlot::start)).toList();
		double busy = 0;
		java.time.Instant coveredTo = sorted.getFirst().start();
		for (Bundle.MemberSlot slot : sorted) {
			java.time.Instant from = slot.start().isAfter(coveredTo) ? slot.start() : coveredTo;
			if (slot.end().isAfter(from)) {
				busy += minutes(Duration.between(from, slot.end()));
				coveredTo = slot.end();
			}
		}
		return busy;
	}

	private static double minutes(Duration duration) {
		return duration.toSeconds() / 60.0;
	}

	/**
	 * What the family asked for, as far as scoring cares.
	 *
	 * @param firstDay the first searched day: a bundle that day is "soonest"
	 * @param spanDays the searched range in days
	 * @param radiusMiles the searched radius; 0 when a location was named
	 * @param earliest preferred earliest start, or null
	 * @param latest preferred latest end, or null
	 */
	public record Wishes(LocalDate firstDay, long spanDays, double radiusMiles, @Nullable LocalTime earliest,
			@Nullable LocalTime latest) {
	}

}
