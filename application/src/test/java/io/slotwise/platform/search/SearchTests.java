package io.slotwise.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.AvailabilityQuery;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.CancelBooking;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.search.SearchOutcome;
import io.slotwise.scheduling.search.SearchPractitioners;
import io.slotwise.scheduling.search.SearchQuery;
import io.slotwise.scheduling.search.SearchResult;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.search.ViewPractitioner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Search over the real catalog, availability, cache and urgency stores. Every expected
 * number is read back from the stores (free slots from the scheduling core, bookings from
 * what the test booked, viewers from what it recorded), never assumed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	SearchPractitioners search;

	@Autowired
	FindAvailableSlots slots;

	@Autowired
	BookWithoutHold book;

	@Autowired
	CancelBooking cancel;

	@Autowired
	ViewPractitioner views;

	@Autowired
	Clock clock;

	SearchNetwork network;

	Requester staff = new Requester(UUID.randomUUID(), Requester.Standing.ADMIN, java.util.Set.of());

	@BeforeEach
	void network() {
		this.network = new SearchNetwork(this.catalog);
	}

	@Test
	void radiusUsesRealZipDistances() {
		assertThat(names(found(Search.of(this.network).miles(3)))).containsExactlyInAnyOrder("Dr. Near",
				"Dr. Français");
		List<SearchResult> five = found(Search.of(this.network).miles(5));
		assertThat(names(five)).containsExactlyInAnyOrder("Dr. Near", "Dr. Français", "Dr. Brooklyn");
		SearchResult brooklyn = result(five, this.network.brooklynDoctor);
		assertThat(brooklyn.distance().kilometres()).isCloseTo(6.36, within(0.05));
		assertThat(brooklyn.distance().miles()).isCloseTo(3.95, within(0.05));
		assertThat(brooklyn.location().zip()).isEqualTo("11201");
		assertThat(names(found(Search.of(this.network).radius(40, SearchQuery.Unit.KILOMETRES)))).hasSize(4);
		assertThat(names(found(Search.of(this.network).radius(30, SearchQuery.Unit.KILOMETRES)))).hasSize(3);
	}

	@Test
	void insuranceIsAHardFilter() {
		Search query = Search.of(this.network).miles(30);
		query.plan = "CIGNA_PPO";
		assertThat(names(found(query))).containsExactlyInAnyOrder("Dr. Brooklyn", "Dr. Westchester");
	}

	@Test
	void requiredLanguagesFilterAnyOfAndPreferredLanguagesOnlyScore() {
		assertThat(names(found(Search.of(this.network).miles(30).languages(true, "es", "fr"))))
			.containsExactlyInAnyOrder("Dr. Brooklyn", "Dr. Westchester", "Dr. Français");
		List<SearchResult> preferred = found(Search.of(this.network).miles(30).languages(false, "es", "fr"));
		assertThat(preferred).hasSize(4);
		assertThat(component(result(preferred, this.network.near), "language").points()).isZero();
		assertThat(component(result(preferred, this.network.french), "language").value()).isEqualTo(1.0);
	}

	@Test
	void scoreExplainsItselfAndRankingIsStableAcrossPages() {
		List<SearchResult> all = found(Search.of(this.network).miles(30));
		assertThat(all).hasSize(4);
		for (SearchResult result : all) {
			double points = result.match().breakdown().stream().mapToDouble(SearchResult.ScoreComponent::points).sum();
			assertThat(result.match().score()).isBetween(0, 100);
			assertThat((double) result.match().score()).isCloseTo(points, within(0.5));
			assertThat(result.match().breakdown()).extracting(SearchResult.ScoreComponent::name)
				.containsExactly("availability", "distance", "rating", "language", "insurance");
		}
		assertThat(all).extracting((result) -> result.match().score()).isSortedAccordingTo((a, b) -> b - a);
		// Same practitioners, same hours: the nearer one scores more on distance.
		assertThat(component(result(all, this.network.near), "distance").points())
			.isGreaterThan(component(result(all, this.network.westchesterDoctor), "distance").points());
		// Bayesian rating: 100 reviews at 4.8 beat one review at 5.0.
		assertThat(component(result(all, this.network.near), "rating").value())
			.isGreaterThan(component(result(all, this.network.westchesterDoctor), "rating").value());
		List<SearchResult> paged = new ArrayList<>();
		paged.addAll(page(Search.of(this.network).miles(30), 0, 3));
		paged.addAll(page(Search.of(this.network).miles(30), 3, 3));
		assertThat(ids(paged)).containsExactlyElementsOf(ids(all));
		assertThat(ids(found(Search.of(this.network).miles(30)))).containsExactlyElementsOf(ids(all));
	}

	@Test
	void nextSlotsHonourTimeOfDayAndWeekdayWishesAndDefaultVisitTypeIsNamed() {
		Search query = Search.of(this.network).miles(3);
		query.visitType = null;
		query.specialty = this.network.specialty;
		query.earliest = LocalTime.of(14, 0);
		query.latest = LocalTime.of(16, 0);
		query.weekdays = java.util.Set.of(java.time.DayOfWeek.TUESDAY);
		SearchResult near = result(found(query), this.network.near);
		assertThat(near.visitTypeChosenBySearch()).isTrue();
		assertThat(near.visitType().id()).isEqualTo(this.network.visitType.id());
		assertThat(near.nextSlots()).isNotEmpty().allSatisfy((slot) -> {
			var start = slot.start().atZone(NEW_YORK);
			assertThat(start.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);
			assertThat(start.toLocalTime()).isBetween(LocalTime.of(14, 0), LocalTime.of(16, 0));
		});
		assertThat(near.nextSlots()).isSortedAccordingTo(java.util.Comparator.comparing(Slot::start));
	}

	@Test
	void aBookedSlotDisappearsFromTheNextSearchAndReturnsOnCancellation() {
		Search query = Search.of(this.network).miles(3);
		SearchResult before = result(found(query), this.network.near);
		Slot first = before.nextSlots().getFirst();
		// served from the cache now: still the same
		assertThat(result(found(query), this.network.near).nextSlots()).contains(first);
		AppointmentDetails booked = done(
				this.book.bookWithoutHold(
						this.staff, new PatientId(UUID.randomUUID()), new SlotRequest(this.network.near.id(),
								this.network.manhattan.id(), this.network.visitType.id(), first.start()),
						Optional.empty()));
		SearchResult after = result(found(query), this.network.near);
		assertThat(after.nextSlots()).doesNotContain(first);
		// a 30-minute booking removes every start on the 15-minute grid that overlaps it
		LocalDate today = LocalDate.now(this.clock.withZone(NEW_YORK));
		assertThat(after.urgency().slotsLeftThisWeek())
			.isEqualTo(free(this.network.near, today, today.plusDays(6)).size())
			.isLessThan(before.urgency().slotsLeftThisWeek());
		done(this.cancel.cancelBooking(this.staff, booked.id()));
		SearchResult restored = result(found(query), this.network.near);
		assertThat(restored.nextSlots().getFirst()).isEqualTo(first);
		assertThat(restored.urgency().slotsLeftThisWeek()).isEqualTo(before.urgency().slotsLeftThisWeek());
	}

	@Test
	void slotCountsAreRealCountsOfFreeSlots() {
		Search query = Search.of(this.network).miles(3);
		SearchResult before = result(found(query), this.network.near);
		LocalDate today = LocalDate.now(this.clock.withZone(NEW_YORK));
		assertThat(before.urgency().slotsLeftToday()).isEqualTo(free(this.network.near, today, today).size());
		List<Slot> week = free(this.network.near, today, today.plusDays(6));
		assertThat(before.urgency().slotsLeftThisWeek()).isEqualTo(week.size());
		assertThat(before.urgency().recentBookings()).isZero();
		// three 30-minute bookings tomorrow, far apart: each removes the three starts on
		// the 15-minute grid that overlap it (xx:45, its own, xx:15), nine in all
		LocalDate tomorrow = today.plusDays(1);
		for (LocalTime at : List.of(LocalTime.of(10, 0), LocalTime.of(12, 0), LocalTime.of(14, 0))) {
			bookAt(this.network.near, new Slot(tomorrow.atTime(at).atZone(NEW_YORK).toInstant(),
					tomorrow.atTime(at.plusMinutes(30)).atZone(NEW_YORK).toInstant()));
		}
		SearchResult after = result(found(query), this.network.near);
		assertThat(after.urgency().slotsLeftThisWeek()).isEqualTo(before.urgency().slotsLeftThisWeek() - 9)
			.isEqualTo(free(this.network.near, today, today.plusDays(6)).size());
		assertThat(after.urgency().slotsLeftToday()).isEqualTo(before.urgency().slotsLeftToday());
		assertThat(after.urgency().recentBookings()).isEqualTo(3);
		assertThat(after.urgency().bookedThisWeek()).isEqualTo(3);
		// 3 booked of ~80: plenty of room, so not "filling fast"
		assertThat(after.urgency().fillingFast()).isFalse();
	}

	@Test
	void fillingFastOnlyWhenRecentBookingsAndTheBookedShareAreBothHigh() {
		Practitioner busy = this.network.practitioner("Dr. Busy", List.of("en"), List.of("AETNA_PPO"), 4.5, 20,
				this.network.manhattan, LocalTime.of(19, 0), LocalTime.of(20, 0));
		Search query = Search.of(this.network).miles(3);
		SearchResult quiet = result(found(query), busy);
		assertThat(quiet.urgency().fillingFast()).isFalse();
		// 19:00-20:00 daily: starts 19:00, 19:15, 19:30. Book 19:00 and 19:30 on five of
		// the next six days (10 bookings); at most today and the sixth day stay free (6
		// starts), so at least 10 of 16 (62%) is booked, above the 60% threshold.
		LocalDate today = LocalDate.now(this.clock.withZone(NEW_YORK));
		int toBook = 0;
		for (int day = 1; day <= 5; day++) {
			for (LocalTime at : List.of(LocalTime.of(19, 0), LocalTime.of(19, 30))) {
				LocalDate date = today.plusDays(day);
				bookAt(busy, new Slot(date.atTime(at).atZone(NEW_YORK).toInstant(),
						date.atTime(at.plusMinutes(30)).atZone(NEW_YORK).toInstant()));
				toBook++;
			}
		}
		SearchResult filling = result(found(query), busy);
		assertThat(filling.urgency().recentBookings()).isEqualTo(toBook);
		assertThat(filling.urgency().bookedThisWeek()).isEqualTo(toBook);
		assertThat(filling.urgency().slotsLeftThisWeek()).isEqualTo(free(busy, today, today.plusDays(6)).size());
		assertThat(filling.urgency().fillingFast()).isTrue();
	}

	@Test
	void liveViewersCountDistinctRecordedViewers() {
		this.views.view(this.network.near.id(), "alice");
		this.views.view(this.network.near.id(), "alice");
		this.views.view(this.network.near.id(), "bob");
		SearchResult near = result(found(Search.of(this.network).miles(3)), this.network.near);
		assertThat(near.urgency().liveViewers().count()).isEqualTo(2);
		assertThat(result(found(Search.of(this.network).miles(3)), this.network.french).urgency().liveViewers().count())
			.isZero();
	}

	@Test
	void badInputIsATypedError() {
		refused((q) -> q.zip = "00000", Problem.Code.UNKNOWN_ZIP, "zip");
		refused((q) -> q.zip = "123", Problem.Code.INVALID_ZIP, "zip");
		refused((q) -> q.radius = 0.0, Problem.Code.VALIDATION_FAILED, "radius");
		refused((q) -> q.radius = -1.0, Problem.Code.VALIDATION_FAILED, "radius");
		refused((q) -> q.radius = 500.0, Problem.Code.VALIDATION_FAILED, "radius");
		refused((q) -> {
			q.from = LocalDate.of(2030, 1, 10);
			q.to = LocalDate.of(2030, 1, 9);
		}, Problem.Code.VALIDATION_FAILED, "to");
		refused((q) -> {
			q.from = LocalDate.of(2030, 1, 1);
			q.to = LocalDate.of(2030, 2, 15);
		}, Problem.Code.VALIDATION_FAILED, "to");
		refused((q) -> q.plan = "NOT_A_PLAN", Problem.Code.UNKNOWN_INSURANCE_PLAN, "insurancePlan");
		refused((q) -> q.languages = List.of("xx"), Problem.Code.UNKNOWN_LANGUAGE, "languages");
		refused((q) -> q.visitType = new VisitTypeId(UUID.randomUUID()), Problem.Code.NOT_FOUND, "visitTypeId");
		refused((q) -> q.visitType = null, Problem.Code.VALIDATION_FAILED, "specialty");
	}

	private void refused(Consumer<Search> change, Problem.Code code, String field) {
		Search query = Search.of(this.network);
		change.accept(query);
		SearchOutcome outcome = this.search.search(query.query(), 0, 20);
		assertThat(outcome).isInstanceOf(SearchOutcome.Refused.class);
		Problem problem = ((SearchOutcome.Refused) outcome).problem();
		assertThat(problem.code()).isEqualTo(code);
		assertThat(problem.field()).contains(field);
	}

	private void bookAt(Practitioner practitioner, Slot slot) {
		done(this.book.bookWithoutHold(
				this.staff, new PatientId(UUID.randomUUID()), new SlotRequest(practitioner.id(),
						practitioner.locations().iterator().next(), this.network.visitType.id(), slot.start()),
				Optional.empty()));
	}

	private List<Slot> free(Practitioner practitioner, LocalDate from, LocalDate to) {
		return done(this.slots.availableSlots(new AvailabilityQuery(practitioner.id(),
				practitioner.locations().iterator().next(), this.network.visitType.id(), from, to)));
	}

	private List<SearchResult> found(Search query) {
		return page(query, 0, 50);
	}

	private List<SearchResult> page(Search query, int offset, int limit) {
		SearchOutcome outcome = this.search.search(query.query(), offset, limit);
		assertThat(outcome).isInstanceOf(SearchOutcome.Found.class);
		return ((SearchOutcome.Found) outcome).results();
	}

	private static SearchResult result(List<SearchResult> results, Practitioner practitioner) {
		return results.stream()
			.filter((result) -> result.practitioner().id().equals(practitioner.id()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(practitioner.name() + " not found in " + names(results)));
	}

	private static SearchResult.ScoreComponent component(SearchResult result, String name) {
		return result.match().breakdown().stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> names(List<SearchResult> results) {
		return results.stream().map((result) -> result.practitioner().name()).toList();
	}

	private static List<UUID> ids(List<SearchResult> results) {
		return results.stream().map((result) -> result.practitioner().id().value()).toList();
	}

	private static <T> T done(Outcome<T> outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Done.class);
		return ((Outcome.Done<T>) outcome).value();
	}

}
