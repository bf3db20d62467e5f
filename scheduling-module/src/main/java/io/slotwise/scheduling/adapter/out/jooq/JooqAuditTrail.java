package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.PHI_AUDIT;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.adapter.out.jooq.schema.tables.records.PhiAuditRecord;
import io.slotwise.scheduling.application.AuditRecords;
import io.slotwise.scheduling.audit.AuditAction;
import io.slotwise.scheduling.audit.AuditEntry;
import io.slotwise.scheduling.audit.AuditTrail;
import io.slotwise.scheduling.audit.PhiAccess;
import io.slotwise.scheduling.audit.ReadAuditTrail.AuditQuery;
import io.slotwise.scheduling.audit.RequestOrigin;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Repository;

/**
 * The audit trail in {@code scheduling.phi_audit}. An append joins the caller's
 * transaction (or commits at once outside one). Who acted is taken from the verified
 * token of the current request, the request id and client address from its
 * {@link RequestOrigin}; without either, the system acted.
 */
@Repository
class JooqAuditTrail implements AuditTrail, AuditRecords {

	/** Keeps two instances' retention passes from overlapping. */
	private static final long RETENTION_LOCK = 0x5107_A0D1_7L;

	private static final List<String> ROLES = List.of("ADMIN", "STAFF", "PRACTITIONER", "PATIENT");

	private final DSLContext db;

	private final Clock clock;

	JooqAuditTrail(DSLContext db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	@Override
	public void record(PhiAccess access) {
		recordAll(List.of(access));
	}

	@Override
	public void recordAll(List<PhiAccess> accesses) {
		if (accesses.isEmpty()) {
			return;
		}
		Optional<Jwt> token = token();
		Optional<RequestOrigin> origin = RequestOrigin.current();
		OffsetDateTime at = this.clock.instant().atOffset(ZoneOffset.UTC);
		UUID actor = token.map((jwt) -> UUID.fromString(jwt.getSubject())).orElse(null);
		String role = token.map(JooqAuditTrail::role).orElse("SYSTEM");
		String requestId = origin.map(RequestOrigin::requestId).orElse(null);
		String clientIp = origin.map(RequestOrigin::clientIp).orElse(null);
		var insert = this.db.insertInto(PHI_AUDIT, PHI_AUDIT.AT, PHI_AUDIT.ACTOR, PHI_AUDIT.ROLE, PHI_AUDIT.PATIENT_ID,
				PHI_AUDIT.ACTION, PHI_AUDIT.SUBJECT, PHI_AUDIT.SUBJECT_ID, PHI_AUDIT.CHANGE_FROM, PHI_AUDIT.CHANGE_TO,
				PHI_AUDIT.REQUEST_ID, PHI_AUDIT.CLIENT_IP);
		for (PhiAccess access : accesses) {
			insert = insert.values(at, actor, role, access.patient().value(), access.action().name(), access.subject(),
					access.subjectId(), access.from(), access.to(), requestId, clientIp);
		}
		insert.execute();
	}

	@Override
	public List<AuditEntry> window(AuditQuery query) {
		List<Condition> where = filter(query);
		where.add(PHI_AUDIT.ID.gt(query.after()));
		return this.db.selectFrom(PHI_AUDIT)
			.where(where)
			.orderBy(PHI_AUDIT.ID)
			.limit(query.limit())
			.fetch(JooqAuditTrail::entry);
	}

	@Override
	public int count(AuditQuery query) {
		return this.db.fetchCount(PHI_AUDIT, filter(query));
	}

	/** The window and filters of a query; its cursor is the caller's to add. */
	private static List<Condition> filter(AuditQuery query) {
		List<Condition> where = new ArrayList<>(List.of(PHI_AUDIT.AT.ge(query.from().atOffset(ZoneOffset.UTC)),
				PHI_AUDIT.AT.lt(query.to().atOffset(ZoneOffset.UTC))));
		if (query.patient() != null) {
			where.add(PHI_AUDIT.PATIENT_ID.eq(query.patient().value()));
		}
		if (query.actor() != null) {
			where.add(PHI_AUDIT.ACTOR.eq(query.actor()));
		}
		return where;
	}

	@Override
	public List<AuditEntry> about(UUID subject, int limit) {
		return this.db.selectFrom(PHI_AUDIT)
			.where(PHI_AUDIT.SUBJECT_ID.eq(subject))
			.orderBy(PHI_AUDIT.ID)
			.limit(limit)
			.fetch(JooqAuditTrail::entry);
	}

	@Override
	public int deleteBefore(Instant cutoff, int batch) {
		return this.db.transactionResult((tx) -> {
			DSLContext inTx = tx.dsl();
			if (!inTx.select(DSL.field("pg_try_advisory_xact_lock({0})", Boolean.class, RETENTION_LOCK))
				.fetchSingle()
				.value1()) {
				return 0;
			}
			return inTx.deleteFrom(PHI_AUDIT)
				.where(PHI_AUDIT.ID.in(DSL.select(PHI_AUDIT.ID)
					.from(PHI_AUDIT)
					.where(PHI_AUDIT.AT.lt(cutoff.atOffset(ZoneOffset.UTC)))
					.orderBy(PHI_AUDIT.ID)
					.limit(batch)))
				.execute();
		});
	}

	private static Optional<Jwt> token() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) ? Optional.of(jwt)
				: Optional.empty();
	}

	private static String role(Jwt token) {
		List<String> roles = Optional.ofNullable(token.getClaimAsStringList("roles")).orElse(List.of());
		return ROLES.stream().filter(roles::contains).findFirst().orElse("NONE");
	}

	private static AuditEntry entry(PhiAuditRecord row) {
		return new AuditEntry(row.getId(), row.getAt().toInstant(), row.getActor(), row.getRole(),
				new PatientId(row.getPatientId()), AuditAction.valueOf(row.getAction()), row.getSubject(),
				row.getSubjectId(), row.getChangeFrom(), row.getChangeTo(), row.getRequestId(), row.getClientIp());
	}

}
