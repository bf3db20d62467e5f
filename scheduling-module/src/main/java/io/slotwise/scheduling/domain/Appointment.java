package io.slotwise.scheduling.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.AppointmentDetails.Status;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;

/**
 * A patient's appointment with a practitioner at a location: the aggregate that decides
 * who may book, cancel or move it and which of those changes are legal. Each decision
 * returns the event it caused or a typed refusal; the repository stores the state decided
 * here.
 */
public final class Appointment {

	private final AppointmentId id;

	private final PatientId patient;

	private final SlotRequest visit;

	private final Origin origin;

	private TimeRange time;

	private Status status;

	private Appointment(AppointmentId id, PatientId patient, SlotRequest visit, Origin origin, TimeRange time,
			Status status) {
		this.id = Objects.requireNonNull(id, "id");
		this.patient = Objects.requireNonNull(patient, "patient");
		this.visit = Objects.requireNonNull(visit, "visit");
		this.origin = Objects.requireNonNull(origin, "origin");
		this.time = Objects.requireNonNull(time, "time");
		this.status = Objects.requireNonNull(status, "status");
	}

	/**
	 * The one way a new appointment comes to be: the requester must be the patient, staff
	 * at the location or an administrator.
	 * @param time the slot's time, starting when the request says
	 */
	public static Outcome<Booked> book(Requester requester, PatientId patient, SlotRequest slot, TimeRange time,
			Origin origin, Instant now) {
		if (!requester.mayActFor(patient, slot.location())) {
			return Outcome.refused(Problem.Code.FORBIDDEN, "You may not book for this patient at this location");
		}
		if (!time.start().equals(slot.start())) {
			throw new IllegalArgumentException("The slot's time must start at the requested start");
		}
		Appointment appointment = new Appointment(new AppointmentId(UUID.randomUUID()), patient, slot, origin, time,
				Status.BOOKED);
		return Outcome
			.done(new Booked(appointment, new BookingEvent.Confirmed(appointment.id, patient, slot.practitioner(),
					slot.location(), slot.visitType(), time.start(), time.end(), origin.hold().orElse(null), now)));
	}

	/** An appointment as stored. */
	public static Appointment restore(AppointmentId id, PatientId patient, SlotRequest visit, Origin origin,
			TimeRange time, Status status) {
		return new Appointment(id, patient, visit, origin, time, status);
	}

	/** Cancelling twice changes nothing the second time and announces nothing. */
	public Decision<BookingEvent.Cancelled> cancel(Requester requester, Instant now) {
		if (!requester.mayActFor(this.patient, this.visit.location())) {
			return Decision.refused(Problem.of(Problem.Code.FORBIDDEN, "You may not cancel this appointment"));
		}
		if (this.status == Status.CANCELLED) {
			return Decision.unchanged();
		}
		this.status = Status.CANCELLED;
		return Decision.changed(new BookingEvent.Cancelled(this.id, this.patient, practitioner(), location(),
				visitType(), this.time.start(), this.time.end(), now));
	}

	/**
	 * Moves the appointment to another time with the same practitioner, location and
	 * visit type. Whether the new time is bookable is the caller's to check first.
	 */
	public Decision<BookingEvent.Rescheduled> rescheduleTo(Requester requester, TimeRange to, Instant now) {
		Optional<Problem> refusal = refusalToMove(requester);
		if (refusal.isPresent()) {
			return Decision.refused(refusal.get());
		}
		if (to.equals(this.time)) {
			return Decision.unchanged();
		}
		TimeRange from = this.time;
		this.time = to;
		return Decision.changed(new BookingEvent.Rescheduled(this.id, this.patient, practitioner(), location(),
				visitType(), from.start(), from.end(), to.start(), to.end(), now));
	}

