package io.slotwise.scheduling.application;

import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.audit.AuditAction;
import io.slotwise.scheduling.audit.AuditEntry;
import io.slotwise.scheduling.audit.AuditTrail;
import io.slotwise.scheduling.audit.PhiAccess;
import io.slotwise.scheduling.audit.ReadAuditTrail;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.domain.Appointments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail for administrators, and an appointment's history for whoever may
 * act on the appointment (its patient, staff of its location, administrators); others are
 * told it does not exist.
 */
@Service
@Transactional
class AuditDesk implements ReadAuditTrail {

	/** An appointment is booked, moved and cancelled a bounded number of times. */
	private static final int MAX_HISTORY = 200;

	private final AuditRecords records;

	private final AuditTrail trail;

	private final Appointments appointments;

	AuditDesk(AuditRecords records, AuditTrail trail, Appointments appointments) {
		this.records = records;
		this.trail = trail;
		this.appointments = appointments;
	}

	@Override
	public Outcome<List<AuditEntry>> entries(Requester requester, AuditQuery query) {
		Optional<Problem> refusal = refusal(requester, query);
		return refusal.isPresent() ? Outcome.refused(refusal.get()) : Outcome.done(this.records.window(query));
	}

	private static Optional<Problem> refusal(Requester requester, AuditQuery query) {
		if (requester.standing() != Requester.Standing.ADMIN) {
			return Optional.of(Problem.of(Problem.Code.FORBIDDEN, "Only administrators read the audit log"));
		}
		return query.problem();
	}

	@Override
	public Outcome<Integer> count(Requester requester, AuditQuery query) {
		Optional<Problem> refusal = refusal(requester, query);
		return refusal.isPresent() ? Outcome.refused(refusal.get()) : Outcome.done(this.records.count(query));
	}

	@Override
	public Outcome<List<AuditEntry>> appointmentHistory(Requester requester, AppointmentId id) {
		Optional<Appointment> found = this.appointments.byId(id)
			.filter((appointment) -> requester.mayActFor(appointment.patient(), appointment.location()));
		if (found.isEmpty()) {
			return Outcome.refused(Problem.Code.NOT_FOUND, "No such appointment");
		}
		this.trail.record(PhiAccess.read(found.get().patient(), "appointment-history", id.value()));
		return Outcome.done(this.records.about(id.value(), MAX_HISTORY)
			.stream()
			.filter((entry) -> entry.action() != AuditAction.READ)
			.toList());
	}

}
