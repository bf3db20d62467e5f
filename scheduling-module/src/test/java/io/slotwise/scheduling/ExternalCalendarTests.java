package io.slotwise.scheduling;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.CALENDAR_CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.CalendarCaller;
import io.slotwise.scheduling.calendar.CalendarConnectionDetails;
import io.slotwise.scheduling.calendar.CalendarEvent;
import io.slotwise.scheduling.calendar.CalendarSync;
import io.slotwise.scheduling.calendar.CalendarSyncStatus;
import io.slotwise.scheduling.calendar.ConnectionStatus;
import io.slotwise.scheduling.calendar.ManageCalendars;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * External busy times end to end: a feed served by a local stand-in is connected, synced
 * into PostgreSQL, and then blocks availability, holds and bookings, buffer included. The
 * clinic's procedure lasts 30 minutes; the external event is 10:00-11:00, so with the
 * 15-minute buffer 09:45-11:15 is blocked.
 */
@ApplicationModuleTest
class ExternalCalendarTests extends SchedulingTestSupport {

	private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	static ProviderStandIn provider;

	@Autowired
	ManageCalendars calendars;

	@Autowired
	CalendarSyncStatus syncStatus;

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	BookWithoutHold book;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	FindAvailableSlots availability;

	@Autowired
	DSLContext db;

