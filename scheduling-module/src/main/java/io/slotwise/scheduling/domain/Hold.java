package io.slotwise.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.slotwise.scheduling.HoldDetails;
import io.slotwise.scheduling.HoldEvent;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.HoldState;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;

/**
 * A short-lived claim on everything a slot needs, so its holder can confirm without
 * racing anyone. Immutable: each decision returns the hold it became or the event it
 * caused. A hold is live while {@code expiresAt} is after now; only its holder can see,
 * extend, release or confirm it, and a foreign hold looks the same as a missing one.
 *
 * @param time the held slot
 * @param resources what it holds (empty while it is only a draft)
 */
public record Hold(HoldId id, PatientId holder, SlotRequest slot, TimeRange time, Instant expiresAt, int extensions,
		List<Resource> resources) {

	public Hold {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(holder, "holder");
		Objects.requireNonNull(slot, "slot");
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(expiresAt, "expiresAt");
		resources = List.copyOf(resources);
	}

	/** A hold about to be placed; the hold store picks its resources. */
	public static Hold draft(HoldId id, PatientId holder, SlotRequest slot, TimeRange time, Instant now, Duration ttl) {
		return new Hold(id, holder, slot, time, now.plus(ttl), 0, List.of());
	}

	/**
	 * A hold the waitlist places for its offers: nobody's own, so no patient can use it
	 * and it counts against no patient's cap (its holder is an identity of its own, the
	 * hold's id); it lasts until {@code until}, the offers' deadline.
	 */
	public static Hold draftForOffers(HoldId id, SlotRequest slot, TimeRange time, Instant until) {
		return new Hold(id, new PatientId(id.value()), slot, time, until, 0, List.of());
	}

	/**
	 * Whether the waitlist holds it for its offers rather than a patient for themselves.
	 */
	public boolean isForOffers() {
		return this.holder.value().equals(this.id.value());
	}

	/**
	 * Books the slot for the patient who accepted the waitlist's offer, while the hold is
	 * live. The patient takes the place of the hold's own identity among its resources.
	 */
	public Outcome<Appointment.Booked> handOver(PatientId patient, Optional<String> idempotencyKey, Instant now) {
		if (!isForOffers()) {
			return Outcome.refused(notFound());
		}
		Optional<Problem> refusal = refusalToUse(this.holder, now);
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		return Appointment.book(Requester.patient(patient), patient, this.slot, this.time,
				Appointment.Origin.held(this.id, patient, idempotencyKey, patient.value()), now);
	}

	/** What a booking from this hold reserves, for the patient it is booked for. */
	public List<Resource> resourcesFor(PatientId patient) {
		return this.resources.stream()
			.map((resource) -> (resource.kind() == Resource.Kind.PATIENT) ? Resource.patient(patient) : resource)
			.toList();
	}

	public Hold placedWith(List<Resource> chosen) {
		return new Hold(this.id, this.holder, this.slot, this.time, this.expiresAt, this.extensions, chosen);
	}

	public HoldEvent.Placed placed(Instant now) {
		return new HoldEvent.Placed(this.id, this.holder, this.slot.practitioner(), this.slot.location(),
				this.slot.visitType(), this.time.start(), this.time.end(), this.expiresAt, now);
	}

	public boolean liveAt(Instant now) {
		return this.expiresAt.isAfter(now);
	}

	public boolean isHeldBy(PatientId patient) {
		return this.holder.equals(patient);
	}

	public Decision<HoldEvent.Released> release(PatientId requester, Instant now) {
		Optional<Problem> refusal = refusalToUse(requester, now);
		if (refusal.isPresent()) {
			return Decision.refused(refusal.get());
		}
		return Decision.changed(new HoldEvent.Released(this.id, this.holder, this.slot.practitioner(),
				this.slot.location(), this.slot.visitType(), this.time.start(), this.time.end(), now));
	}

	/** The hold with its countdown restarted, a limited number of times. */
	public Outcome<Hold> extend(PatientId requester, Instant now, Duration ttl, int maxExtensions) {
		Optional<Problem> refusal = refusalToUse(requester, now);
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		if (this.extensions >= maxExtensions) {
			return Outcome.refused(Problem.Code.EXTENSION_LIMIT_REACHED,
					"A hold can be extended at most " + maxExtensions + " times");
		}
		return Outcome.done(new Hold(this.id, this.holder, this.slot, this.time, now.plus(ttl), this.extensions + 1,
				this.resources));
	}

	/** Turns the hold into an appointment for its holder, if it is still live. */
	public Outcome<Appointment.Booked> confirm(PatientId requester, Optional<String> idempotencyKey, Instant now) {
		Optional<Problem> refusal = refusalToUse(requester, now);
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		return Appointment.book(Requester.patient(this.holder), this.holder, this.slot, this.time,
				Appointment.Origin.held(this.id, this.holder, idempotencyKey, this.holder.value()), now);
	}

	/** The expiry notice, once the hold has run out. */
	public Optional<HoldEvent.Expired> expiry(Instant now) {
		return liveAt(now) ? Optional.empty()
				: Optional
					.of(new HoldEvent.Expired(this.id, this.holder, this.slot.practitioner(), this.slot.location(),
							this.slot.visitType(), this.time.start(), this.time.end(), this.expiresAt));
	}

	public HoldState stateAt(Instant now) {
		return new HoldState(this.id, liveAt(now) ? HoldState.Status.ACTIVE : HoldState.Status.EXPIRED, this.expiresAt,
				Optional.empty());
	}

	public HoldDetails details() {
		return new HoldDetails(this.id, this.holder, this.slot, this.time.end(), this.expiresAt, this.extensions);
	}

	private Optional<Problem> refusalToUse(PatientId requester, Instant now) {
		if (!isHeldBy(requester)) {
			return Optional.of(notFound());
		}
		if (!liveAt(now)) {
			return Optional.of(Problem.of(Problem.Code.HOLD_EXPIRED, "The hold expired at " + this.expiresAt));
		}
		return Optional.empty();
	}

	public static Problem notFound() {
		return Problem.of(Problem.Code.HOLD_NOT_FOUND, "No such hold");
	}

}
