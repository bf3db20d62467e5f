package io.slotwise.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.testing.Clinic;
import io.slotwise.testing.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.CatalogEvent;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.catalog.CatalogChange;
import io.slotwise.resources.catalog.CatalogEditor;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.AvailabilityQuery;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.CancelBooking;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.HoldEvent;
import io.slotwise.scheduling.HoldForOffers;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.waitlist.ViewOfferRounds.RankedCandidate;
import io.slotwise.waitlist.ViewOfferRounds.RoundDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Freed capacity beyond cancellations, on real PostgreSQL and Redis with the real
 * resources and scheduling modules: new working hours reach the patients waiting for
 * them, an offer-held slot that came back is offered afresh to those who have not
 * answered it, each cause once however often its event is replayed, and staff see every
 * round's ranked candidates with their score breakdowns.
 */
@SpringBootTest
class FreedCapacityTests {

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	BookWithoutHold book;

	@Autowired
	CancelBooking cancel;

	@Autowired
	FindAvailableSlots slots;

	@Autowired
	HoldForOffers holds;

	@Autowired
	JoinWaitlist join;

	@Autowired
	RespondToOffer respond;

	@Autowired
	ViewOfferRounds rounds;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	final ZoneId zone = ZoneId.of("America/New_York");

	Clinic clinic;

