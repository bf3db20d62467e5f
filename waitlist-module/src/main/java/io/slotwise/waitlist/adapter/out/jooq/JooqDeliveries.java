package io.slotwise.waitlist.adapter.out.jooq;

import static io.slotwise.waitlist.adapter.out.jooq.schema.Tables.DELIVERY;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.slotwise.waitlist.OfferId;
import io.slotwise.waitlist.OfferNotice;
import io.slotwise.waitlist.application.Deliveries;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqDeliveries implements Deliveries {

	private final DSLContext db;

	JooqDeliveries(DSLContext db) {
		this.db = db;
	}

	@Override
	public void enqueue(OfferId offer, List<String> channels, OfferNotice.Kind kind, Instant now) {
		for (String channel : channels) {
			this.db.insertInto(DELIVERY)
				.set(DELIVERY.ID, UUID.randomUUID())
				.set(DELIVERY.OFFER_ID, offer.value())
				.set(DELIVERY.CHANNEL, channel)
				.set(DELIVERY.KIND, kind.name())
				.set(DELIVERY.STATUS, "PENDING")
				.set(DELIVERY.NEXT_ATTEMPT_AT, now.atOffset(ZoneOffset.UTC))
				.onConflictOnConstraint(DELIVERY.getUniqueKeys()
					.stream()
					.filter((key) -> key.getName().equals("delivery_once"))
					.findFirst()
					.orElseThrow())
				.doNothing()
				.execute();
		}
	}

	@Override
	public List<Pending> claimDue(Instant now, int max) {
		return this.db.selectFrom(DELIVERY)
			.where(DELIVERY.STATUS.eq("PENDING"))
			.and(DELIVERY.NEXT_ATTEMPT_AT.le(now.atOffset(ZoneOffset.UTC)))
			.orderBy(DELIVERY.NEXT_ATTEMPT_AT)
			.limit(max)
			.forUpdate()
			.skipLocked()
			.fetch((row) -> new Pending(row.getId(), new OfferId(row.getOfferId()), row.getChannel(),
					OfferNotice.Kind.valueOf(row.getKind()), row.getAttempts()));
	}

	@Override
	public void sent(UUID delivery, Instant now) {
		this.db.update(DELIVERY)
			.set(DELIVERY.STATUS, "SENT")
			.set(DELIVERY.ATTEMPTS, DELIVERY.ATTEMPTS.plus(1))
			.set(DELIVERY.SENT_AT, now.atOffset(ZoneOffset.UTC))
			.where(DELIVERY.ID.eq(delivery))
			.execute();
	}

	@Override
	public void failed(UUID delivery, int attempts, Instant retryAt, boolean giveUp, String error) {
		this.db.update(DELIVERY)
			.set(DELIVERY.STATUS, giveUp ? "FAILED" : "PENDING")
			.set(DELIVERY.ATTEMPTS, attempts)
			.set(DELIVERY.NEXT_ATTEMPT_AT, retryAt.atOffset(ZoneOffset.UTC))
			.set(DELIVERY.LAST_ERROR, error.substring(0, Math.min(error.length(), 500)))
			.where(DELIVERY.ID.eq(delivery))
			.execute();
	}

}
