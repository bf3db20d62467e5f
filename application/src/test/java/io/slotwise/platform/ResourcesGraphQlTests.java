package io.slotwise.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The resources API end to end over HTTP: who may change the catalog, typed errors in
 * payloads and queries, radius search with distances, Relay connections.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Its own context and database: these tests add locations that other API tests must not
// see.
@TestPropertySource(properties = "slotwise.test.api=resources")
class ResourcesGraphQlTests {

	static final String CREATE_LOCATION = """
			mutation($input: CreateLocationInput!) {
			  createLocation(input: $input) {
			    location { id name zip timeZone coordinates { latitude longitude } openingHours { day opens closes } }
			    errors { code message field }
			  }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	HttpGraphQlTester as(Role role) {
		return GraphQlClients.http(this.port, (role != null) ? new Tokens(this.issuer).bearer(role) : null);
	}

	static Map<String, Object> location(String zip, String zone) {
		return Map.of("name", "Chelsea Family Care", "street", "250 W 23rd St", "city", "New York", "state", "NY",
				"zip", zip, "timeZone", zone, "openingHours",
				List.of(Map.of("day", "MONDAY", "opens", "08:00", "closes", "18:00")));
	}

	String createLocation(Role role, String zip) {
		return as(role).document(CREATE_LOCATION)
			.variable("input", location(zip, "America/New_York"))
			.execute()
			.path("createLocation.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("createLocation.location.id")
			.entity(String.class)
			.get();
	}

	@Test
	void onlyStaffAndAdministratorsChangeTheCatalog() {
		as(null).document(CREATE_LOCATION)
			.variable("input", location("10001", "America/New_York"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
		for (Role role : List.of(Role.PATIENT, Role.PRACTITIONER)) {
			as(role).document(CREATE_LOCATION)
				.variable("input", location("10001", "America/New_York"))
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		}
		// staff may call the mutation; that it is an administrator's change is a payload
		// error (see CatalogScopingApiTests)
		as(Role.STAFF).document(CREATE_LOCATION)
			.variable("input", location("10001", "America/New_York"))
			.execute()
			.path("createLocation.errors[0].code")
			.entity(String.class)
			.isEqualTo("FORBIDDEN");
		assertThat(createLocation(Role.ADMIN, "10001")).isNotBlank();
		as(Role.PATIENT).document(
				"mutation { setWorkingHours(input: {practitionerId: \"x\", locationId: \"y\", weekly: []}) { errors { code } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((error) -> error.getErrorType().toString())
				.containsExactly("FORBIDDEN"));
	}

	@Test
	void findsLocationsWithinARadiusOfAZipWithDistances() {
		String chelsea = createLocation(Role.ADMIN, "10011");
		createLocation(Role.ADMIN, "94105");
		GraphQlTester.Response near = as(null)
			.document("{ locationsNear(zip: \"10001\", radiusMiles: 10) { edges { node { distanceKm distanceMiles "
					+ "location { id zip address { city state } rooms { id } } } } pageInfo { hasNextPage } } }")
			.execute();
		near.path("locationsNear.edges[*].node.location.zip")
			.entityList(String.class)
			.contains("10011")
			.doesNotContain("94105");
		String chelseaNode = "locationsNear.edges[?(@.node.location.id == '" + chelsea + "')].node";
		Double km = near.path(chelseaNode + ".distanceKm").entityList(Double.class).hasSize(1).get().get(0);
		Double miles = near.path(chelseaNode + ".distanceMiles").entityList(Double.class).get().get(0);
		near.path("locationsNear.edges[*].node.distanceKm")
			.entityList(Double.class)
			.satisfies((distances) -> assertThat(distances).isSorted());
		assertThat(km).isBetween(0.5, 3.0);
		assertThat(miles).isCloseTo(km / 1.609344, org.assertj.core.data.Offset.offset(0.01));
		as(null).document("{ locationsNear(zip: \"10001\", radiusKm: 5000) { edges { node { location { zip } } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(codes(errors)).containsExactly("VALIDATION_FAILED"));
	}

	@Test
	void badZipCodesInQueriesAreTypedErrors() {
		for (Map.Entry<String, String> zip : Map
			.of("ABCDE", "INVALID_ZIP", "123", "INVALID_ZIP", "00000", "UNKNOWN_ZIP")
			.entrySet()) {
			as(null).document("{ locationsNear(zip: \"" + zip.getKey() + "\") { edges { cursor } } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(codes(errors)).containsExactly(zip.getValue()));
		}
	}

	static List<Object> codes(List<ResponseError> errors) {
		return errors.stream().map((error) -> error.getExtensions().get("code")).toList();
	}

	@Test
	void refusedMutationsCarryTypedErrorsAndChangeNothing() {
		expectError(CREATE_LOCATION, location("10001", "Eastern"), "createLocation", "INVALID_TIME_ZONE");
		expectError(CREATE_LOCATION, location("ABCDE", "America/New_York"), "createLocation", "INVALID_ZIP");
		expectError(CREATE_LOCATION, location("00000", "America/New_York"), "createLocation", "UNKNOWN_ZIP");
		String at = createLocation(Role.ADMIN, "60601");
		String createPractitioner = "mutation($input: CreatePractitionerInput!) { createPractitioner(input: $input) "
				+ "{ practitioner { id } errors { code field } } }";
		expectError(createPractitioner, practitioner(List.of("klingon"), List.of(), at), "createPractitioner",
				"UNKNOWN_LANGUAGE");
		expectError(createPractitioner, practitioner(List.of("en"), List.of("ACME"), at), "createPractitioner",
				"UNKNOWN_INSURANCE_PLAN");
		expectError(createPractitioner, practitioner(List.of("en"), List.of(), "not-an-id"), "createPractitioner",
				"VALIDATION_FAILED");
		expectError(createPractitioner, practitioner(List.of("en"), List.of(), "7f000000-0000-4000-8000-000000000000"),
				"createPractitioner", "NOT_FOUND");
		String createVisitType = "mutation($input: CreateVisitTypeInput!) { createVisitType(input: $input) "
				+ "{ visitType { id } errors { code field } } }";
		expectError(createVisitType, Map.of("name", "Biopsy", "specialty", "DERMATOLOGY", "duration", "PT-30M"),
				"createVisitType", "INVALID_DURATION");
		expectError(
				createVisitType, Map.of("name", "Biopsy", "specialty", "DERMATOLOGY", "duration", "PT30M",
						"roomCapability", "PROCEDURE", "locationIds", List.of(at)),
				"createVisitType", "MISSING_ROOM_CAPABILITY");
		String practitionerId = as(Role.ADMIN).document(createPractitioner)
			.variable("input", practitioner(List.of("en", "es"), List.of("AETNA_PPO"), at))
			.execute()
			.path("createPractitioner.practitioner.id")
			.entity(String.class)
			.get();
		String setHours = "mutation($input: SetWorkingHoursInput!) { setWorkingHours(input: $input) "
				+ "{ workingHours { weekly { day start end } } errors { code field } } }";
		expectError(setHours,
				Map.of("practitionerId", practitionerId, "locationId", at, "weekly",
						List.of(Map.of("day", "MONDAY", "start", "09:00", "end", "13:00"),
								Map.of("day", "MONDAY", "start", "12:00", "end", "17:00"))),
				"setWorkingHours", "OVERLAPPING_HOURS");
		expectError(setHours,
				Map.of("practitionerId", practitionerId, "locationId", at, "weekly",
						List.of(Map.of("day", "MONDAY", "start", "17:00", "end", "09:00"))),
				"setWorkingHours", "INVALID_TIME_RANGE");
		as(Role.ADMIN).document(setHours)
			.variable("input",
					Map.of("practitionerId", practitionerId, "locationId", at, "weekly",
							List.of(Map.of("day", "MONDAY", "start", "09:00", "end", "17:00")), "exceptions",
							List.of(Map.of("date", "2026-12-28", "kind", "TIME_OFF"))))
			.execute()
			.path("setWorkingHours.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("setWorkingHours.workingHours.weekly[0].start")
			.entity(String.class)
			.isEqualTo("09:00");
		as(null)
			.document("{ practitioner(id: \"" + practitionerId + "\") { name languages rating reviewCount "
					+ "locations { zip } workingHours(locationId: \"" + at
					+ "\") { weekly { day } exceptions { date kind start } } } }")
			.execute()
			.path("practitioner.locations[0].zip")
			.entity(String.class)
			.isEqualTo("60601")
			.path("practitioner.workingHours.exceptions[0].date")
			.entity(String.class)
			.isEqualTo("2026-12-28")
			.path("practitioner.languages")
			.entityList(String.class)
			.containsExactly("en", "es");
		as(null)
			.document("{ practitioners(filter: {language: \"es\", insurancePlan: \"AETNA_PPO\", locationId: \"" + at
					+ "\"}, first: 5) { edges { node { id } } pageInfo { hasNextPage } } }")
			.execute()
			.path("practitioners.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(practitionerId);
		as(null)
			.document("{ practitioners(filter: {language: \"fr\", locationId: \"" + at
					+ "\"}) { edges { node { id } } } }")
			.execute()
			.path("practitioners.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	static Map<String, Object> practitioner(List<String> languages, List<String> plans, String location) {
		return Map.of("name", "Dr. Lucia Reyes", "specialties", List.of("FAMILY_MEDICINE"), "languages", languages,
				"insurancePlans", plans, "rating", 4.6, "reviewCount", 31, "locationIds", List.of(location));
	}

	void expectError(String mutation, Map<String, Object> input, String field, String code) {
		GraphQlTester.Response response = as(Role.ADMIN).document(mutation).variable("input", input).execute();
		response.path(field + ".errors[0].code").entity(String.class).isEqualTo(code);
		response.path(field + ".errors").entityList(Object.class).hasSize(1);
	}

	@Test
	void listsVisitTypesAndInsurancePlans() {
		as(null).document("{ insurancePlans { code carrier name } }")
			.execute()
			.path("insurancePlans[*].code")
			.entityList(String.class)
			.contains("AETNA_PPO", "MEDICARE_B");
		String at = createLocation(Role.ADMIN, "10003");
		as(Role.ADMIN)
			.document("mutation { createRoom(input: {locationId: \"" + at + "\", name: \"Procedure 1\", "
					+ "capabilities: [\"PROCEDURE\"]}) { room { id capabilities } errors { code } } }")
			.execute()
			.path("createRoom.room.capabilities")
			.entityList(String.class)
			.containsExactly("PROCEDURE");
		as(Role.ADMIN)
			.document("mutation { createEquipment(input: {locationId: \"" + at + "\", type: \"DERMATOSCOPE\", "
					+ "name: \"Dermatoscope\", units: 2}) { equipment { unitCount unitIds } errors { code } } }")
			.execute()
			.path("createEquipment.equipment.unitCount")
			.entity(Integer.class)
			.isEqualTo(2);
		as(Role.ADMIN)
			.document("mutation { createVisitType(input: {name: \"Mole removal\", specialty: \"DERMATOLOGY\", "
					+ "duration: \"PT30M\", slot: \"PT15M\", patients: EXISTING, roomCapability: \"PROCEDURE\", "
					+ "equipmentTypes: [\"DERMATOSCOPE\"], locationIds: [\"" + at + "\"]}) "
					+ "{ visitType { id duration slot patients } errors { code } } }")
			.execute()
			.path("createVisitType.visitType.duration")
			.entity(String.class)
			.isEqualTo("PT30M");
		as(null)
			.document("{ visitTypes(specialty: \"DERMATOLOGY\", first: 10) { edges { node { name duration "
					+ "roomCapability equipmentTypes locationIds } } } }")
			.execute()
			.path("visitTypes.edges[0].node.roomCapability")
			.entity(String.class)
			.isEqualTo("PROCEDURE");
	}

}
