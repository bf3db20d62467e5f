package io.slotwise.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import io.slotwise.platform.Tokens;
import io.slotwise.platform.analytics.MutableClock;
import io.slotwise.testing.Clinic;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bots through HTTP against each rate limit and anti-hoarding rule (OWASP OAT-021), with
 * small limits so each bites within a few requests, and a normal patient beside them who
 * never notices. Requests come through the trusted local proxy, which names the client
 * address in {@code X-Forwarded-For}: each bot has an address of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"slotwise.rate-limits.enabled=true", "slotwise.rate-limits.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1",
		"slotwise.rate-limits.buckets.search.per-user=5", "slotwise.rate-limits.buckets.search.per-ip=5",
		"slotwise.rate-limits.buckets.hold.per-user=6", "slotwise.rate-limits.buckets.hold.per-ip=1000",
		"slotwise.rate-limits.buckets.hold.slowed-per-user=1", "slotwise.rate-limits.buckets.booking.per-user=20",
		"slotwise.rate-limits.buckets.booking.per-ip=1000", "slotwise.rate-limits.buckets.cancel.per-ip=1000",
		"slotwise.rate-limits.buckets.view.per-user=5", "slotwise.rate-limits.buckets.view.per-ip=5",
		"slotwise.scheduling.anti-hoarding.enabled=true", "slotwise.scheduling.anti-hoarding.max-future-bookings=2",
		"slotwise.scheduling.anti-hoarding.hold-cooldown=PT1M",
		"slotwise.scheduling.anti-hoarding.conversion-min-holds=3",
		"slotwise.scheduling.anti-hoarding.conversion-floor=0.5" })
@ActiveProfiles("test")
class AbuseApiTests {

	static final String SLOTS = """
			query($p: ID!, $l: ID!, $v: ID!, $from: Date!, $to: Date!) {
			  availableSlots(practitionerId: $p, locationId: $l, visitTypeId: $v, from: $from, to: $to, first: 5) {
			    edges { node { start } } } }""";

	static final String HOLD = """
			mutation($slot: SlotInput!) { holdSlot(input: {slot: $slot}) {
			  hold { id } blockedUntil errors { code message } } }""";

	static final String RELEASE = """
			mutation($id: ID!) { releaseHold(input: {holdId: $id}) { holdId errors { code } } }""";

	static final String CONFIRM = """
			mutation($id: ID!) { confirmBooking(input: {holdId: $id}) {
			  appointment { id status } errors { code message } } }""";

	static final String BOOK_DIRECTLY = """
			mutation($input: BookWithoutHoldInput!) { bookWithoutHold(input: $input) {
			  appointment { id status } errors { code message } } }""";

	static final String VISITOR_ID = "mutation { issueVisitorId { visitorId } }";

