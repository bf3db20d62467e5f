package io.slotwise.waitlist.adapter.out.jooq;

import static io.slotwise.waitlist.adapter.out.jooq.schema.Tables.CANDIDATE;
import static io.slotwise.waitlist.adapter.out.jooq.schema.Tables.OFFER;
import static io.slotwise.waitlist.adapter.out.jooq.schema.Tables.ROUND;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.waitlist.EntryId;
import io.slotwise.waitlist.OfferDetails;
import io.slotwise.waitlist.OfferId;
import io.slotwise.waitlist.ScoreBreakdown;
import io.slotwise.waitlist.ViewOfferRounds;
import io.slotwise.waitlist.adapter.out.jooq.schema.tables.records.CandidateRecord;
import io.slotwise.waitlist.adapter.out.jooq.schema.tables.records.OfferRecord;
import io.slotwise.waitlist.adapter.out.jooq.schema.tables.records.RoundRecord;
import io.slotwise.waitlist.domain.Candidate;
import io.slotwise.waitlist.domain.Offer;
import io.slotwise.waitlist.domain.OfferRound;
import io.slotwise.waitlist.domain.OfferRounds;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

@Repository
class JooqOfferRounds implements OfferRounds {

	private final DSLContext db;

	JooqOfferRounds(DSLContext db) {
		this.db = db;
	}

	@Override
	public boolean addIfNew(OfferRound round) {
		int inserted = this.db.insertInto(ROUND)
			.set(ROUND.ID, round.id())
			.set(ROUND.CAUSE, round.cause())
			.set(ROUND.PRACTITIONER_ID, round.slot().practitioner().value())
			.set(ROUND.LOCATION_ID, round.slot().location().value())
			.set(ROUND.VISIT_TYPE_ID, round.slot().visitType().value())
			.set(ROUND.SLOT_START, utc(round.slot().start()))
			.set(ROUND.SLOT_END, utc(round.end()))
			.set(ROUND.STATUS, round.status().name())
			.set(ROUND.PARALLEL, round.parallel())
			.set(ROUND.OPENED_AT, utc(round.openedAt()))
			.onConflict(ROUND.CAUSE)
			.doNothing()
			.execute();
		if (inserted == 0) {
			return false;
		}
		var insert = this.db.insertInto(CANDIDATE, CANDIDATE.ROUND_ID, CANDIDATE.RANK, CANDIDATE.ENTRY_ID,
				CANDIDATE.PATIENT_ID, CANDIDATE.TOTAL, CANDIDATE.FIT, CANDIDATE.WAITED, CANDIDATE.FLEXIBILITY,
				CANDIDATE.PRIORITY);
		for (Candidate c : round.candidates()) {
			ScoreBreakdown s = c.score();
			insert = insert.values(round.id(), c.rank(), c.entry().value(), c.patient().value(), s.total(), s.fit(),
					s.waited(), s.flexibility(), s.priority());
		}
		if (!round.candidates().isEmpty()) {
			insert.execute();
		}
		return true;
	}

	@Override
	public void save(OfferRound round) {
		this.db.update(ROUND)
			.set(ROUND.STATUS, round.status().name())
			.set(ROUND.HOLD_ID, round.hold().map(HoldId::value).orElse(null))
			.set(ROUND.HOLD_UNTIL, round.holdUntil().map(JooqOfferRounds::utc).orElse(null))
			.set(ROUND.APPOINTMENT_ID, round.appointment().map(AppointmentId::value).orElse(null))
			.where(ROUND.ID.eq(round.id()))
			.execute();
		for (Offer offer : round.offers()) {
			this.db.insertInto(OFFER)
				.set(OFFER.ID, offer.id().value())
				.set(OFFER.ROUND_ID, round.id())
				.set(OFFER.RANK, offer.rank())
				.set(OFFER.ENTRY_ID, offer.entry().value())
				.set(OFFER.PATIENT_ID, offer.patient().value())
				.set(OFFER.OFFERED_AT, utc(offer.offeredAt()))
				.set(OFFER.DEADLINE, utc(offer.deadline()))
				.set(OFFER.OTHERS_OFFERED, offer.othersOffered())
				.set(OFFER.STATUS, offer.status().name())
				.set(OFFER.CLOSED_AT, offer.closedAt().map(JooqOfferRounds::utc).orElse(null))
				.onConflict(OFFER.ID)
				.doUpdate()
				.set(OFFER.STATUS, offer.status().name())
				.set(OFFER.OTHERS_OFFERED, offer.othersOffered())
				.set(OFFER.CLOSED_AT, offer.closedAt().map(JooqOfferRounds::utc).orElse(null))
				.execute();
		}
	}