	@BeforeAll
	static void startProvider() throws Exception {
		provider = new ProviderStandIn();
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@Test
	void aBookingOverlappingAnEventOrItsBufferIsRefusedOneJustOutsideIsAccepted() {
		Clinic clinic = clinic(1, 2, 2);
		CalendarConnectionDetails connection = connectMeeting(clinic, "/feeds/" + UUID.randomUUID());
		assertThat(connection.status()).isEqualTo(ConnectionStatus.CONNECTED);
		assertThat(connection.lastSyncedAt()).isPresent();
		assertThat(connection.lastError()).isEmpty();

		for (LocalTime inside : List.of(LocalTime.of(9, 30), LocalTime.of(10, 30), LocalTime.of(11, 0))) {
			assertThat(refused(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, inside)))).code())
				.as("hold at %s", inside)
				.isEqualTo(Problem.Code.EXTERNAL_CALENDAR_CONFLICT);
		}
		PatientId patient = Clinic.patient();
		assertThat(refused(this.book.bookWithoutHold(clinic.staff(), patient,
				clinic.procedure(clinic.at(2, LocalTime.of(9, 45))), Optional.empty()))
			.code()).isEqualTo(Problem.Code.EXTERNAL_CALENDAR_CONFLICT);

		done(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(9, 15)))));
		done(this.book.bookWithoutHold(clinic.staff(), patient, clinic.procedure(clinic.at(2, LocalTime.of(11, 15))),
				Optional.empty()));
	}

	@Test
	void availabilityLeavesOutTheBlockedTime() {
		Clinic clinic = clinic(1, 1, 1);
		connectMeeting(clinic, "/feeds/" + UUID.randomUUID());
		List<Instant> starts = done(this.availability.availableSlots(new AvailabilityQuery(clinic.practitioner(),
				clinic.location.id(), clinic.procedure.visitType(), clinic.day(2), clinic.day(2))))
			.stream()
			.map(Slot::start)
			.toList();
		assertThat(starts).contains(clinic.at(2, LocalTime.of(9, 15)), clinic.at(2, LocalTime.of(11, 15)))
			.doesNotContain(clinic.at(2, LocalTime.of(9, 30)), clinic.at(2, LocalTime.of(9, 45)),
					clinic.at(2, LocalTime.of(10, 0)), clinic.at(2, LocalTime.of(10, 45)),
					clinic.at(2, LocalTime.of(11, 0)));
		// 08:00-18:00 offers 39 starts of a 30-minute visit; 09:30 to 11:00 are the 7
		// blocked.
		assertThat(starts).hasSize(39 - 7);
	}

	@Test
	void aSlowFeedNeverDelaysBookingItsLastDataIsUsedAndFlaggedStale() {
		Clinic clinic = clinic(1, 1, 1);
		String path = "/feeds/" + UUID.randomUUID();
		CalendarConnectionDetails connection = connectMeeting(clinic, path);
		provider.answer(path, ProviderStandIn.Answer.calendar(ics()).after(Duration.ofSeconds(5)));

		long started = System.nanoTime();
		CalendarConnectionDetails refreshed = done(this.calendars.refreshNow(admin(), connection.id()));
		long refreshMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(refreshed.lastError()).isPresent();
		assertThat(refreshMillis).as("bounded by the 1 s fetch timeout").isLessThan(4_000);

		started = System.nanoTime();
		Problem problem = refused(
				this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))));
		long holdMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(problem.code()).isEqualTo(Problem.Code.EXTERNAL_CALENDAR_CONFLICT);
		System.out.printf("slow feed: refresh gave up after %d ms; a hold answered in %d ms%n", refreshMillis,
				holdMillis);

		assertThat(sync(clinic.practitioner()).stale()).isFalse();
		this.clock.advance(Duration.ofMinutes(31));
		CalendarSync later = sync(clinic.practitioner());
		assertThat(later.stale()).isTrue();
		assertThat(later.outOfSync()).isFalse();
	}

	@Test
	void aRevokedFeedIsDisconnectedStopsCountingAndFlagsTheAvailability() {
		Clinic clinic = clinic(1, 1, 1);
		String path = "/feeds/" + UUID.randomUUID();
		CalendarConnectionDetails connection = connectMeeting(clinic, path);
		provider.answer(path, new ProviderStandIn.Answer(410, "text/plain", "gone", Duration.ZERO));

		CalendarConnectionDetails revoked = done(this.calendars.refreshNow(admin(), connection.id()));
		assertThat(revoked.status()).isEqualTo(ConnectionStatus.DISCONNECTED);
		assertThat(sync(clinic.practitioner()).outOfSync()).isTrue();
		assertThat(this.events.ofType(CalendarEvent.Disconnected.class))
			.anyMatch((event) -> event.connection().equals(connection.id()));
		done(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))));
	}

	@Test
	void theFeedUrlIsEncryptedAtRestAndOnlyItsPractitionerOrStaffMayConnect() {
		Clinic clinic = clinic(1, 1, 1);
		String path = "/feeds/secret-" + UUID.randomUUID();
		CalendarConnectionDetails connection = connectMeeting(clinic, path);
		byte[] stored = this.db.select(CALENDAR_CONNECTION.SECRET)
			.from(CALENDAR_CONNECTION)
			.where(CALENDAR_CONNECTION.ID.eq(connection.id().value()))
			.fetchSingle()
			.value1();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(path);
		assertThat(connection.toString()).doesNotContain(path);

		PractitionerId someoneElse = new PractitionerId(UUID.randomUUID());
		assertThat(refused(this.calendars.connectFeed(CalendarCaller.practitioner(someoneElse), clinic.practitioner(),
				provider.uri(path), Optional.empty()))
			.code()).isEqualTo(Problem.Code.FORBIDDEN);
		assertThat(done(
				this.calendars.connections(CalendarCaller.practitioner(clinic.practitioner()), clinic.practitioner())))
			.extracting(CalendarConnectionDetails::id)
			.containsExactly(connection.id());
	}

	@Test
	void aBusyIntervalThatAppearedAfterTheHoldRefusesTheConfirm() {
		Clinic clinic = clinic(1, 1, 1);
		String path = "/feeds/" + UUID.randomUUID();
		provider.answer(path, ProviderStandIn.Answer.calendar(ics()));
		CalendarConnectionDetails connection = done(
				this.calendars.connectFeed(CalendarCaller.practitioner(clinic.practitioner()), clinic.practitioner(),
						provider.uri(path), Optional.empty()));
		PatientId early = Clinic.patient();
		PatientId late = Clinic.patient();
		HoldDetails beforeTheMeeting = done(
				this.holdSlot.holdSlot(early, clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))));
		HoldDetails elsewhere = done(this.holdSlot.holdSlot(late, clinic.procedure(clinic.at(2, LocalTime.of(14, 0)))));

		// The practitioner adds a meeting over the first hold; the next sync caches it.
		provider.answer(path, ProviderStandIn.Answer
			.calendar(ics(event(clinic.at(2, LocalTime.of(10, 0)), clinic.at(2, LocalTime.of(11, 0))))));
		done(this.calendars.refreshNow(admin(), connection.id()));

		assertThat(refused(this.confirm.confirmBooking(early, beforeTheMeeting.id(), Optional.empty())).code())
			.isEqualTo(Problem.Code.EXTERNAL_CALENDAR_CONFLICT);
		done(this.confirm.confirmBooking(late, elsewhere.id(), Optional.empty()));
	}

	@Test
	void feedUrlsThatAreNotPublicAreRefusedAndNothingIsStored() {
		Clinic clinic = clinic(1, 1, 1);
		CalendarCaller self = CalendarCaller.practitioner(clinic.practitioner());
		for (String url : List.of("http://localhost:5432/feed.ics", "http://10.0.0.5/feed.ics",
				"http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/feed.ics", "http://[fd00::1]/feed.ics",
				"http://192.168.1.1/feed.ics", "http://0.0.0.0/feed.ics", "http://metadata.google.internal/x",
				"http://[::ffff:10.0.0.1]/feed.ics", "file:///etc/passwd", "ftp://example.org/feed.ics",
				"gopher://example.org/feed")) {
			Problem problem = refused(this.calendars.connectFeed(self, clinic.practitioner(), java.net.URI.create(url),
					Optional.empty()));
			assertThat(problem.code()).as(url).isEqualTo(Problem.Code.CALENDAR_URL_NOT_ALLOWED);
			assertThat(problem.field()).as(url).contains("feedUrl");
		}
		assertThat(done(this.calendars.connections(self, clinic.practitioner()))).isEmpty();
	}

	@Test
	void aFeedThatRedirectsToAPrivateAddressOrIsTooLargeFailsTheSyncNotTheServer() {
		Clinic clinic = clinic(1, 1, 1);
		String path = "/feeds/" + UUID.randomUUID();
		CalendarConnectionDetails connection = connectMeeting(clinic, path);

		provider.answer(path, ProviderStandIn.Answer.redirect("http://169.254.169.254/latest/meta-data/"));
		CalendarConnectionDetails redirected = done(this.calendars.refreshNow(admin(), connection.id()));
		assertThat(redirected.lastError()).hasValueSatisfying((error) -> assertThat(error).contains("Redirected"));
		assertThat(redirected.status()).isEqualTo(ConnectionStatus.CONNECTED);

		provider.answer(path, ProviderStandIn.Answer.calendar("X".repeat(5 * 1024 * 1024 + 1)));
		CalendarConnectionDetails huge = done(this.calendars.refreshNow(admin(), connection.id()));
		assertThat(huge.lastError()).hasValueSatisfying((error) -> assertThat(error).contains("larger than"));

		// The last good data still blocks the meeting.
		assertThat(
				refused(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))))
					.code())
			.isEqualTo(Problem.Code.EXTERNAL_CALENDAR_CONFLICT);
	}

	private CalendarConnectionDetails connectMeeting(Clinic clinic, String path) {
		provider.answer(path, ProviderStandIn.Answer
			.calendar(ics(event(clinic.at(2, LocalTime.of(10, 0)), clinic.at(2, LocalTime.of(11, 0))))));
		return done(this.calendars.connectFeed(CalendarCaller.practitioner(clinic.practitioner()),
				clinic.practitioner(), provider.uri(path), Optional.empty()));
	}

	private CalendarSync sync(PractitionerId practitioner) {
		Map<PractitionerId, CalendarSync> all = this.syncStatus.syncOf(List.of(practitioner));
		return all.get(practitioner);
	}

	private static CalendarCaller admin() {
		return CalendarCaller.admin(UUID.randomUUID());
	}

	private static String event(Instant start, Instant end) {
		return "BEGIN:VEVENT\r\nUID:" + UUID.randomUUID() + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:"
				+ ICS_TIME.format(start) + "\r\nDTEND:" + ICS_TIME.format(end)
				+ "\r\nSUMMARY:Board meeting\r\nEND:VEVENT\r\n";
	}

	static String ics(String... events) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Slotwise//Tests//EN\r\n" + String.join("", events)
				+ "END:VCALENDAR\r\n";
	}

}