	/**
	 * Why the requester may not move this appointment, if they may not; checked before
	 * the new time is planned, so a refusal costs nothing.
	 */
	public Optional<Problem> refusalToMove(Requester requester) {
		if (!requester.mayActFor(this.patient, this.visit.location())) {
			return Optional.of(Problem.of(Problem.Code.FORBIDDEN, "You may not move this appointment"));
		}
		if (this.status == Status.CANCELLED) {
			return Optional.of(Problem.of(Problem.Code.VALIDATION_FAILED, "A cancelled appointment cannot be moved"));
		}
		return Optional.empty();
	}

	/** A slot request for the same visit at another start. */
	public SlotRequest sameVisitAt(Instant start) {
		return new SlotRequest(practitioner(), location(), visitType(), start);
	}

	public boolean isFor(PatientId someone) {
		return this.patient.equals(someone);
	}

	public boolean isBooked() {
		return this.status == Status.BOOKED;
	}

	public AppointmentDetails details() {
		return new AppointmentDetails(this.id, this.patient, practitioner(), location(), visitType(), this.time.start(),
				this.time.end(), this.status);
	}

	public AppointmentId id() {
		return this.id;
	}

	public PatientId patient() {
		return this.patient;
	}

	public PractitionerId practitioner() {
		return this.visit.practitioner();
	}

	public LocationId location() {
		return this.visit.location();
	}

	public VisitTypeId visitType() {
		return this.visit.visitType();
	}

	public TimeRange time() {
		return this.time;
	}

	public Status status() {
		return this.status;
	}

	public Origin origin() {
		return this.origin;
	}

	/**
	 * A new appointment and the event that announces it.
	 */
	public record Booked(Appointment appointment, BookingEvent.Confirmed event) {
	}

	/**
	 * How the appointment was booked, kept so a retry finds it instead of booking twice.
	 * An idempotency key belongs to who booked and for which patient, and remembers the
	 * request it was first used for: the same key with another request is refused.
	 *
	 * @param hold the hold it was confirmed from, if any
	 * @param idempotencyKey the client's retry key, if any
	 * @param bookedBy who booked it: the patient, or a staff member for them
	 * @param request a fingerprint (SHA-256, hex) of what was asked: the hold or the
	 * slot, and the patient
	 */
	public record Origin(Optional<HoldId> hold, Optional<String> idempotencyKey, UUID bookedBy, String request) {

		/** Long enough for any client's request id, short enough to index. */
		public static final int MAX_KEY_LENGTH = 100;

		public Origin {
			Objects.requireNonNull(bookedBy, "bookedBy");
			Objects.requireNonNull(request, "request");
			if (keyProblem(idempotencyKey).isPresent()) {
				throw new IllegalArgumentException("Check the idempotency key with keyProblem first");
			}
		}

		/** Confirming (or being handed) a hold. */
		public static Origin held(HoldId hold, PatientId patient, Optional<String> key, UUID bookedBy) {
			return new Origin(Optional.of(hold), key, bookedBy,
					fingerprint("hold|" + hold.value() + "|" + patient.value()));
		}

		/** Booking a slot directly. */
		public static Origin direct(SlotRequest slot, PatientId patient, Optional<String> key, UUID bookedBy) {
			return new Origin(Optional.empty(), key, bookedBy,
					fingerprint("slot|" + slot.practitioner().value() + "|" + slot.location().value() + "|"
							+ slot.visitType().value() + "|" + slot.start() + "|" + patient.value()));
		}

		/** Whether a retry asks for what this booking was made for. */
		public boolean sameRequest(Origin retry) {
			return this.request.equals(retry.request);
		}

		/** Why a client's idempotency key cannot be used, if it cannot. */
		public static Optional<Problem> keyProblem(Optional<String> key) {
			return key.filter((value) -> value.length() > MAX_KEY_LENGTH)
				.map((value) -> Problem.inField("idempotencyKey", Problem.Code.VALIDATION_FAILED,
						"An idempotency key has at most " + MAX_KEY_LENGTH + " characters"));
		}

		/**
		 * The same text the migration that introduced fingerprints hashes for older rows.
		 */
		private static String fingerprint(String request) {
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("Every Java platform has SHA-256", ex);
			}
		}

	}

}