	@Override
	public Optional<OfferRound> lock(UUID round) {
		return this.db.selectFrom(ROUND).where(ROUND.ID.eq(round)).forUpdate().fetchOptional().map(this::restore);
	}

	@Override
	public Optional<OfferRound> lockByOffer(OfferId offer) {
		return this.db.select(OFFER.ROUND_ID)
			.from(OFFER)
			.where(OFFER.ID.eq(offer.value()))
			.fetchOptional(OFFER.ROUND_ID)
			.flatMap(this::lock);
	}

	@Override
	public List<UUID> claimDue(Instant now, int max) {
		return this.db.select(ROUND.ID)
			.from(ROUND)
			.where(ROUND.STATUS.eq(OfferRound.Status.OPEN.name()))
			.and(ROUND.ID.in(this.db.select(OFFER.ROUND_ID)
				.from(OFFER)
				.where(OFFER.STATUS.eq(OfferDetails.Status.OPEN.name()))
				.and(OFFER.DEADLINE.le(utc(now)))))
			.limit(max)
			.forUpdate()
			.skipLocked()
			.fetch(ROUND.ID);
	}

	@Override
	public List<OfferDetails> offersOf(PatientId patient, int offset, int limit) {
		// One join for the whole page (an offer's details need only its round's slot):
		// restoring each offer's round would cost three queries per offer.
		return this.db
			.select(OFFER.asterisk(), ROUND.PRACTITIONER_ID, ROUND.LOCATION_ID, ROUND.VISIT_TYPE_ID, ROUND.SLOT_START,
					ROUND.SLOT_END, ROUND.APPOINTMENT_ID)
			.from(OFFER)
			.join(ROUND)
			.on(ROUND.ID.eq(OFFER.ROUND_ID))
			.where(OFFER.PATIENT_ID.eq(patient.value()))
			.orderBy(OFFER.OFFERED_AT.desc(), OFFER.ID)
			.offset(offset)
			.limit(limit)
			.fetch((row) -> {
				Offer offer = toOffer(row.into(OFFER));
				return new OfferDetails(offer.id(), offer.entry(), offer.patient(),
						new PractitionerId(row.get(ROUND.PRACTITIONER_ID)), new LocationId(row.get(ROUND.LOCATION_ID)),
						new VisitTypeId(row.get(ROUND.VISIT_TYPE_ID)), row.get(ROUND.SLOT_START).toInstant(),
						row.get(ROUND.SLOT_END).toInstant(), offer.rank(), offer.offeredAt(), offer.deadline(),
						offer.othersOffered(), offer.status(),
						(offer.status() == OfferDetails.Status.ACCEPTED)
								? Optional.ofNullable(row.get(ROUND.APPOINTMENT_ID)).map(AppointmentId::new)
								: Optional.empty());
			});
	}

	@Override
	public int countOffersOf(PatientId patient) {
		return this.db.fetchCount(OFFER, OFFER.PATIENT_ID.eq(patient.value()));
	}

	@Override
	public int countRoundsAt(LocationId location) {
		return this.db.fetchCount(ROUND, ROUND.LOCATION_ID.eq(location.value()));
	}

	@Override
	public Optional<OfferDetails> offer(OfferId id) {
		return this.db.select(OFFER.ROUND_ID)
			.from(OFFER)
			.where(OFFER.ID.eq(id.value()))
			.fetchOptional(OFFER.ROUND_ID)
			.flatMap((round) -> this.db.selectFrom(ROUND).where(ROUND.ID.eq(round)).fetchOptional())
			.map(this::restore)
			.flatMap((round) -> round.offer(id).map(round::details));
	}

