package io.slotwise.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testing.Clinic;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import io.slotwise.platform.GraphQlClients;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;

/**
 * External calendars through the real HTTP transport: a practitioner connects an
 * iCalendar feed served on a local port; a patient's hold inside the event's buffer is
 * refused with EXTERNAL_CALENDAR_CONFLICT; the practitioner's calendar freshness is
 * public; connections are not.
 */
// A context (and so a database) of its own: its clinics must not change the catalog
// counts other API tests see.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "slotwise.calendar.fetch-timeout=PT2S")
@ActiveProfiles("test")
class CalendarApiTests {

	static final String CONNECT = """
			mutation($practitionerId: ID!, $url: String!) {
			  connectCalendarFeed(input: {practitionerId: $practitionerId, feedUrl: $url, buffer: "PT15M"}) {
			    connection { id practitionerId kind status buffer lastSyncedAt lastError } errors { code field } } }""";

	static final String HOLD = """
			mutation($slot: SlotInput!) { holdSlot(input: {slot: $slot}) { hold { id } errors { code } } }""";

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	HttpServer feed;

	@BeforeEach
	void serveFeed() throws IOException {
		this.feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.feed.start();
	}

	@AfterEach
	void stopFeed() {
		this.feed.stop(0);
	}

	@Test
	void aConnectedFeedBlocksHoldsAndItsFreshnessIsVisible() {
		Clinic clinic = Clinic.open(this.catalog);
		LocalDate day = LocalDate.now(NEW_YORK).plusDays(2);
		serve("/private/abc.ics", day);
		String practitioner = clinic.practitioner().value().toString();
		HttpGraphQlTester asPractitioner = graphQl(bearer(clinic.practitioner().value(), Role.PRACTITIONER));

		asPractitioner.document(CONNECT)
			.variable("practitionerId", practitioner)
			.variable("url", "http://127.0.0.1:" + this.feed.getAddress().getPort() + "/private/abc.ics")
			.execute()
			.path("connectCalendarFeed.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("connectCalendarFeed.connection.status")
			.entity(String.class)
			.isEqualTo("CONNECTED")
			.path("connectCalendarFeed.connection.kind")
			.entity(String.class)
			.isEqualTo("ICAL_FEED");

		HttpGraphQlTester asPatient = graphQl(bearer(UUID.randomUUID(), Role.PATIENT));
		asPatient.document(HOLD)
			.variable("slot", slot(clinic, day, 9, 30))
			.execute()
			.path("holdSlot.errors[0].code")
			.entity(String.class)
			.isEqualTo("EXTERNAL_CALENDAR_CONFLICT");
		asPatient.document(HOLD)
			.variable("slot", slot(clinic, day, 11, 15))
			.execute()
			.path("holdSlot.errors")
			.entityList(Object.class)
			.hasSize(0);

		graphQl(null).document(
				"""
						query($id: ID!) { practitioner(id: $id) { calendarSync { connections stale outOfSync lastSyncedAt } } }""")
			.variable("id", practitioner)
			.execute()
			.path("practitioner.calendarSync.connections")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("practitioner.calendarSync.outOfSync")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("practitioner.calendarSync.lastSyncedAt")
			.hasValue();

		asPatient.document("query($id: ID!) { calendarConnections(practitionerId: $id) { id } }")
			.variable("id", practitioner)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty());
		asPractitioner.document("""
				query($id: ID!) { calendarConnections(practitionerId: $id, first: 100) {
				  edges { cursor node { kind status } } pageInfo { hasNextPage } } }""")
			.variable("id", practitioner)
			.execute()
			.path("calendarConnections.edges[0].node.status")
			.entity(String.class)
			.isEqualTo("CONNECTED")
			.path("calendarConnections.edges")
			.entityList(Object.class)
			.hasSize(1)
			.path("calendarConnections.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);

		// Freshness beside the free slots themselves.
		graphQl(null).document("""
				query($p: ID!, $l: ID!, $v: ID!, $d: Date!) {
				  availableSlots(practitionerId: $p, locationId: $l, visitTypeId: $v, from: $d, to: $d, first: 1) {
				    calendarSync { connections stale outOfSync lastSyncedAt } edges { node { start } } } }""")
			.variable("p", practitioner)
			.variable("l", clinic.location().value().toString())
			.variable("v", clinic.visitType().value().toString())
			.variable("d", day.toString())
			.execute()
			.path("availableSlots.calendarSync.connections")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("availableSlots.calendarSync.outOfSync")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("availableSlots.calendarSync.lastSyncedAt")
			.hasValue();
	}

	@Test
	void feedUrlsToNonPublicAddressesAreRefusedWithATypedError() {
		Clinic clinic = Clinic.open(this.catalog);
		HttpGraphQlTester asPractitioner = graphQl(bearer(clinic.practitioner().value(), Role.PRACTITIONER));
		for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://localhost:5432/",
				"file:///etc/passwd", "http://10.1.2.3/feed.ics")) {
			asPractitioner.document(CONNECT)
				.variable("practitionerId", clinic.practitioner().value().toString())
				.variable("url", url)
				.execute()
				.path("connectCalendarFeed.errors[0].code")
				.entity(String.class)
				.isEqualTo("CALENDAR_URL_NOT_ALLOWED")
				.path("connectCalendarFeed.connection")
				.valueIsNull();
		}
	}

	@Test
	void thePrivateAppointmentFeedIsServedOverHttpUntilRevoked() throws Exception {
		Clinic clinic = Clinic.open(this.catalog);
		String practitioner = clinic.practitioner().value().toString();
		HttpGraphQlTester asPractitioner = graphQl(bearer(clinic.practitioner().value(), Role.PRACTITIONER));
		String feedUrl = asPractitioner.document(
				"mutation($p: ID!) { issueAppointmentFeed(input: {practitionerId: $p}) { feedUrl errors { code } } }")
			.variable("p", practitioner)
			.execute()
			.path("issueAppointmentFeed.feedUrl")
			.entity(String.class)
			.get();
		java.net.URI local = java.net.URI
			.create("http://127.0.0.1:" + this.port + java.net.URI.create(feedUrl).getPath());
		java.net.http.HttpResponse<String> served = get(local);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/calendar"));
		assertThat(served.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("END:VCALENDAR");

		graphQl(bearer(UUID.randomUUID(), Role.PATIENT)).document(
				"mutation($p: ID!) { revokeAppointmentFeed(input: {practitionerId: $p}) { revoked errors { code } } }")
			.variable("p", practitioner)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty());
		asPractitioner.document(
				"mutation($p: ID!) { revokeAppointmentFeed(input: {practitionerId: $p}) { revoked errors { code } } }")
			.variable("p", practitioner)
			.execute()
			.path("revokeAppointmentFeed.revoked")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(get(local).statusCode()).isEqualTo(404);
	}

	private static java.net.http.HttpResponse<String> get(java.net.URI uri) throws Exception {
		try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
			return http.send(java.net.http.HttpRequest.newBuilder(uri).GET().build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
		}
	}

	@Test
	void anotherPractitionersCalendarCannotBeConnected() {
		Clinic clinic = Clinic.open(this.catalog);
		graphQl(bearer(UUID.randomUUID(), Role.PRACTITIONER)).document(CONNECT)
			.variable("practitionerId", clinic.practitioner().value().toString())
			.variable("url", "https://calendar.example/x.ics")
			.execute()
			.path("connectCalendarFeed.errors[0].code")
			.entity(String.class)
			.isEqualTo("FORBIDDEN");
	}

	/** One meeting 10:00-11:00 New York time on the day. */
	private void serve(String path, LocalDate day) {
		DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
		String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:m1\r\n"
				+ "DTSTAMP:20260101T000000Z\r\nDTSTART:" + utc.format(day.atTime(10, 0).atZone(NEW_YORK)) + "\r\nDTEND:"
				+ utc.format(day.atTime(11, 0).atZone(NEW_YORK)) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
		this.feed.createContext(path, (exchange) -> {
			byte[] body = ics.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/calendar");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
	}

	private static Map<String, Object> slot(Clinic clinic, LocalDate day, int hour, int minute) {
		return Map.of("practitionerId", clinic.practitioner().value().toString(), "locationId",
				clinic.location().value().toString(), "visitTypeId", clinic.visitType().value().toString(), "start",
				day.atTime(hour, minute).atZone(NEW_YORK).toInstant().toString());
	}

	HttpGraphQlTester graphQl(String authorization) {
		return GraphQlClients.http(this.port, authorization);
	}

	String bearer(UUID user, Role role) {
		return "Bearer " + this.issuer.issue(user, "Test", List.of(role), Map.of(), Duration.ofMinutes(5));
	}

}
