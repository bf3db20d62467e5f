package io.slotwise.waitlist.application;

import io.slotwise.scheduling.audit.AuditAction;
import io.slotwise.scheduling.audit.AuditTrail;
import io.slotwise.scheduling.audit.PhiAccess;
import io.slotwise.waitlist.OfferEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every change of a waitlist offer in the PHI audit trail, synchronously: offer
 * events are published inside the transaction that changed the offer, so the record
 * commits with it.
 */
@Component
class OfferAuditing {

	private final AuditTrail trail;

	OfferAuditing(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(OfferEvent event) {
		AuditAction action = switch (event) {
			case OfferEvent.Made made -> AuditAction.CREATE;
			case OfferEvent.Accepted accepted -> AuditAction.UPDATE;
			case OfferEvent.Declined declined -> AuditAction.CANCEL;
			case OfferEvent.Lapsed lapsed -> AuditAction.EXPIRE;
			case OfferEvent.Withdrawn withdrawn -> AuditAction.CANCEL;
		};
		String to = switch (event) {
			case OfferEvent.Made made -> "offered " + made.start();
			case OfferEvent.Accepted accepted -> "booked appointment " + accepted.appointment().value();
			default -> action.name().toLowerCase(java.util.Locale.ROOT);
		};
		this.trail
			.record(PhiAccess.changed(event.patient(), action, "waitlist-offer", event.offer().value(), null, to));
	}

}
