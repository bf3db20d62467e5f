package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.GROUP_BOOKING;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.GROUP_MEMBER;

import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.adapter.out.jooq.schema.tables.records.GroupBookingRecord;
import io.slotwise.scheduling.domain.group.GroupBooking;
import io.slotwise.scheduling.domain.group.GroupBookings;
import io.slotwise.scheduling.group.GroupBookingId;
import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqGroupBookings implements GroupBookings {

	private final DSLContext db;

	JooqGroupBookings(DSLContext db) {
		this.db = db;
	}

	@Override
	public Optional<GroupBooking> byId(GroupBookingId id) {
		return find(GROUP_BOOKING.ID.eq(id.value()));
	}

	@Override
	public Optional<GroupBooking> byHold(HoldId hold) {
		return find(GROUP_BOOKING.HOLD_ID.eq(hold.value()));
	}

	@Override
	public Optional<GroupBooking> byIdempotencyKey(UUID bookedBy, String key) {
		return find(GROUP_BOOKING.BOOKED_BY.eq(bookedBy).and(GROUP_BOOKING.IDEMPOTENCY_KEY.eq(key)));
	}

	@Override
	public void add(GroupBooking group) {
		ReservationFailures.translate(() -> {
			this.db.insertInto(GROUP_BOOKING)
				.set(GROUP_BOOKING.ID, group.id().value())
				.set(GROUP_BOOKING.BOOKED_BY, group.bookedBy())
				.set(GROUP_BOOKING.HOLD_ID, group.hold().value())
				.set(GROUP_BOOKING.IDEMPOTENCY_KEY, group.idempotencyKey().orElse(null))
				.execute();
			for (int i = 0; i < group.members().size(); i++) {
				this.db.insertInto(GROUP_MEMBER)
					.set(GROUP_MEMBER.GROUP_BOOKING_ID, group.id().value())
					.set(GROUP_MEMBER.APPOINTMENT_ID, group.members().get(i).value())
					.set(GROUP_MEMBER.POSITION, i)
					.execute();
			}
		});
	}

	private Optional<GroupBooking> find(Condition condition) {
		return this.db.selectFrom(GROUP_BOOKING).where(condition).fetchOptional().map(this::toGroup);
	}

	private GroupBooking toGroup(GroupBookingRecord row) {
		return new GroupBooking(new GroupBookingId(row.getId()), new HoldId(row.getHoldId()), row.getBookedBy(),
				Optional.ofNullable(row.getIdempotencyKey()),
				this.db.select(GROUP_MEMBER.APPOINTMENT_ID)
					.from(GROUP_MEMBER)
					.where(GROUP_MEMBER.GROUP_BOOKING_ID.eq(row.getId()))
					.orderBy(GROUP_MEMBER.POSITION)
					.fetch((member) -> new AppointmentId(member.value1())));
	}

}
