package io.slotwise.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 13, item 4 through HTTP: staff change rooms, equipment and working hours only at
 * the locations their token names; locations, practitioners (ratings included) and visit
 * types are an administrator's. Every refusal is a typed {@code FORBIDDEN} in the payload
 * and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Its own database: these tests add locations that other API tests count.
@TestPropertySource(properties = "slotwise.test.api=scoping")
class CatalogScopingApiTests {

	static final String CREATE_LOCATION = """
			mutation($input: CreateLocationInput!) { createLocation(input: $input) {
			  location { id } errors { code field } } }""";

	static final String CREATE_ROOM = """
			mutation($input: CreateRoomInput!) { createRoom(input: $input) { room { id } errors { code field } } }""";

	static final String UPDATE_ROOM = """
			mutation($input: UpdateRoomInput!) { updateRoom(input: $input) { room { id } errors { code field } } }""";

	static final String CREATE_EQUIPMENT = """
			mutation($input: CreateEquipmentInput!) { createEquipment(input: $input) {
			  equipment { id } errors { code field } } }""";

	static final String UPDATE_EQUIPMENT = """
			mutation($input: UpdateEquipmentInput!) { updateEquipment(input: $input) {
			  equipment { id unitCount } errors { code field } } }""";

	static final String CREATE_PRACTITIONER = """
			mutation($input: CreatePractitionerInput!) { createPractitioner(input: $input) {
			  practitioner { id } errors { code field } } }""";

	static final String UPDATE_PRACTITIONER = """
			mutation($input: UpdatePractitionerInput!) { updatePractitioner(input: $input) {
			  practitioner { id rating } errors { code field } } }""";

	static final String SET_HOURS = """
			mutation($input: SetWorkingHoursInput!) { setWorkingHours(input: $input) {
			  workingHours { weekly { day } } errors { code field } } }""";

	static final String CREATE_VISIT_TYPE = """
			mutation($input: CreateVisitTypeInput!) { createVisitType(input: $input) {
			  visitType { id } errors { code field } } }""";

	static final String UPDATE_VISIT_TYPE = """
			mutation($input: UpdateVisitTypeInput!) { updateVisitType(input: $input) {
			  visitType { id name } errors { code field } } }""";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	String mine;

	String theirs;

	HttpGraphQlTester admin;

	HttpGraphQlTester staff;

	@BeforeEach
	void twoClinics() {
		this.admin = as(List.of(Role.ADMIN, Role.STAFF), List.of());
		this.mine = created(this.admin, CREATE_LOCATION, location("10001"), "createLocation.location.id");
		this.theirs = created(this.admin, CREATE_LOCATION, location("10011"), "createLocation.location.id");
		this.staff = as(List.of(Role.STAFF), List.of(this.mine));
	}

	@Test
	void staffCreateAndChangeRoomsOnlyAtTheirLocations() {
		String room = created(this.staff, CREATE_ROOM, room(null, this.mine), "createRoom.room.id");
		forbidden(this.staff, CREATE_ROOM, room(null, this.theirs), "createRoom");
		// moving their room to another clinic is a change at that clinic
		forbidden(this.staff, UPDATE_ROOM, room(room, this.theirs), "updateRoom");
		String others = created(this.admin, CREATE_ROOM, room(null, this.theirs), "createRoom.room.id");
		forbidden(this.staff, UPDATE_ROOM, room(others, this.mine), "updateRoom");
		assertThat(roomIds(this.theirs)).containsExactly(others);
		assertThat(roomIds(this.mine)).containsExactly(room);
	}

