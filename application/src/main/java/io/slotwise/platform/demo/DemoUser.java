package io.slotwise.platform.demo;

import java.util.List;
import java.util.UUID;

import io.slotwise.platform.security.Role;

/**
 * The people a newcomer can act as in the demo. Ids are fixed so that tokens and bookings
 * line up across restarts of the demo.
 */
enum DemoUser {

	PATIENT_ALICE("patient-alice", "Alice Moreno", "a11ce000-0000-4000-8000-000000000001", List.of(Role.PATIENT)),
	PATIENT_BOB("patient-bob", "Bob Okafor", "b0b00000-0000-4000-8000-000000000002", List.of(Role.PATIENT)),
	PRACTITIONER("practitioner", "Dr. Demo Practitioner", "d0c00000-0000-4000-8000-000000000003",
			List.of(Role.PRACTITIONER)),
	FRONT_DESK("front-desk", "Frank Front-Desk", "f0d00000-0000-4000-8000-000000000004", List.of(Role.STAFF)),
	ADMIN("admin", "Ada Admin", "ad000000-0000-4000-8000-000000000005", List.of(Role.ADMIN, Role.STAFF));

	private final String login;

	private final String displayName;

	private final UUID id;

	private final List<Role> roles;

	DemoUser(String login, String displayName, String id, List<Role> roles) {
		this.login = login;
		this.displayName = displayName;
		this.id = UUID.fromString(id);
		this.roles = roles;
	}

	String login() {
		return this.login;
	}

	String displayName() {
		return this.displayName;
	}

	UUID id() {
		return this.id;
	}

	List<Role> roles() {
		return this.roles;
	}

}