	@BeforeEach
	void clinic() {
		this.clinic = Clinic.open(this.catalog);
		// the clinic's own hours event must be seen before the test changes them
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject("select count(*) from waitlist.hours_seen where practitioner_id = ?",
					Integer.class, this.clinic.practitioner().value()) > 0);

	}

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void newWorkingHoursAreOfferedToThePatientsWaitingForThem() {
		List<PatientId> evening = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			evening.add(joined(List.of(new TimeWindow(LocalTime.of(18, 0), LocalTime.of(20, 0)))));
		}
		PatientId morning = joined(List.of(new TimeWindow(LocalTime.of(8, 0), LocalTime.of(10, 0))));

		workUntil(LocalTime.of(20, 0));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> evening.stream().filter((p) -> !this.respond.offersOf(p, 0, 1).isEmpty()).count() == 4);
		List<Instant> starts = evening.stream().map((p) -> this.respond.offersOf(p, 0, 1).getFirst().start()).toList();
		Instant six = day(2).atTime(18, 0).atZone(this.zone).toInstant();
		// the top three get the first new slot at once; the fourth, passed over there,
		// gets the next one that does not overlap it
		assertThat(starts).filteredOn(six::equals).hasSize(3);
		assertThat(starts).filteredOn((start) -> start.equals(six.plus(Duration.ofMinutes(30)))).hasSize(1);
		assertThat(this.respond.offersOf(morning, 0, 10)).isEmpty();
		assertThat(publicSlots()).doesNotContain(six, six.plus(Duration.ofMinutes(30)))
			.contains(six.plus(Duration.ofHours(1)));

		// the change again (a replayed publication): nothing new
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new CatalogEvent.WorkingHoursChanged(this.clinic.practitioner(), this.clinic.location())));
		awaitQuiet();
		assertThat(evening.stream().mapToInt((p) -> this.respond.offersOf(p, 0, 10).size()).sum()).isEqualTo(4);
	}

	@Test
	void anOfferHeldSlotThatCameBackIsOfferedAgainToThoseWhoHaveNotAnswered() {
		List<PatientId> waiting = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			waiting.add(joined(List.of()));
		}
		Instant start = day(2).atTime(10, 0).atZone(this.zone).toInstant();
		AppointmentDetails booked = bookAndCancel(start);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> waiting.stream().filter((p) -> !this.respond.offersOf(p, 0, 1).isEmpty()).count() == 3);
		PatientId first = waiting.stream()
			.filter((p) -> !this.respond.offersOf(p, 0, 1).isEmpty())
			.filter((p) -> this.respond.offersOf(p, 0, 1).getFirst().rank() == 1)
			.findFirst()
			.orElseThrow();
		done(this.respond.decline(first, this.respond.offersOf(first, 0, 1).getFirst().id()));
		awaitQuiet();

		// the offer hold is lost (here released behind the waitlist's back) and its
		// expiry
		// announced, as scheduling's expiry watch does
		HoldId hold = new HoldId(this.jdbc.queryForObject("select hold_id from waitlist.round where cause = ?",
				UUID.class, "cancelled:" + booked.id().value()));
		assertThat(this.holds.releaseOffers(hold)).isInstanceOf(Outcome.Done.class);
		HoldEvent.Expired expired = new HoldEvent.Expired(hold, new PatientId(hold.value()), this.clinic.practitioner(),
				this.clinic.location(), this.clinic.visitType(), start, booked.end(), this.clock.instant());
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(expired));
		awaitQuiet();

		List<PatientId> others = waiting.stream().filter((p) -> !p.equals(first)).toList();
		for (PatientId patient : others) {
			List<OfferDetails> offers = this.respond.offersOf(patient, 0, 10);
			assertThat(offers.getFirst().status()).as("the follow-up offer").isEqualTo(OfferDetails.Status.OPEN);
			assertThat(offers.subList(1, offers.size())).extracting(OfferDetails::status)
				.as("offers of the lost hold")
				.containsOnly(OfferDetails.Status.WITHDRAWN);
		}
		assertThat(this.respond.offersOf(first, 0, 10)).singleElement()
			.extracting(OfferDetails::status)
			.isEqualTo(OfferDetails.Status.DECLINED);
		assertThat(publicSlots()).doesNotContain(start);

		// replayed: no third round
		int offered = others.stream().mapToInt((p) -> this.respond.offersOf(p, 0, 10).size()).sum();
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(expired));
		awaitQuiet();
		assertThat(others.stream().mapToInt((p) -> this.respond.offersOf(p, 0, 10).size()).sum()).isEqualTo(offered);

		// staff see both rounds, newest first, with ranked candidates and their scores
		Requester staff = new Requester(UUID.randomUUID(), Requester.Standing.STAFF, Set.of(this.clinic.location()));
		List<RoundDetails> shown = done(this.rounds.roundsAt(staff, this.clinic.location(), 0, 10));
		assertThat(shown).extracting(RoundDetails::cause)
			.containsExactly("returned:" + hold.value(), "cancelled:" + booked.id().value());
		assertThat(shown.get(0).candidates()).extracting(RankedCandidate::patient)
			.containsExactlyInAnyOrderElementsOf(others);
		RoundDetails cancelled = shown.get(1);
		assertThat(cancelled.candidateCount()).isEqualTo(4);
		assertThat(cancelled.candidates()).extracting(RankedCandidate::rank).containsExactly(1, 2, 3, 4);
		assertThat(cancelled.candidates()).extracting((c) -> c.score().total())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(cancelled.candidates().getFirst().offer()).contains(OfferDetails.Status.DECLINED);
		assertThat(cancelled.candidates().subList(1, 4)).extracting(RankedCandidate::offer)
			.containsOnly(Optional.of(OfferDetails.Status.WITHDRAWN));
		Requester elsewhere = new Requester(UUID.randomUUID(), Requester.Standing.STAFF,
				Set.of(io.slotwise.resources.LocationId.of(UUID.randomUUID().toString())));
		assertThat(this.rounds.roundsAt(elsewhere, this.clinic.location(), 0, 10))
			.isEqualTo(WaitlistOutcome.refused(WaitlistProblem.Code.FORBIDDEN, "Not one of your locations"));
	}

	private PatientId joined(List<TimeWindow> windows) {
		PatientId patient = new PatientId(UUID.randomUUID());
		done(this.join.join(patient,
				new Preferences(this.clinic.visitType(), List.of(), List.of(this.clinic.location()), null, null, day(2),
						day(2), Set.of(), windows, Duration.ZERO, Set.of(Channel.IN_APP), null)));
		return patient;
	}

	private void workUntil(LocalTime end) {
		List<WorkingHours.Weekly> hours = Arrays.stream(DayOfWeek.values())
			.map((day) -> new WorkingHours.Weekly(day, LocalTime.of(8, 0), end))
			.toList();
		assertThat(this.catalog.setWorkingHours(CatalogEditor.administrator(UUID.randomUUID()),
				new WorkingHours(this.clinic.practitioner(), this.clinic.location(), hours, List.of())))
			.isInstanceOf(CatalogChange.Applied.class);
	}

	private AppointmentDetails bookAndCancel(Instant start) {
		PatientId owner = new PatientId(UUID.randomUUID());
		AppointmentDetails booked = scheduled(this.book.bookWithoutHold(Requester.patient(owner), owner,
				new SlotRequest(this.clinic.practitioner(), this.clinic.location(), this.clinic.visitType(), start),
				Optional.empty()));
		scheduled(this.cancel.cancelBooking(Requester.patient(owner), booked.id()));
		return booked;
	}

	private List<Instant> publicSlots() {
		return scheduled(this.slots.availableSlots(new AvailabilityQuery(this.clinic.practitioner(),
				this.clinic.location(), this.clinic.visitType(), day(2), day(2))))
			.stream()
			.map(Slot::start)
			.toList();
	}

	/** Every event publication has been handled by its listeners. */
	private void awaitQuiet() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null", Integer.class) == 0);
	}

	private LocalDate day(int ahead) {
		return this.clock.instant().atZone(this.zone).toLocalDate().plusDays(ahead);
	}

	private static <T> T done(WaitlistOutcome<T> outcome) {
		assertThat(outcome).isInstanceOf(WaitlistOutcome.Done.class);
		return ((WaitlistOutcome.Done<T>) outcome).value();
	}

	private static <T> T scheduled(Outcome<T> outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Done.class);
		return ((Outcome.Done<T>) outcome).value();
	}

}
