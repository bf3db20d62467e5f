package io.slotwise.waitlist.adapter.in.graphql;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.waitlist.Channel;
import io.slotwise.waitlist.ListWaitlistEntries.RankedEntry;
import io.slotwise.waitlist.OfferDetails;
import io.slotwise.waitlist.OfferNotice;
import io.slotwise.waitlist.Preferences;
import io.slotwise.waitlist.ScoreBreakdown;
import io.slotwise.waitlist.ViewOfferRounds;
import io.slotwise.waitlist.WaitlistEntry;
import org.jspecify.annotations.Nullable;

/**
 * The schema's waitlist types, with ids as plain values.
 */
final class Views {

	private Views() {
	}

	record EntryView(UUID id, String status, UUID visitTypeId, List<UUID> practitionerIds, List<UUID> locationIds,
			@Nullable String zip, @Nullable Double radiusMiles, LocalDate earliest, LocalDate latest,
			List<DayOfWeek> daysOfWeek, List<WindowView> windows, Duration minimumNotice, List<Channel> channels,
			@Nullable String email, int priority, Instant joinedAt) {

		static EntryView of(WaitlistEntry entry, LocalDate today) {
			Preferences wish = entry.preferences();
			return new EntryView(entry.id().value(), entry.statusOn(today).name(), wish.visitType().value(),
					wish.practitioners().stream().map(PractitionerId::value).toList(),
					wish.locations().stream().map(LocationId::value).toList(), wish.zip(), wish.radiusMiles(),
					wish.earliest(), wish.latest(), wish.days().stream().sorted().toList(),
					wish.windows().stream().map((w) -> new WindowView(w.from(), w.to())).toList(), wish.minimumNotice(),
					wish.channels().stream().sorted().toList(), wish.email(), entry.priority(), entry.joinedAt());
		}

	}

	record WindowView(LocalTime from, LocalTime to) {
	}

	record OfferView(UUID id, UUID entryId, UUID practitionerId, UUID locationId, UUID visitTypeId, Instant start,
			Instant end, int rank, Instant offeredAt, Instant deadline, int othersOffered, String status,
			@Nullable UUID appointmentId, UUID patientId) {

		/** The patient is not a schema field: the connected fields show as to them. */
		static OfferView of(OfferDetails offer) {
			return new OfferView(offer.id().value(), offer.entry().value(), offer.practitioner().value(),
					offer.location().value(), offer.visitType().value(), offer.start(), offer.end(), offer.rank(),
					offer.offeredAt(), offer.deadline(), offer.othersOffered(), offer.status().name(),
					offer.appointment().map(AppointmentId::value).orElse(null), offer.patient().value());
		}

	}

	record NoticeView(UUID offerId, String kind, Instant start, Instant deadline, int othersOffered, String subject,
			String text) {

		static NoticeView of(OfferNotice notice) {
			return new NoticeView(notice.offer().value(), notice.kind().name(), notice.start(), notice.deadline(),
					notice.othersOffered(), notice.subject(), notice.text());
		}

	}

	record RankedView(EntryView entry, ScoreBreakdown score) {

		static RankedView of(RankedEntry ranked, LocalDate today) {
			return new RankedView(EntryView.of(ranked.entry(), today), ranked.score());
		}

	}

	record RoundView(UUID id, String cause, UUID practitionerId, UUID locationId, UUID visitTypeId, Instant start,
			Instant end, String status, Instant openedAt, int candidateCount, List<CandidateView> candidates) {

		static RoundView of(ViewOfferRounds.RoundDetails round) {
			return new RoundView(round.id(), round.cause(), round.practitioner().value(), round.location().value(),
					round.visitType().value(), round.start(), round.end(), round.status(), round.openedAt(),
					round.candidateCount(), round.candidates().stream().map(CandidateView::of).toList());
		}

	}

	record CandidateView(int rank, UUID entryId, UUID patientId, ScoreBreakdown score, @Nullable String offerStatus) {

		static CandidateView of(ViewOfferRounds.RankedCandidate candidate) {
			return new CandidateView(candidate.rank(), candidate.entry().value(), candidate.patient().value(),
					candidate.score(), candidate.offer().map(Enum::name).orElse(null));
		}

	}

}
