package io.slotwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class AvailabilityTests extends SchedulingTestSupport {

	@Autowired
	FindAvailableSlots availability;

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	BookWithoutHold book;

	@Test
	void freeSlotsLeaveOutBookingsHoldsAndTimesWithoutARoom() {
		Clinic clinic = clinic(2, 1, 1);
		Instant booked = clinic.at(2, LocalTime.of(9, 0));
		Instant held = clinic.at(2, LocalTime.of(11, 0));
		done(this.book.bookWithoutHold(clinic.staff(), Clinic.patient(), clinic.procedure(booked), Optional.empty()));
		done(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(held)));
		// the other practitioner takes the only room at 14:00
		Instant roomless = clinic.at(2, LocalTime.of(14, 0));
		done(this.book.bookWithoutHold(clinic.staff(), Clinic.patient(),
				clinic.procedure(clinic.practitioners.get(1), roomless), Optional.empty()));
		List<Instant> starts = starts(clinic, clinic.day(2), clinic.day(2));
		// 08:00-18:00, 15-minute grid, 30-minute visits: 39 starts while all is free
		assertThat(starts).doesNotContain(booked, booked.plusSeconds(900), booked.minusSeconds(900), held, roomless)
			.contains(booked.plusSeconds(1800), booked.minusSeconds(1800));
		assertThat(starts).hasSize(39 - 3 - 3 - 3);
	}

	@Test
	void slotsFollowLocalWallClockAcrossTheSpringForwardChange() {
		Clinic clinic = clinic(1, 1, 1);
		ZoneId zone = clinic.location.timeZone();
		this.clock.setTo(LocalDate.of(2027, 3, 10).atStartOfDay(zone).toInstant());
		List<Instant> saturday = starts(clinic, LocalDate.of(2027, 3, 13), LocalDate.of(2027, 3, 13));
		List<Instant> sunday = starts(clinic, LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 14));
		assertThat(saturday).hasSize(39).first().isEqualTo(Instant.parse("2027-03-13T13:00:00Z"));
		// after the change New York is UTC-4: 08:00 local is 12:00Z
		assertThat(sunday).hasSize(39).first().isEqualTo(Instant.parse("2027-03-14T12:00:00Z"));
		assertThat(sunday)
			.allSatisfy((start) -> assertThat(start.atZone(zone).toLocalTime().getMinute() % 15).isZero());
	}

	@Test
	void minimumNoticeAndHorizonBoundTheSlots() {
		Clinic clinic = clinic(1, 1, 1);
		ZoneId zone = clinic.location.timeZone();
		this.clock.setTo(clinic.day(3).atTime(LocalTime.of(12, 0)).atZone(zone).toInstant());
		List<Instant> today = starts(clinic, clinic.day(0), clinic.day(0));
		assertThat(today).isNotEmpty()
			.allSatisfy((start) -> assertThat(start).isAfterOrEqualTo(this.clock.instant().plusSeconds(3600)));
		this.clock.reset();
		// the last day one may ask about lies past the 90-day horizon: nothing is free
		assertThat(starts(clinic, clinic.day(91), clinic.day(91))).isEmpty();
		// further out is not a question about bookable days at all
		Problem beyond = refused(this.availability.availableSlots(new AvailabilityQuery(clinic.practitioner(),
				clinic.location.id(), clinic.procedure.visitType(), clinic.day(91), clinic.day(95))));
		assertThat(beyond.field()).contains("to");
		Problem past = refused(
				this.availability.availableSlots(new AvailabilityQuery(clinic.practitioner(), clinic.location.id(),
						clinic.procedure.visitType(), LocalDate.of(1999, 1, 1), LocalDate.of(1999, 1, 2))));
		assertThat(past.field()).contains("from");
	}

	@Test
	void tooLongARangeIsRefused() {
		Clinic clinic = clinic(1, 1, 1);
		assertThat(refused(this.availability.availableSlots(new AvailabilityQuery(clinic.practitioner(),
				clinic.location.id(), clinic.procedure.visitType(), clinic.day(1), clinic.day(40))))
			.code()).isEqualTo(Problem.Code.VALIDATION_FAILED);
	}

	private List<Instant> starts(Clinic clinic, LocalDate from, LocalDate to) {
		return done(this.availability.availableSlots(new AvailabilityQuery(clinic.practitioner(), clinic.location.id(),
				clinic.procedure.visitType(), from, to)))
			.stream()
			.map(Slot::start)
			.toList();
	}

}