	@Test
	void staffCreateAndChangeEquipmentOnlyAtTheirLocations() {
		created(this.staff, CREATE_EQUIPMENT, equipment(null, this.mine, 2), "createEquipment.equipment.id");
		forbidden(this.staff, CREATE_EQUIPMENT, equipment(null, this.theirs, 2), "createEquipment");
		String others = created(this.admin, CREATE_EQUIPMENT, equipment(null, this.theirs, 1),
				"createEquipment.equipment.id");
		forbidden(this.staff, UPDATE_EQUIPMENT, equipment(others, this.mine, 5), "updateEquipment");
		forbidden(this.staff, UPDATE_EQUIPMENT, equipment(others, this.theirs, 5), "updateEquipment");
		this.admin.document(UPDATE_EQUIPMENT)
			.variable("input", equipment(others, this.theirs, 1))
			.execute()
			.path("updateEquipment.equipment.unitCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void staffSetWorkingHoursOnlyAtTheirLocations() {
		String practitioner = created(this.admin, CREATE_PRACTITIONER, practitioner(null, 4.0),
				"createPractitioner.practitioner.id");
		this.staff.document(SET_HOURS)
			.variable("input", hours(practitioner, this.mine))
			.execute()
			.path("setWorkingHours.errors")
			.entityList(Object.class)
			.hasSize(0);
		forbidden(this.staff, SET_HOURS, hours(practitioner, this.theirs), "setWorkingHours");
		as(List.of(Role.STAFF), List.of()).document(SET_HOURS)
			.variable("input", hours(practitioner, this.mine))
			.execute()
			.path("setWorkingHours.errors[0].code")
			.entity(String.class)
			.isEqualTo("FORBIDDEN");
		GraphQlTester.Response read = as(List.of(Role.STAFF), List.of())
			.document("{ practitioner(id: \"" + practitioner + "\") { workingHours(locationId: \"" + this.theirs
					+ "\") { weekly { day } } } }")
			.execute();
		read.path("practitioner.workingHours.weekly").entityList(Object.class).hasSize(0);
	}

	@Test
	void locationsPractitionersRatingsAndVisitTypesAreForAdministrators() {
		forbidden(this.staff, CREATE_LOCATION, location("10003"), "createLocation");
		Map<String, Object> renamed = new java.util.HashMap<>(location("10001"));
		renamed.put("id", this.mine);
		forbidden(this.staff, "mutation($input: UpdateLocationInput!) { updateLocation(input: $input) "
				+ "{ location { id } errors { code field } } }", renamed, "updateLocation");
		forbidden(this.staff, CREATE_PRACTITIONER, practitioner(null, 4.0), "createPractitioner");
		String practitioner = created(this.admin, CREATE_PRACTITIONER, practitioner(null, 3.1),
				"createPractitioner.practitioner.id");
		forbidden(this.staff, UPDATE_PRACTITIONER, practitioner(practitioner, 5.0), "updatePractitioner");
		this.admin.document("{ practitioner(id: \"" + practitioner + "\") { rating reviewCount } }")
			.execute()
			.path("practitioner.rating")
			.entity(Double.class)
			.isEqualTo(3.1);
		forbidden(this.staff, CREATE_VISIT_TYPE, visitType(null), "createVisitType");
		String visitType = created(this.admin, CREATE_VISIT_TYPE, visitType(null), "createVisitType.visitType.id");
		forbidden(this.staff, UPDATE_VISIT_TYPE, visitType(visitType), "updateVisitType");
		this.admin.document(UPDATE_PRACTITIONER)
			.variable("input", practitioner(practitioner, 5.0))
			.execute()
			.path("updatePractitioner.practitioner.rating")
			.entity(Double.class)
			.isEqualTo(5.0);
	}

	private HttpGraphQlTester as(List<Role> roles, List<String> locations) {
		Map<String, Object> claims = locations.isEmpty() ? Map.of() : Map.of("locations", locations);
		return GraphQlClients.http(this.port,
				"Bearer " + this.issuer.issue(UUID.randomUUID(), "Scoping test", roles, claims, Duration.ofMinutes(5)));
	}

	private static String created(HttpGraphQlTester as, String mutation, Map<String, Object> input, String idPath) {
		GraphQlTester.Response response = as.document(mutation).variable("input", input).execute();
		response.path(idPath.substring(0, idPath.indexOf('.')) + ".errors").entityList(Object.class).hasSize(0);
		return response.path(idPath).entity(String.class).get();
	}

	private static void forbidden(HttpGraphQlTester as, String mutation, Map<String, Object> input, String field) {
		GraphQlTester.Response response = as.document(mutation).variable("input", input).execute();
		response.path(field + ".errors[0].code").entity(String.class).isEqualTo("FORBIDDEN");
		response.path(field + ".errors").entityList(Object.class).hasSize(1);
	}

	private List<String> roomIds(String location) {
		return this.admin.document("{ location(id: \"" + location + "\") { rooms { id } } }")
			.execute()
			.path("location.rooms[*].id")
			.entityList(String.class)
			.get();
	}

	private static Map<String, Object> location(String zip) {
		return Map.of("name", "Clinic " + zip, "street", "1 Main St", "city", "New York", "state", "NY", "zip", zip,
				"timeZone", "America/New_York", "openingHours",
				List.of(Map.of("day", "MONDAY", "opens", "08:00", "closes", "18:00")));
	}

	private static Map<String, Object> room(String id, String location) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("locationId", location, "name", "Exam", "capabilities", List.of("EXAM")));
		if (id != null) {
			input.put("id", id);
		}
		return input;
	}

	private static Map<String, Object> equipment(String id, String location, int units) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("locationId", location, "type", "ECG", "name", "ECG cart", "units", units));
		if (id != null) {
			input.put("id", id);
		}
		return input;
	}

	private Map<String, Object> practitioner(String id, double rating) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("name", "Dr. Scope", "specialties", List.of("FAMILY_MEDICINE"), "languages", List.of("en"),
						"rating", rating, "reviewCount", 12, "locationIds", List.of(this.mine, this.theirs)));
		if (id != null) {
			input.put("id", id);
		}
		return input;
	}

	private static Map<String, Object> hours(String practitioner, String location) {
		return Map.of("practitionerId", practitioner, "locationId", location, "weekly",
				List.of(Map.of("day", "MONDAY", "start", "09:00", "end", "12:00")));
	}

	private static Map<String, Object> visitType(String id) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("name", "Check-up", "specialty", "FAMILY_MEDICINE", "duration", "PT30M"));
		if (id != null) {
			input.put("id", id);
		}
		return input;
	}

}
