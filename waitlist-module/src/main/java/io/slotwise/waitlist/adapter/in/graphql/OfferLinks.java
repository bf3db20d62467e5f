package io.slotwise.waitlist.adapter.in.graphql;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.ViewAppointment;
import io.slotwise.waitlist.EntryId;
import io.slotwise.waitlist.ListWaitlistEntries;
import io.slotwise.waitlist.adapter.in.graphql.Views.CandidateView;
import io.slotwise.waitlist.adapter.in.graphql.Views.EntryView;
import io.slotwise.waitlist.adapter.in.graphql.Views.OfferView;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * An offer's entry and booking, and a round candidate's entry, for a whole page in one
 * load each. Offers are shown only to their patient, so both are loaded as that patient
 * sees them: their own entry, their own appointment (scheduling's published API applies
 * its own rule).
 */
@Controller
class OfferLinks {

	private final ListWaitlistEntries entries;

	private final ViewAppointment appointments;

	private final Clock clock;

	OfferLinks(ListWaitlistEntries entries, ViewAppointment appointments, Clock clock) {
		this.entries = entries;
		this.appointments = appointments;
		this.clock = clock;
	}

	@BatchMapping(typeName = "WaitlistOffer", field = "entry")
	@PreAuthorize("permitAll()")
	Map<OfferView, EntryView> offerEntry(List<OfferView> offers) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Map<UUID, EntryView> found = new HashMap<>();
		byPatient(offers).forEach((patient, theirs) -> this.entries
			.entriesOf(new PatientId(patient), theirs.stream().map((offer) -> new EntryId(offer.entryId())).toList())
			.forEach((entry) -> found.put(entry.id().value(), EntryView.of(entry, today))));
		return linked(offers, OfferView::entryId, found);
	}

	@BatchMapping(typeName = "WaitlistOffer", field = "appointment")
	@PreAuthorize("permitAll()")
	Map<OfferView, AppointmentDetails> offerAppointment(List<OfferView> offers) {
		Map<UUID, AppointmentDetails> found = new HashMap<>();
		byPatient(
				offers.stream().filter((offer) -> offer.appointmentId() != null).toList())
			.forEach(
					(patient, theirs) -> this.appointments
						.appointments(Requester.patient(new PatientId(patient)),
								theirs.stream()
									.map((offer) -> new AppointmentId(Objects.requireNonNull(offer.appointmentId())))
									.toList())
						.forEach((appointment) -> found.put(appointment.id().value(), appointment)));
		return linked(offers, OfferView::appointmentId, found);
	}

	/**
	 * Candidates are listed only inside rounds the caller was allowed to see, so their
	 * entries need no second check.
	 */
	@BatchMapping(typeName = "WaitlistCandidate", field = "entry")
	@PreAuthorize("permitAll()")
	Map<CandidateView, EntryView> candidateEntry(List<CandidateView> candidates) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Map<UUID, EntryView> found = new HashMap<>();
		this.entries
			.candidateEntries(
					candidates.stream().map((candidate) -> new EntryId(candidate.entryId())).distinct().toList())
			.forEach((entry) -> found.put(entry.id().value(), EntryView.of(entry, today)));
		return candidates.stream()
			.distinct()
			.filter((candidate) -> found.containsKey(candidate.entryId()))
			.collect(Collectors.toMap(Function.identity(), (candidate) -> found.get(candidate.entryId())));
	}

	/** A page is one patient's in practice: one load per patient, so one in all. */
	private static Map<UUID, List<OfferView>> byPatient(List<OfferView> offers) {
		return offers.stream().collect(Collectors.groupingBy(OfferView::patientId));
	}

	private static <V> Map<OfferView, V> linked(List<OfferView> offers, Function<OfferView, UUID> key,
			Map<UUID, V> found) {
		return offers.stream()
			.distinct()
			.filter((offer) -> key.apply(offer) != null && found.containsKey(key.apply(offer)))
			.collect(Collectors.toMap(Function.identity(), (offer) -> found.get(key.apply(offer))));
	}

}