	static final String VIEW = """
			mutation($input: ViewPractitionerInput!) {
			  viewPractitioner(input: $input) { liveViewers { count } errors { code field } } }""";

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@TestConfiguration
	static class ControlledClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now());
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	Clock clock;

	@Autowired
	MeterRegistry meters;

	Clinic clinic;

	@BeforeEach
	void clinic() {
		this.clinic = Clinic.open(this.catalog);
	}

	@Test
	void aSearchFloodFromOneAddressIsRefusedWhileANormalPatientSearchesAndBooks() {
		Bot flood = anonymous();
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			answers.add(String.valueOf(Bot.topLevelCode(flood.send(SLOTS, slotsQuery()))));
		}
		assertThat(answers.subList(0, 5)).containsOnly("null");
		assertThat(answers.get(5)).isEqualTo("RATE_LIMITED");
		// sent again before the retry-after it was given: parked, then slowed down
		assertThat(answers.subList(6, 8)).containsOnly("SLOWED_DOWN");
		Map<String, Object> refused = flood.send(SLOTS, slotsQuery());
		assertThat(refused.toString()).contains("retryAfterSeconds").contains("refused=RATE_LIMITED");

		Bot patient = patient(UUID.randomUUID());
		assertThat(Bot.topLevelCode(patient.send(SLOTS, slotsQuery()))).isNull();
		String hold = holdId(patient.send(HOLD, Map.of("slot", slot(2, 10))));
		assertThat(Bot.at(patient.send(CONFIRM, Map.of("id", hold)), "confirmBooking.appointment.status"))
			.isEqualTo("BOOKED");
	}

	@Test
	void oneUserRotatingAddressesMeetsThePerUserLimit() {
		// views, not holds: a user who holds without booking is also slowed down (below)
		UUID user = UUID.randomUUID();
		String practitioner = this.clinic.practitioner().value().toString();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			// a fresh address every time: only the per-user bucket can stop this bot
			Map<String, Object> answer = patient(user).send(VIEW,
					Map.of("input", Map.of("practitionerId", practitioner)));
			codes.add(String.valueOf(Bot.topLevelCode(answer)));
		}
		assertThat(codes.subList(0, 5)).containsOnly("null");
		assertThat(codes.get(5)).isEqualTo("RATE_LIMITED");
	}

	@Test
	void aPatientCannotBookOutACalendar() {
		UUID hoarder = UUID.randomUUID();
		Bot bot = patient(hoarder);
		assertThat(Bot.at(bot.send(CONFIRM, Map.of("id", holdId(bot.send(HOLD, Map.of("slot", slot(4, 9)))))),
				"confirmBooking.appointment.status"))
			.isEqualTo("BOOKED");
		// the same practitioner later that day: one a day
		assertThat(errorCode(bot.send(HOLD, Map.of("slot", slot(4, 15))), "holdSlot"))
			.isEqualTo("BOOKING_LIMIT_REACHED");
		Clinic second = Clinic.open(this.catalog);
		assertThat(Bot.at(bot.send(CONFIRM, Map.of("id", holdId(bot.send(HOLD, Map.of("slot", slot(second, 4, 12)))))),
				"confirmBooking.appointment.status"))
			.isEqualTo("BOOKED");
		// two upcoming appointments in total
		Clinic third = Clinic.open(this.catalog);
		assertThat(errorCode(bot.send(HOLD, Map.of("slot", slot(third, 5, 9))), "holdSlot"))
			.isEqualTo("BOOKING_LIMIT_REACHED");
		// a normal patient books that slot as usual
		Bot patient = patient(UUID.randomUUID());
		assertThat(Bot.at(
				patient.send(CONFIRM, Map.of("id", holdId(patient.send(HOLD, Map.of("slot", slot(third, 5, 9)))))),
				"confirmBooking.appointment.status"))
			.isEqualTo("BOOKED");
	}

	@Test
	void patientsHoldFirstWhileHoldsWorkStaffBookDirectly() {
		Bot patient = patient(UUID.randomUUID());
		assertThat(
				errorCode(patient.send(BOOK_DIRECTLY, Map.of("input", Map.of("slot", slot(6, 10)))), "bookWithoutHold"))
			.isEqualTo("HOLD_REQUIRED");
		Bot staff = new Bot(this.port, address(),
				"Bearer " + this.issuer.issue(UUID.randomUUID(), "Front desk", List.of(Role.STAFF),
						Map.of("locations", List.of(this.clinic.location().value().toString())),
						Duration.ofMinutes(5)));
		assertThat(Bot.at(
				staff.send(BOOK_DIRECTLY,
						Map.of("input", Map.of("patientId", UUID.randomUUID().toString(), "slot", slot(6, 10)))),
				"bookWithoutHold.appointment.status"))
			.isEqualTo("BOOKED");
	}

	@Test
	void aReleasedSlotCoolsDownForItsHolderOnly() {
		UUID bot = UUID.randomUUID();
		Map<String, Object> slot = slot(7, 11);
		String hold = holdId(patient(bot).send(HOLD, Map.of("slot", slot)));
		patient(bot).send(RELEASE, Map.of("id", hold));
		Map<String, Object> again = patient(bot).send(HOLD, Map.of("slot", slot));
		assertThat(errorCode(again, "holdSlot")).isEqualTo("HOLD_COOLDOWN");
		assertThat(Bot.at(again, "holdSlot.blockedUntil")).isNotNull();
		Bot other = patient(UUID.randomUUID());
		String othersHold = holdId(other.send(HOLD, Map.of("slot", slot)));
		other.send(RELEASE, Map.of("id", othersHold));
		((MutableClock) this.clock).advance(Duration.ofSeconds(61));
		assertThat(Bot.at(patient(bot).send(HOLD, Map.of("slot", slot)), "holdSlot.hold.id")).isNotNull();
	}

	@Test
	void aUserWhoseHoldsRarelyBecomeBookingsIsSlowedDown() {
		// the norm: somebody books what they hold
		Bot patient = patient(UUID.randomUUID());
		patient.send(CONFIRM, Map.of("id", holdId(patient.send(HOLD, Map.of("slot", slot(8, 9))))));
		UUID hoarder = UUID.randomUUID();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Map<String, Object> answer = patient(hoarder).send(HOLD, Map.of("slot", slot(8, 11 + i)));
			codes.add(String.valueOf(Bot.topLevelCode(answer)));
			String hold = (String) Bot.at(answer, "holdSlot.hold.id");
			if (hold != null) {
				patient(hoarder).send(RELEASE, Map.of("id", hold));
			}
		}
		// three holds to judge, a fourth within the slowed budget of one, then refused
		// although the normal budget is six
		assertThat(codes).containsExactly("null", "null", "null", "null", "RATE_LIMITED");
		assertThat(this.meters.find("slotwise.holds.user.conversion").summary()).isNotNull()
			.satisfies((summary) -> assertThat(summary.count()).isPositive());
	}

	@Test
	void liveViewersCountOnlySignedVisitorsOfRealPractitionersAndViewsAreRateLimited() {
		Bot browser = anonymous();
		String visitor = (String) Bot.at(browser.send(VISITOR_ID, Map.of()), "issueVisitorId.visitorId");
		String practitioner = this.clinic.practitioner().value().toString();
		assertThat(Bot.at(browser.send(VIEW, view(practitioner, visitor)), "viewPractitioner.liveViewers.count"))
			.isEqualTo(1);
		assertThat(errorCode(browser.send(VIEW, view(practitioner, UUID.randomUUID().toString())), "viewPractitioner"))
			.isEqualTo("VALIDATION_FAILED");
		assertThat(errorCode(browser.send(VIEW, view(practitioner, visitor.substring(0, visitor.length() - 2) + "xx")),
				"viewPractitioner"))
			.isEqualTo("VALIDATION_FAILED");
		assertThat(errorCode(browser.send(VIEW, view(UUID.randomUUID().toString(), visitor)), "viewPractitioner"))
			.isEqualTo("NOT_FOUND");
		// five views per address and period: the next is refused
		assertThat(Bot.topLevelCode(browser.send(VIEW, view(practitioner, visitor)))).isEqualTo("RATE_LIMITED");
		assertThat(Bot.at(anonymous().send(VIEW, view(practitioner, visitor)), "viewPractitioner.liveViewers.count"))
			.isEqualTo(1);
	}

	private Map<String, Object> view(String practitioner, String visitor) {
		return Map.of("input", Map.of("practitionerId", practitioner, "visitorId", visitor));
	}

	private Bot anonymous() {
		return new Bot(this.port, address(), null);
	}

	private Bot patient(UUID user) {
		return new Bot(this.port, address(), new Tokens(this.issuer).bearer(user, Role.PATIENT));
	}

	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private Map<String, Object> slotsQuery() {
		LocalDate day = LocalDate.now(NEW_YORK).plusDays(2);
		return Map.of("p", this.clinic.practitioner().value().toString(), "l",
				this.clinic.location().value().toString(), "v", this.clinic.visitType().value().toString(), "from",
				day.toString(), "to", day.plusDays(1).toString());
	}

	private Map<String, Object> slot(int daysAhead, int hour) {
		return slot(this.clinic, daysAhead, hour);
	}

	static Map<String, Object> slot(Clinic clinic, int daysAhead, int hour) {
		LocalDate day = LocalDate.now(NEW_YORK).plusDays(daysAhead);
		return Map.of("practitionerId", clinic.practitioner().value().toString(), "locationId",
				clinic.location().value().toString(), "visitTypeId", clinic.visitType().value().toString(), "start",
				day.atTime(hour, 0).atZone(NEW_YORK).toInstant().toString());
	}

	private static String holdId(Map<String, Object> response) {
		Object id = Bot.at(response, "holdSlot.hold.id");
		assertThat(id).as("hold placed: %s", response).isNotNull();
		return (String) id;
	}

	private static Object errorCode(Map<String, Object> response, String field) {
		return Bot.at(response, field + ".errors.0.code");
	}

}
