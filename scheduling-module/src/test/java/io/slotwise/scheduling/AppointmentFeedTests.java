package io.slotwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.AppointmentFeeds;
import io.slotwise.scheduling.calendar.CalendarCaller;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The practitioner's private appointment feed: valid iCalendar a phone accepts (parsed
 * back with ical4j), one stable UID per appointment, cancellations marked, no patient
 * data, and a URL that rotation or revocation turns off.
 */
@ApplicationModuleTest
class AppointmentFeedTests extends SchedulingTestSupport {

	@Autowired
	AppointmentFeeds feeds;

	@Autowired
	BookWithoutHold book;

	@Autowired
	CancelBooking cancel;

	@Autowired
	RescheduleBooking reschedule;

	@Test
	void theFeedListsTheAppointmentsWithStableUidsAndMarksCancellations() throws Exception {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		AppointmentDetails kept = done(this.book.bookWithoutHold(clinic.staff(), patient,
				clinic.procedure(clinic.at(2, LocalTime.of(9, 0))), Optional.empty()));
		AppointmentDetails cancelled = done(this.book.bookWithoutHold(clinic.staff(), Clinic.patient(),
				clinic.procedure(clinic.at(2, LocalTime.of(11, 0))), Optional.empty()));
		done(this.cancel.cancelBooking(clinic.staff(), cancelled.id()));
		String token = token(done(this.feeds.issueFeed(self(clinic), clinic.practitioner())));

		String ics = this.feeds.feed(token).orElseThrow();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.<VEvent>getComponents(Component.VEVENT);
		assertThat(events).hasSize(2);
		VEvent first = event(events, kept.id());
		assertThat(value(first, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(first, Property.DTSTART)).isEqualTo(ics(kept.start()));
		assertThat(value(event(events, cancelled.id()), Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(ics).doesNotContain(patient.value().toString())
			.doesNotContain(clinic.procedure.visitType().value().toString())
			.contains("\r\n");

		// Moving the appointment moves the same event.
		AppointmentDetails moved = done(
				this.reschedule.rescheduleBooking(clinic.staff(), kept.id(), clinic.at(2, LocalTime.of(14, 0))));
		Calendar after = new CalendarBuilder().build(new StringReader(this.feeds.feed(token).orElseThrow()));
		VEvent same = event(after.<VEvent>getComponents(Component.VEVENT), kept.id());
		assertThat(value(same, Property.DTSTART)).isEqualTo(ics(moved.start()));
	}

	@Test
	void rotatingOrRevokingTurnsTheOldUrlOffAndOnlyThePractitionerOrTheirStaffMayDoIt() {
		Clinic clinic = clinic(1, 1, 1);
		String first = token(done(this.feeds.issueFeed(self(clinic), clinic.practitioner())));
		assertThat(this.feeds.feed(first)).isPresent();

		String second = token(done(this.feeds.issueFeed(self(clinic), clinic.practitioner())));
		assertThat(second).isNotEqualTo(first);
		assertThat(this.feeds.feed(first)).as("rotated").isEmpty();
		assertThat(this.feeds.feed(second)).isPresent();

		assertThat(done(this.feeds.revokeFeed(self(clinic), clinic.practitioner()))).isTrue();
		assertThat(this.feeds.feed(second)).as("revoked").isEmpty();
		assertThat(done(this.feeds.revokeFeed(self(clinic), clinic.practitioner()))).isFalse();

		PractitionerId someoneElse = new PractitionerId(UUID.randomUUID());
		assertThat(
				refused(this.feeds.issueFeed(CalendarCaller.practitioner(someoneElse), clinic.practitioner())).code())
			.isEqualTo(Problem.Code.FORBIDDEN);
		assertThat(this.feeds.feed("")).isEmpty();
		assertThat(this.feeds.feed("x".repeat(10_000))).isEmpty();
		assertThat(this.feeds.feed(UUID.randomUUID().toString())).isEmpty();
	}

	private static VEvent event(List<VEvent> events, AppointmentId appointment) {
		return events.stream()
			.filter((event) -> value(event, Property.UID).equals(appointment.value() + "@slotwise"))
			.findFirst()
			.orElseThrow();
	}

	private static String value(VEvent event, String property) {
		return event.<Property>getProperty(property).map(Property::getValue).orElseThrow();
	}

	private static String ics(java.time.Instant instant) {
		return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(java.time.ZoneOffset.UTC)
			.format(instant);
	}

	private static String token(URI feedUrl) {
		String path = feedUrl.getPath();
		assertThat(path).startsWith("/calendar/feeds/").endsWith(".ics");
		return path.substring("/calendar/feeds/".length(), path.length() - ".ics".length());
	}

	private static CalendarCaller self(Clinic clinic) {
		return CalendarCaller.practitioner(clinic.practitioner());
	}

}
