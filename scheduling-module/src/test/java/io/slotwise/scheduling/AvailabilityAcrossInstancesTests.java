package io.slotwise.scheduling;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.slotwise.instances.SecondSchedulingInstance;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Two instances on one PostgreSQL and Redis: an availability subscriber connected to
 * instance B hears a hold and a booking made on instance A, exactly as often as a
 * subscriber on A does, and only for the practitioner and location it watches.
 */
@ApplicationModuleTest
class AvailabilityAcrossInstancesTests extends SchedulingTestSupport {

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	WatchAvailability here;

	@Autowired
	Environment environment;

	@Test
	void aSubscriberOnAnotherInstanceHearsABookingMadeHere() {
		Clinic clinic = clinic(2, 1, 1);
		PractitionerId booked = clinic.practitioners.get(0);
		PractitionerId untouched = clinic.practitioners.get(1);
		LocationId location = clinic.location.id();
		try (ConfigurableApplicationContext other = SecondSchedulingInstance.start(this.environment)) {
			WatchAvailability there = other.getBean(WatchAvailability.class);
			AtomicInteger heardHere = new AtomicInteger();
			AtomicInteger heardThere = new AtomicInteger();
			AtomicInteger heardForOther = new AtomicInteger();
			Disposable a = this.here.changes(booked, location).subscribe((change) -> heardHere.incrementAndGet());
			Disposable b = there.changes(booked, location).subscribe((change) -> heardThere.incrementAndGet());
			Disposable c = there.changes(untouched, location).subscribe((change) -> heardForOther.incrementAndGet());
			try {
				PatientId patient = Clinic.patient();
				HoldDetails hold = done(
						this.holdSlot.holdSlot(patient, clinic.procedure(booked, clinic.at(2, LocalTime.of(9, 0)))));
				done(this.confirm.confirmBooking(patient, hold.id(), Optional.empty()));

				await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
					assertThat(heardHere).hasPositiveValue();
					assertThat(heardThere).hasValue(heardHere.get());
				});
				assertThat(heardForOther).hasValue(0);
			}
			finally {
				a.dispose();
				b.dispose();
				c.dispose();
			}
		}
	}

}
