package io.slotwise.scheduling.audit;

import java.time.Instant;
import java.util.UUID;

import io.slotwise.scheduling.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit trail.
 *
 * @param id position in the trail (ascending with time)
 * @param at when
 * @param actor the token subject, null for the system
 * @param role the actor's role (PATIENT, PRACTITIONER, STAFF, ADMIN, SYSTEM)
 * @param requestId the GraphQL request it happened in, null outside a request
 * @param clientIp the client's address, null outside a request
 */
public record AuditEntry(long id, Instant at, @Nullable UUID actor, String role, PatientId patient, AuditAction action,
		String subject, @Nullable UUID subjectId, @Nullable String from, @Nullable String to,
		@Nullable String requestId, @Nullable String clientIp) {

}
