package io.slotwise.waitlist.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.HoldForOffers;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.audit.AuditTrail;
import io.slotwise.scheduling.audit.PhiAccess;
import io.slotwise.scheduling.Problem;
import io.slotwise.waitlist.ExpireOffers;
import io.slotwise.waitlist.OfferDetails;
import io.slotwise.waitlist.OfferEvent;
import io.slotwise.waitlist.OfferId;
import io.slotwise.waitlist.RespondToOffer;
import io.slotwise.waitlist.WaitlistEntry;
import io.slotwise.waitlist.WaitlistOutcome;
import io.slotwise.waitlist.WaitlistProblem.Code;
import io.slotwise.waitlist.domain.Offer;
import io.slotwise.waitlist.domain.OfferRound;
import io.slotwise.waitlist.domain.OfferRounds;
import io.slotwise.waitlist.domain.WaitlistEntries;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts, declines and lapses offers. Acceptance claims the round under its row lock (a
 * second acceptance waits, then sees OFFER_TAKEN), books through scheduling outside that
 * transaction (a refused booking must not poison it), then records the booking and
 * withdraws the other offers. The expiry cascade claims due rounds with
 * {@code FOR UPDATE SKIP LOCKED}: each runs on exactly one instance, and the deadlines
 * live in PostgreSQL, so a restart loses none.
 */
@Service
class OfferDesk implements RespondToOffer, ExpireOffers {

	private static final int BATCH = 20;

	private final OfferRounds rounds;

	private final WaitlistEntries entries;

	private final RoundKeeping keeping;

	private final HoldForOffers holds;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AuditTrail audit;

	OfferDesk(OfferRounds rounds, WaitlistEntries entries, RoundKeeping keeping, HoldForOffers holds,
			PlatformTransactionManager transactionManager, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.rounds = rounds;
		this.entries = entries;
		this.keeping = keeping;
		this.holds = holds;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public WaitlistOutcome<OfferDetails> accept(PatientId patient, OfferId id) {
		WaitlistOutcome<OfferDetails> claimed = this.transactions.execute((status) -> claim(patient, id));
		if (!(claimed instanceof WaitlistOutcome.Done<OfferDetails>(OfferDetails offer))
				|| offer.status() == OfferDetails.Status.ACCEPTED) {
			return claimed;
		}
		OfferRound claimedRound = this.rounds.lockByOffer(id).orElseThrow();
		Outcome<AppointmentDetails> booking = this.holds.bookOffered(claimedRound.hold().orElseThrow(), patient,
				Optional.of("waitlist-offer:" + id.value()));
		return this.transactions.execute((status) -> recordBooking(id, booking));
	}

	private WaitlistOutcome<OfferDetails> claim(PatientId patient, OfferId id) {
		Optional<OfferRound> found = this.rounds.lockByOffer(id);
		if (found.isEmpty()) {
			return WaitlistOutcome.refused(Code.NOT_FOUND, "No such offer");
		}
		OfferRound round = found.get();
		return switch (round.claim(patient, id, this.clock.instant())) {
			case WaitlistOutcome.Refused<Offer> refused -> WaitlistOutcome.refused(refused.problem());
			case WaitlistOutcome.Done<Offer>(Offer offer) -> {
				this.rounds.save(round);
				yield WaitlistOutcome.done(round.details(offer));
			}
		};
	}

	private WaitlistOutcome<OfferDetails> recordBooking(OfferId id, Outcome<AppointmentDetails> booking) {
		OfferRound round = this.rounds.lockByOffer(id).orElseThrow();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Offer offer = round.offer(id).orElseThrow();
		if (booking instanceof Outcome.Done<AppointmentDetails>(AppointmentDetails appointment)) {
			List<OfferEvent> happened = round.booked(id, appointment.id(), now);
			this.entries.find(offer.entry())
				.ifPresent((entry) -> this.entries.update(new WaitlistEntry(entry.id(), entry.patient(),
						entry.preferences(), entry.priority(), WaitlistEntry.Status.BOOKED, entry.joinedAt()), now));
			this.keeping.moveOn(round, happened, now);
			return WaitlistOutcome.done(round.details(round.offer(id).orElseThrow()));
		}
		Problem problem = ((Outcome.Refused<AppointmentDetails>) booking).problem();
		this.keeping.moveOn(round, round.bookingFailed(id, now), now);
		return WaitlistOutcome.refused(switch (problem.code()) {
			case PATIENT_BUSY -> Code.PATIENT_BUSY;
			case HOLD_EXPIRED -> Code.OFFER_EXPIRED;
			default -> Code.SLOT_UNAVAILABLE;
		}, problem.message());
	}

	@Override
	public WaitlistOutcome<OfferDetails> decline(PatientId patient, OfferId id) {
		return this.transactions.execute((status) -> {
			Optional<OfferRound> found = this.rounds.lockByOffer(id);
			if (found.isEmpty()) {
				return WaitlistOutcome.refused(Code.NOT_FOUND, "No such offer");
			}
			OfferRound round = found.get();
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
			return switch (round.decline(patient, id, now)) {
				case WaitlistOutcome.Refused<List<OfferEvent>> refused -> WaitlistOutcome.refused(refused.problem());
				case WaitlistOutcome.Done<List<OfferEvent>>(List<OfferEvent> happened) -> {
					this.keeping.moveOn(round, happened, now);
					yield WaitlistOutcome.done(round.details(round.offer(id).orElseThrow()));
				}
			};
		});
	}

	@Override
	public List<OfferDetails> offersOf(PatientId patient, int offset, int limit) {
		this.audit.record(PhiAccess.read(patient, "waitlist-offers", null));
		return this.rounds.offersOf(patient, offset, limit);
	}

	@Override
	public int countOffersOf(PatientId patient) {
		return this.rounds.countOffersOf(patient);
	}

	@Override
	public Optional<OfferDetails> offerOf(PatientId patient, OfferId offer) {
		return this.rounds.offer(offer).filter((found) -> found.patient().equals(patient));
	}

	@Override
	@Scheduled(fixedDelayString = "${slotwise.waitlist.expiry-scan-interval:PT1S}")
	public int expireDue() {
		Integer moved = this.transactions.execute((status) -> {
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
			List<UUID> due = this.rounds.claimDue(now, BATCH);
			for (UUID id : due) {
				OfferRound round = this.rounds.lock(id).orElseThrow();
				this.keeping.moveOn(round, round.lapse(now), now);
			}
			return due.size();
		});
		return (moved != null) ? moved : 0;
	}

}