	@Override
	public List<ViewOfferRounds.RoundDetails> roundsAt(LocationId location, int offset, int limit, int candidates) {
		List<RoundRecord> rows = this.db.selectFrom(ROUND)
			.where(ROUND.LOCATION_ID.eq(location.value()))
			.orderBy(ROUND.OPENED_AT.desc(), ROUND.ID)
			.offset(offset)
			.limit(limit)
			.fetch();
		List<UUID> ids = rows.stream().map(RoundRecord::getId).toList();
		// one query for every shown round's best candidates, one for their offers, one
		// for
		// the counts: a page costs four queries whatever its size
		Map<UUID, Result<CandidateRecord>> best = this.db.selectFrom(CANDIDATE)
			.where(CANDIDATE.ROUND_ID.in(ids))
			.and(CANDIDATE.RANK.le(candidates))
			.orderBy(CANDIDATE.ROUND_ID, CANDIDATE.RANK)
			.fetchGroups(CANDIDATE.ROUND_ID);
		Map<UUID, Integer> counts = this.db.select(CANDIDATE.ROUND_ID, DSL.count())
			.from(CANDIDATE)
			.where(CANDIDATE.ROUND_ID.in(ids))
			.groupBy(CANDIDATE.ROUND_ID)
			.fetchMap(CANDIDATE.ROUND_ID, DSL.count());
		Map<String, String> offered = this.db.select(OFFER.ENTRY_ID, OFFER.ROUND_ID, OFFER.STATUS)
			.from(OFFER)
			.where(OFFER.ROUND_ID.in(ids))
			.fetchMap((offer) -> offerKey(offer.value2(), offer.value1()), (offer) -> offer.value3());
		return rows.stream()
			.map((row) -> new ViewOfferRounds.RoundDetails(row.getId(), row.getCause(),
					new PractitionerId(row.getPractitionerId()), new LocationId(row.getLocationId()),
					new VisitTypeId(row.getVisitTypeId()), row.getSlotStart().toInstant(), row.getSlotEnd().toInstant(),
					row.getStatus(), row.getOpenedAt().toInstant(), counts.getOrDefault(row.getId(), 0),
					Optional.ofNullable(best.get(row.getId()))
						.map(List::copyOf)
						.orElse(List.of())
						.stream()
						.map((c) -> new ViewOfferRounds.RankedCandidate(c.getRank(), new EntryId(c.getEntryId()),
								new PatientId(c.getPatientId()), score(c),
								Optional.ofNullable(offered.get(offerKey(row.getId(), c.getEntryId())))
									.map(OfferDetails.Status::valueOf)))
						.toList()))
			.toList();
	}

	private static String offerKey(UUID round, UUID entry) {
		return round + "/" + entry;
	}

	@Override
	public Optional<OfferRound> lockByHold(HoldId hold) {
		return this.db.selectFrom(ROUND)
			.where(ROUND.HOLD_ID.eq(hold.value()))
			.forUpdate()
			.fetchOptional()
			.map(this::restore);
	}

	private static ScoreBreakdown score(CandidateRecord c) {
		return new ScoreBreakdown(c.getFit(), c.getWaited(), c.getFlexibility(), c.getPriority(), c.getTotal());
	}

	private OfferRound restore(RoundRecord row) {
		List<Candidate> candidates = this.db.selectFrom(CANDIDATE)
			.where(CANDIDATE.ROUND_ID.eq(row.getId()))
			.orderBy(CANDIDATE.RANK)
			.fetch((c) -> new Candidate(c.getRank(), new EntryId(c.getEntryId()), new PatientId(c.getPatientId()),
					Instant.EPOCH, score(c)));
		List<Offer> offers = this.db.selectFrom(OFFER)
			.where(OFFER.ROUND_ID.eq(row.getId()))
			.orderBy(OFFER.OFFERED_AT, OFFER.RANK)
			.fetch(JooqOfferRounds::toOffer);
		SlotRequest slot = new SlotRequest(new PractitionerId(row.getPractitionerId()),
				new LocationId(row.getLocationId()), new VisitTypeId(row.getVisitTypeId()),
				row.getSlotStart().toInstant());
		return new OfferRound(row.getId(), row.getCause(), slot, row.getSlotEnd().toInstant(), row.getParallel(),
				row.getOpenedAt().toInstant(), candidates, offers,
				Optional.ofNullable(row.getHoldId()).map(HoldId::new),
				Optional.ofNullable(row.getHoldUntil()).map(OffsetDateTime::toInstant),
				OfferRound.Status.valueOf(row.getStatus()),
				Optional.ofNullable(row.getAppointmentId()).map(AppointmentId::new));
	}

	private static Offer toOffer(OfferRecord row) {
		return new Offer(new OfferId(row.getId()), row.getRank(), new EntryId(row.getEntryId()),
				new PatientId(row.getPatientId()), row.getOfferedAt().toInstant(), row.getDeadline().toInstant(),
				row.getOthersOffered(), OfferDetails.Status.valueOf(row.getStatus()),
				Optional.ofNullable(row.getClosedAt()).map(OffsetDateTime::toInstant));
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
