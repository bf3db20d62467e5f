package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.HoldEvent;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The anti-hoarding rules (OWASP OAT-021) a patient acting for themselves meets before a
 * hold or a booking: caps on future bookings, holds first unless holds are down, and a
 * cooldown before re-holding a slot they just gave up. Staff and administrators book for
 * others and pass. Each rule answers a typed problem; none changes anything.
 */
@Component
class HoardingGuard {

	private static final Duration DAY = Duration.ofDays(1);

	private final AntiHoardingSettings settings;

	private final PatientBookings bookings;

	private final HoldCooldowns cooldowns;

	private final SlotHolds holds;

	private final Clock clock;

	HoardingGuard(AntiHoardingSettings settings, PatientBookings bookings, HoldCooldowns cooldowns, SlotHolds holds,
			Clock clock) {
		this.settings = settings;
		this.bookings = bookings;
		this.cooldowns = cooldowns;
		this.holds = holds;
		this.clock = clock;
	}

	/** Before a patient holds a slot: the cooldown, then the booking caps. */
	Optional<Problem> beforeHold(PatientId patient, SlotRequest slot) {
		if (!this.settings.enabled()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<Instant> cooling = cooldownUntil(patient, slot, now);
		if (cooling.isPresent()) {
			return Optional.of(new Problem(Problem.Code.HOLD_COOLDOWN,
					"You gave this slot up a moment ago; you may hold it again at " + cooling.get(), Optional.empty(),
					cooling));
		}
		return caps(patient, slot.practitioner(), slot.start(), now, 0, 0);
	}

	/**
	 * The caps on one booking the requester makes for the patient. Exact only inside the
	 * booking transaction after the patient's own claim (ADR 0007: every booking of a
	 * patient takes the patient's advisory lock), which serialises every booking of that
	 * patient, so two racing bookings cannot both pass the count.
	 */
	Optional<Problem> inBooking(Requester requester, PatientId patient, PractitionerId practitioner, Instant start) {
		return inBookings(requester, List.of(new Visit(patient, practitioner, start))).map(Breach::problem);
	}

	/**
	 * The caps on the visits of one booking (a bundle's members in order), each visit
	 * counted with the ones before it: a bundle counts once per member appointment for
	 * that member's patient. Inside the booking transaction after every member's patient
	 * was claimed, as {@link #inBooking}.
	 */
	Optional<Breach> inBookings(Requester requester, List<Visit> visits) {
		if (!this.settings.enabled() || requester.standing() != Requester.Standing.PATIENT) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		for (int i = 0; i < visits.size(); i++) {
			Visit visit = visits.get(i);
			List<Visit> earlier = visits.subList(0, i);
			Optional<Problem> breach = caps(visit.patient(), visit.practitioner(), visit.start(), now,
					(int) earlier.stream().filter((other) -> other.patient().equals(visit.patient())).count(),
					(int) earlier.stream().filter((other) -> other.sameDayWith(visit)).count());
			if (breach.isPresent()) {
				return Optional.of(new Breach(i, breach.get()));
			}
		}
		return Optional.empty();
	}

	/** Before a booking without a hold: patients must hold first while holds work. */
	Optional<Problem> beforeDirectBooking(Requester requester) {
		if (!this.settings.enabled() || !this.settings.directBookingOnlyWithoutHolds()
				|| requester.standing() != Requester.Standing.PATIENT) {
			return Optional.empty();
		}
		try {
			// any read answers whether the store is up, within the hold store timeout
			this.holds.find(new HoldId(new UUID(0, 0)));
			return Optional.of(Problem.of(Problem.Code.HOLD_REQUIRED,
					"Hold the slot first (holdSlot, then confirmBooking); booking without a hold is for when holds are unavailable"));
		}
		catch (HoldsUnavailable ex) {
			return Optional.empty();
		}
	}

	@EventListener
	void on(HoldEvent.Released released) {
		startCooldown(released, released.releasedAt());
	}

	@EventListener
	void on(HoldEvent.Expired expired) {
		startCooldown(expired, expired.expiredAt());
	}

	private void startCooldown(HoldEvent event, Instant from) {
		if (this.settings.enabled() && this.settings.holdCooldown().isPositive()) {
			try {
				this.cooldowns.start(event.holder(), event.practitioner(), event.start(),
						from.plus(this.settings.holdCooldown()));
			}
			catch (HoldsUnavailable ex) {
				// without Redis there are no holds to hoard either
			}
		}
	}

	private Optional<Instant> cooldownUntil(PatientId patient, SlotRequest slot, Instant now) {
		try {
			return this.cooldowns.until(patient, slot.practitioner(), slot.start(), now);
		}
		catch (HoldsUnavailable ex) {
			return Optional.empty();
		}
	}

	private Optional<Problem> caps(PatientId patient, PractitionerId practitioner, Instant start, Instant now,
			int alsoUpcoming, int alsoWithPractitioner) {
		PatientBookings.Counts counts = this.bookings.count(patient, now, practitioner, start.minus(DAY).plusMillis(1),
				start.plus(DAY));
		int max = this.settings.maxFutureBookings();
		if (counts.upcoming() + alsoUpcoming >= max) {
			return Optional.of(Problem.of(Problem.Code.BOOKING_LIMIT_REACHED,
					"You already have " + max + " upcoming appointments; cancel one to book another"));
		}
		int perDay = this.settings.maxPerPractitionerPerDay();
		if (counts.withPractitioner() + alsoWithPractitioner >= perDay) {
			return Optional.of(Problem.of(Problem.Code.BOOKING_LIMIT_REACHED,
					"You already have " + perDay + " appointment(s) with this practitioner within a day of this slot"));
		}
		return Optional.empty();
	}

	/** One appointment to be booked, as the caps see it. */
	record Visit(PatientId patient, PractitionerId practitioner, Instant start) {

		boolean sameDayWith(Visit other) {
			return this.patient.equals(other.patient) && this.practitioner.equals(other.practitioner)
					&& Duration.between(this.start, other.start).abs().compareTo(DAY) < 0;
		}

	}

	/** A cap the visit at this position (0-based) would break. */
	record Breach(int visit, Problem problem) {
	}

}
