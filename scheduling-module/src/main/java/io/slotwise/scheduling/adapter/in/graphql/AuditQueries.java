package io.slotwise.scheduling.adapter.in.graphql;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.audit.AuditEntry;
import io.slotwise.scheduling.audit.ReadAuditTrail;
import io.slotwise.scheduling.audit.ReadAuditTrail.AuditQuery;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The PHI audit trail: administrators page through a bounded window of it; an
 * appointment's history is for whoever may act on the appointment. A refusal is a GraphQL
 * error with the code (queries have no payload).
 */
@Controller
class AuditQueries {

	static final int MAX_PAGE = 100;

	private final ReadAuditTrail audit;

	AuditQueries(ReadAuditTrail audit) {
		this.audit = audit;
	}

	/**
	 * Keyset paging: a cursor is the id of the last entry seen, so new entries never
	 * shift a page.
	 */
	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	Window<AuditEntry> auditLog(@Argument Instant from, @Argument Instant to, @Argument @Nullable PatientId patientId,
			@Argument @Nullable UUID actorId, ScrollSubrange subrange, Requester requester) {
		int size = Math.min(Math.max(subrange.count().orElse(50), 1), MAX_PAGE);
		long after = subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map((position) -> ((OffsetScrollPosition) position).getOffset())
			.orElse(0L);
		List<AuditEntry> fetched = value(
				this.audit.entries(requester, new AuditQuery(from, to, patientId, actorId, after, size + 1)));
		boolean hasNext = fetched.size() > size;
		List<AuditEntry> page = hasNext ? fetched.subList(0, size) : fetched;
		return Window.from(page, (index) -> ScrollPosition.offset(page.get(index).id()), hasNext);
	}

	/**
	 * The auditLog's window and filters counted, cursor ignored: the arguments are the
	 * connection's own field's.
	 */
	@SchemaMapping(typeName = "AuditEntryConnection", field = "totalCount")
	@PreAuthorize("hasRole('ADMIN')")
	int auditLogCount(DataFetchingEnvironment environment, Requester requester) {
		Map<String, Object> arguments = environment.getExecutionStepInfo().getParent().getArguments();
		Object patient = arguments.get("patientId");
		Object actor = arguments.get("actorId");
		return value(this.audit.count(requester,
				new AuditQuery((Instant) arguments.get("from"), (Instant) arguments.get("to"),
						(patient != null) ? PatientId.of(patient.toString()) : null,
						(actor != null) ? UUID.fromString(actor.toString()) : null, 0, 0)));
	}

	@QueryMapping
	@PreAuthorize("isAuthenticated()")
	List<AuditEntry> appointmentHistory(@Argument AppointmentId appointmentId, Requester requester) {
		return value(this.audit.appointmentHistory(requester, appointmentId));
	}

	@SchemaMapping(typeName = "AuditEntry", field = "actorId")
	@Nullable String actorId(AuditEntry entry) {
		return (entry.actor() != null) ? entry.actor().toString() : null;
	}

	@SchemaMapping(typeName = "AuditEntry", field = "patientId")
	String patientId(AuditEntry entry) {
		return entry.patient().value().toString();
	}

	private static <T> T value(Outcome<T> outcome) {
		return switch (outcome) {
			case Outcome.Done<T>(T value) -> value;
			case Outcome.Refused<T>(Problem problem) -> throw UserErrors.raised(problem);
		};
	}

}
