package io.slotwise.scheduling.application;

import java.time.Instant;

import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.HoldEvent;
import io.slotwise.scheduling.audit.AuditAction;
import io.slotwise.scheduling.audit.AuditTrail;
import io.slotwise.scheduling.audit.PhiAccess;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every change of an appointment or hold in the audit trail. A plain, synchronous
 * listener on purpose: booking events are published inside the booking's transaction, so
 * the record commits with the change or not at all (an asynchronous module listener would
 * run after commit, and a lost record would go unnoticed).
 */
@Component
class PhiAuditing {

	private final AuditTrail trail;

	PhiAuditing(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(BookingEvent event) {
		this.trail.record(switch (event) {
			case BookingEvent.Confirmed booked -> PhiAccess.changed(booked.patient(), AuditAction.CREATE, "appointment",
					booked.appointment().value(), null, during(booked.start(), booked.end()));
			case BookingEvent.Rescheduled moved ->
				PhiAccess.changed(moved.patient(), AuditAction.UPDATE, "appointment", moved.appointment().value(),
						during(moved.previousStart(), moved.previousEnd()), during(moved.start(), moved.end()));
			case BookingEvent.Cancelled cancelled -> PhiAccess.changed(cancelled.patient(), AuditAction.CANCEL,
					"appointment", cancelled.appointment().value(), during(cancelled.start(), cancelled.end()), null);
		});
	}

	@EventListener
	void on(HoldEvent event) {
		AuditAction action = switch (event) {
			case HoldEvent.Placed placed -> AuditAction.CREATE;
			case HoldEvent.Released released -> AuditAction.CANCEL;
			case HoldEvent.Expired expired -> AuditAction.EXPIRE;
		};
		this.trail.record(PhiAccess.changed(event.holder(), action, "hold", event.hold().value(), null,
				during(event.start(), event.end())));
	}

	private static String during(Instant start, Instant end) {
		return start + "/" + end;
	}

}
