package io.slotwise.platform.security;

/**
 * The roles a token can carry in its {@code roles} claim.
 */
public enum Role {

	PATIENT, PRACTITIONER, STAFF, ADMIN

}
