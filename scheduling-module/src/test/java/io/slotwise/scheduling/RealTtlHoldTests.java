package io.slotwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Once with real time: a one-second hold disappears from Redis by itself, with nobody
 * sweeping, and the slot is free again.
 */
@ApplicationModuleTest
@TestPropertySource(
		properties = { "slotwise.scheduling.hold-ttl=PT1S", "slotwise.scheduling.expired-hold-memory=PT0S" })
class RealTtlHoldTests extends SchedulingTestSupport {

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	RedissonClient redisson;

	@Test
	void aShortHoldExpiresInRealTime() throws InterruptedException {
		Clinic clinic = clinic(1, 1, 1);
		PatientId holder = Clinic.patient();
		SlotRequest slot = clinic.procedure(clinic.at(2, LocalTime.of(10, 0)));
		HoldDetails hold = done(this.holdSlot.holdSlot(holder, slot));
		String key = "slotwise:scheduling:{holds}:hold:" + hold.id().value();
		assertThat(this.redisson.getKeys().countExists(key)).isOne();
		assertThat(refused(this.holdSlot.holdSlot(Clinic.patient(), slot)).code())
			.isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
		Thread.sleep(1_300);
		assertThat(this.redisson.getKeys().countExists(key)).isZero();
		assertThat(refused(this.confirm.confirmBooking(holder, hold.id(), Optional.empty())).code())
			.isIn(Problem.Code.HOLD_EXPIRED, Problem.Code.HOLD_NOT_FOUND);
		done(this.holdSlot.holdSlot(Clinic.patient(), slot));
	}

}
