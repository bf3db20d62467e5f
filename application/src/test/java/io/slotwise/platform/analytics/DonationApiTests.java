package io.slotwise.platform.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.testing.Clinic;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.PatientId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A donation campaign through the API: an admin configures it, the booking confirmation
 * offers it (middle amount pre-selected), only the patient who booked may answer, once
 * per booking, the "most patients give" amount appears only once enough stored pledges
 * back it, staff see their location's pledge rate and average.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DonationApiTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final String CONFIGURE = """
			mutation($input: ConfigureDonationCampaignInput!) { configureDonationCampaign(input: $input) {
			  campaign { name amountsCents } errors { code field } } }""";

	static final String OFFER = """
			query($l: ID!) { donationOffer(locationId: $l) {
			  options { amountCents preselected } typicalAmountCents typicalSample } }""";

	static final String PLEDGE = """
			mutation($a: ID!, $l: ID!, $c: Int) { pledgeDonation(input: {appointmentId: $a, locationId: $l, amountCents: $c}) {
			  recorded errors { code field } } }""";

	static final String HOLD = """
			mutation($slot: SlotInput!) { holdSlot(input: {slot: $slot}) { hold { id } errors { code } } }""";

	static final String CONFIRM = """
			mutation($holdId: ID!, $key: String!) { confirmBooking(input: {holdId: $holdId, idempotencyKey: $key}) {
			  appointment { id donationOffer { campaign { name } options { amountCents preselected }
			    typicalAmountCents } } errors { code } } }""";

	static final String FIGURES = """
			query($from: DateTime!, $to: DateTime!, $l: ID) { donationPledges(from: $from, to: $to, locationId: $l) {
			  answers pledges pledgeRate averageCents } }""";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theConfirmationOffersTheCampaignAndOnlyTheBookingsPatientMayPledge() {
		Clinic clinic = Clinic.open(this.catalog);
		String location = clinic.location().value().toString();
		graphQl(Role.ADMIN, List.of()).document(CONFIGURE)
			.variable("input",
					Map.of("locationId", location, "name", "Care fund", "suggestedAmountsCents", List.of(500, 1000)))
			.execute()
			.path("configureDonationCampaign.errors")
			.entityList(Object.class)
			.hasSize(0);
		UUID alice = UUID.randomUUID();
		Map<String, Object> slot = Map.of("practitionerId", clinic.practitioner().value().toString(), "locationId",
				location, "visitTypeId", clinic.visitType().value().toString(), "start",
				LocalDate.now(NEW_YORK)
					.plusDays(3)
					.atTime(LocalTime.of(10, 0))
					.atZone(NEW_YORK)
					.toInstant()
					.toString());
		String hold = asPatient(alice).document(HOLD)
			.variable("slot", slot)
			.execute()
			.path("holdSlot.hold.id")
			.entity(String.class)
			.get();
		GraphQlTester.Response confirmed = asPatient(alice).document(CONFIRM)
			.variable("holdId", hold)
			.variable("key", UUID.randomUUID().toString())
			.execute();
		String appointment = confirmed.path("confirmBooking.appointment.id").entity(String.class).get();
		// Two amounts: the middle one is the first (the lower of the two middles); "no
		// thanks" is the client's, never pre-selected; no typical amount without pledges.
		confirmed.path("confirmBooking.appointment.donationOffer.campaign.name")
			.entity(String.class)
			.isEqualTo("Care fund")
			.path("confirmBooking.appointment.donationOffer.options")
			.entityList(Map.class)
			.containsExactly(Map.of("amountCents", 500, "preselected", true),
					Map.of("amountCents", 1000, "preselected", false))
			.path("confirmBooking.appointment.donationOffer.typicalAmountCents")
			.valueIsNull();
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM analytics.booking_owner WHERE appointment_id = ?::uuid", Long.class,
					appointment) == 1);
		// Someone else, a booking nobody knows, the wrong location: typed errors, nothing
		// stored.
		refused(UUID.randomUUID(), appointment, location, 1000, "NOT_YOUR_BOOKING", "input.appointmentId");
		refused(alice, UUID.randomUUID().toString(), location, 1000, "BOOKING_NOT_FOUND", "input.appointmentId");
		refused(alice, appointment, UUID.randomUUID().toString(), 1000, "WRONG_LOCATION", "input.locationId");
		refused(alice, appointment, location, 0, "INVALID_AMOUNT", "input.amountCents");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM analytics.donation_pledge WHERE appointment_id = ?::uuid", Long.class,
				appointment))
			.isZero();
		pledge(alice, appointment, location, 1000).isEqualTo(true);
		pledge(alice, appointment, location, 500).isEqualTo(false);
	}

	@Test
	void campaignOfferPledgesAndFigures() {
		String location = UUID.randomUUID().toString();
		Instant from = Instant.now().minusSeconds(60);
		graphQl(Role.ADMIN, List.of()).document(CONFIGURE)
			.variable("input",
					Map.of("locationId", location, "name", "Care fund", "suggestedAmountsCents", List.of(1000, 500)))
			.execute()
			.path("configureDonationCampaign.errors[0].code")
			.entity(String.class)
			.isEqualTo("VALIDATION_FAILED");
		graphQl(Role.ADMIN, List.of()).document(CONFIGURE)
			.variable("input",
					Map.of("locationId", location, "name", "Care fund", "suggestedAmountsCents",
							List.of(500, 1000, 2500)))
			.execute()
			.path("configureDonationCampaign.campaign.amountsCents")
			.entityList(Integer.class)
			.containsExactly(500, 1000, 2500);
		Map<String, Object> first = offer(location);
		assertThat(first.get("options")).isEqualTo(List.of(Map.of("amountCents", 500, "preselected", false),
				Map.of("amountCents", 1000, "preselected", true), Map.of("amountCents", 2500, "preselected", false)));
		assertThat(first.get("typicalAmountCents")).isNull();
		assertThat(first.get("typicalSample")).isEqualTo(0);
		// 19 pledges of $10, 4 of $25 and 2 "no thanks": 25 answers, 23 pledges.
		// Bookings as scheduling announces them, so analytics knows whose each one is.
		List<UUID> patients = new ArrayList<>();
		List<String> appointments = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			patients.add(UUID.randomUUID());
			appointments.add(booked(patients.get(i), UUID.fromString(location)));
		}
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM analytics.booking_owner WHERE location_id = ?::uuid", Long.class,
					location) == 25);
		for (int i = 0; i < 25; i++) {
			Integer amount = (i < 19) ? Integer.valueOf(1000) : (i < 23) ? Integer.valueOf(2500) : null;
			pledge(patients.get(i), appointments.get(i), location, amount).isEqualTo(true);
			if (i == 0) {
				pledge(patients.get(i), appointments.get(i), location, 500).isEqualTo(false);
			}
		}
		Map<String, Object> offer = offer(location);
		assertThat(offer.get("typicalAmountCents")).isEqualTo(1000);
		assertThat(offer.get("typicalSample")).isEqualTo(23);
		Map<String, Object> figures = Map.of("answers", 25, "pledges", 23, "pledgeRate", 23 / 25.0, "averageCents",
				(19 * 1000 + 4 * 2500) / 23.0);
		graphQl(Role.STAFF, List.of(location)).document(FIGURES)
			.variable("from", from.toString())
			.variable("to", Instant.now().plus(Duration.ofMinutes(1)).toString())
			.variable("l", location)
			.execute()
			.path("donationPledges")
			.entityList(Map.class)
			.satisfies((rows) -> assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row).containsAllEntriesOf(Map.of("answers", 25, "pledges", 23));
				assertThat((Double) row.get("pledgeRate")).isEqualTo((Double) figures.get("pledgeRate"));
				assertThat((Double) row.get("averageCents")).isCloseTo((Double) figures.get("averageCents"),
						org.assertj.core.api.Assertions.within(1e-9));
			}));
		graphQl(Role.STAFF, List.of(UUID.randomUUID().toString())).document(FIGURES)
			.variable("from", from.toString())
			.variable("to", Instant.now().plus(Duration.ofMinutes(1)).toString())
			.variable("l", location)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> offer(String location) {
		return graphQl(Role.PATIENT, List.of()).document(OFFER)
			.variable("l", location)
			.execute()
			.path("donationOffer")
			.entity(Map.class)
			.get();
	}

	private String booked(UUID patient, UUID location) {
		Instant start = Instant.now().plus(Duration.ofDays(2));
		BookingEvent.Confirmed confirmed = new BookingEvent.Confirmed(new AppointmentId(UUID.randomUUID()),
				new PatientId(patient), new PractitionerId(UUID.randomUUID()), new LocationId(location),
				new VisitTypeId(UUID.randomUUID()), start, start.plus(Duration.ofMinutes(30)), null, Instant.now());
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(confirmed));
		return confirmed.appointment().value().toString();
	}

	private void refused(UUID patient, String appointment, String location, Integer amount, String code, String field) {
		asPatient(patient).document(PLEDGE)
			.variable("a", appointment)
			.variable("l", location)
			.variable("c", amount)
			.execute()
			.path("pledgeDonation.recorded")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("pledgeDonation.errors")
			.entityList(Map.class)
			.containsExactly(Map.of("code", code, "field", field));
	}

	private HttpGraphQlTester asPatient(UUID patient) {
		String token = this.issuer.issue(patient, "Test", List.of(Role.PATIENT), Map.of(), Duration.ofMinutes(5));
		return GraphQlClients.http(this.port, "Bearer " + token);
	}

	private GraphQlTester.Entity<Boolean, ?> pledge(UUID patient, String appointment, String location, Integer amount) {
		return asPatient(patient).document(PLEDGE)
			.variable("a", appointment)
			.variable("l", location)
			.variable("c", amount)
			.execute()
			.path("pledgeDonation.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("pledgeDonation.recorded")
			.entity(Boolean.class);
	}

	private HttpGraphQlTester graphQl(Role role, List<String> locations) {
		String token = this.issuer.issue(UUID.randomUUID(), "Test", List.of(role),
				locations.isEmpty() ? Map.of() : Map.of("locations", locations), Duration.ofMinutes(5));
		return GraphQlClients.http(this.port, "Bearer " + token);
	}

}
