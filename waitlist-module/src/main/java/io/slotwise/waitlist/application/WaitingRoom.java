package io.slotwise.waitlist.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.Distance;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.BrowseLocations;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.audit.AuditAction;
import io.slotwise.scheduling.audit.AuditTrail;
import io.slotwise.scheduling.audit.PhiAccess;
import org.jspecify.annotations.Nullable;
import io.slotwise.scheduling.Requester;
import io.slotwise.waitlist.EntryId;
import io.slotwise.waitlist.JoinWaitlist;
import io.slotwise.waitlist.ListWaitlistEntries;
import io.slotwise.waitlist.Preferences;
import io.slotwise.waitlist.SetWaitlistPriority;
import io.slotwise.waitlist.WaitlistEntry;
import io.slotwise.waitlist.WaitlistEvent;
import io.slotwise.waitlist.WaitlistOutcome;
import io.slotwise.waitlist.WaitlistProblem;
import io.slotwise.waitlist.WaitlistProblem.Code;
import io.slotwise.waitlist.domain.FlexibilityScoring;
import io.slotwise.waitlist.domain.WaitlistEntries;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patients join, change and leave; staff see and prioritise the waitlists of their
 * locations.
 */
@Service
@Transactional
class WaitingRoom implements JoinWaitlist, ListWaitlistEntries, SetWaitlistPriority {

	private static final int MAX_NEAR = 50;

	private static final String ENTRY = "waitlist-entry";

	private final WaitlistEntries entries;

	private final WaitlistSettings settings;

	private final FlexibilityScoring scoring;

	private final Geocoder geocoder;

	private final BrowseLocations locations;

	private final Clock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	WaitingRoom(WaitlistEntries entries, WaitlistSettings settings, FlexibilityScoring scoring, Geocoder geocoder,
			BrowseLocations locations, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
		this.audit = audit;
		this.events = events;
		this.entries = entries;
		this.settings = settings;
		this.scoring = scoring;
		this.geocoder = geocoder;
		this.locations = locations;
		this.clock = clock;
	}

	@Override
	public WaitlistOutcome<WaitlistEntry> join(PatientId patient, Preferences wish) {
		WaitlistOutcome<Preferences> checked = checked(wish);
		if (!(checked instanceof WaitlistOutcome.Done<Preferences>(Preferences resolved))) {
			return WaitlistOutcome.refused(((WaitlistOutcome.Refused<Preferences>) checked).problem());
		}
		if (this.entries.lockAndCountWaiting(patient, today()) >= this.settings.maxEntriesPerPatient()) {
			return WaitlistOutcome.refused(Code.ENTRY_LIMIT_REACHED,
					"At most " + this.settings.maxEntriesPerPatient() + " waitlist entries per patient");
		}
		WaitlistEntry entry = new WaitlistEntry(new EntryId(UUID.randomUUID()), patient, resolved, 0,
				WaitlistEntry.Status.WAITING, this.clock.instant());
		this.entries.add(entry);
		this.audit.record(PhiAccess.changed(patient, AuditAction.CREATE, ENTRY, entry.id().value(), null, null));
		// Through the publication registry, so analytics counts the join even if it is
		// down now.
		this.events.publishEvent(new WaitlistEvent.Joined(entry.id(), patient, resolved.visitType(),
				(resolved.locations().size() == 1) ? resolved.locations().getFirst() : null,
				(resolved.practitioners().size() == 1) ? resolved.practitioners().getFirst() : null, entry.joinedAt()));
		return WaitlistOutcome.done(entry);
	}

	@Override
	public WaitlistOutcome<WaitlistEntry> update(PatientId patient, EntryId id, Preferences wish) {
		Optional<WaitlistEntry> found = own(patient, id);
		if (found.isEmpty()) {
			return WaitlistOutcome.refused(Code.NOT_FOUND, "No such waitlist entry");
		}
		WaitlistOutcome<Preferences> checked = checked(wish);
		if (!(checked instanceof WaitlistOutcome.Done<Preferences>(Preferences resolved))) {
			return WaitlistOutcome.refused(((WaitlistOutcome.Refused<Preferences>) checked).problem());
		}
		WaitlistEntry old = found.get();
		return changed(new WaitlistEntry(id, patient, resolved, old.priority(), old.status(), old.joinedAt()),
				AuditAction.UPDATE, null, null);
	}

	@Override
	public WaitlistOutcome<WaitlistEntry> leave(PatientId patient, EntryId id) {
		return own(patient, id)
			.map((old) -> changed(new WaitlistEntry(id, patient, old.preferences(), old.priority(),
					WaitlistEntry.Status.LEFT, old.joinedAt()), AuditAction.CANCEL, null, null))
			.orElseGet(() -> WaitlistOutcome.refused(Code.NOT_FOUND, "No such waitlist entry"));
	}

	@Override
	public WaitlistOutcome<WaitlistEntry> setPriority(Requester staff, EntryId id, int priority) {
		Optional<WaitlistEntry> found = this.entries.find(id);
		if (found.isEmpty()) {
			return WaitlistOutcome.refused(Code.NOT_FOUND, "No such waitlist entry");
		}
		WaitlistEntry old = found.get();
		if (!mayManage(staff, old)) {
			return WaitlistOutcome.refused(Code.FORBIDDEN, "The entry is not for one of your locations");
		}
		if (priority < 0 || priority > 3) {
			return WaitlistOutcome.refused(WaitlistProblem.inField("priority", "Priority is 0 (none) to 3 (urgent)"));
		}
		return changed(new WaitlistEntry(id, old.patient(), old.preferences(), priority, old.status(), old.joinedAt()),
				AuditAction.UPDATE, "priority " + old.priority(), "priority " + priority);
	}

	@Override
	public List<WaitlistEntry> entriesOf(PatientId patient, int offset, int limit) {
		this.audit.record(PhiAccess.read(patient, "waitlist-entries", null));
		return this.entries.ofPatient(patient, offset, limit);
	}

	@Override
	public Optional<WaitlistEntry> entryOf(PatientId patient, EntryId entry) {
		Optional<WaitlistEntry> shown = this.entries.find(entry).filter((found) -> found.patient().equals(patient));
		shown.ifPresent((found) -> this.audit.record(PhiAccess.read(patient, ENTRY, found.id().value())));
		return shown;
	}

	@Override
	public WaitlistOutcome<List<RankedEntry>> waitlistAt(Requester staff, LocationId location, int offset, int limit) {
		if (!StaffAccess.maySee(staff, location)) {
			return WaitlistOutcome.refused(Code.FORBIDDEN, "Not one of your locations");
		}
		Instant now = this.clock.instant();
		List<RankedEntry> ranked = this.entries.waitingAt(location, today(), this.settings.maxCandidates())
			.stream()
			.map((entry) -> new RankedEntry(entry, this.scoring.standing(entry, now)))
			.sorted(Comparator.comparingDouble((RankedEntry ranked1) -> -ranked1.score().total())
				.thenComparing((ranked1) -> ranked1.entry().joinedAt())
				.thenComparing((ranked1) -> ranked1.entry().id().value()))
			.skip(offset)
			.limit(limit)
			.toList();
		// Staff see these patients' wishes: one read per entry shown, in one statement.
		this.audit.recordAll(ranked.stream()
			.map((shown) -> PhiAccess.read(shown.entry().patient(), ENTRY, shown.entry().id().value()))
			.toList());
		return WaitlistOutcome.done(ranked);
	}

	@Override
	public int countOf(PatientId patient) {
		return this.entries.countOfPatient(patient);
	}

	/**
	 * The ranked list is the waiting entries that accept the location, at most the
	 * configured candidates: counting them is loading them, as a page does.
	 */
	@Override
	public WaitlistOutcome<Integer> waitlistSizeAt(Requester staff, LocationId location) {
		if (!StaffAccess.maySee(staff, location)) {
			return WaitlistOutcome.refused(Code.FORBIDDEN, "Not one of your locations");
		}
		return WaitlistOutcome.done(this.entries.waitingAt(location, today(), this.settings.maxCandidates()).size());
	}

	@Override
	public List<WaitlistEntry> candidateEntries(Collection<EntryId> ids) {
		List<WaitlistEntry> shown = this.entries.byIds(ids);
		this.audit.recordAll(
				shown.stream().map((entry) -> PhiAccess.read(entry.patient(), ENTRY, entry.id().value())).toList());
		return shown;
	}

	@Override
	public List<WaitlistEntry> entriesOf(PatientId patient, Collection<EntryId> ids) {
		List<WaitlistEntry> shown = this.entries.ofPatient(patient, ids);
		this.audit
			.recordAll(shown.stream().map((entry) -> PhiAccess.read(patient, ENTRY, entry.id().value())).toList());
		return shown;
	}

	private WaitlistOutcome<WaitlistEntry> changed(WaitlistEntry entry, AuditAction action, @Nullable String from,
			@Nullable String to) {
		this.entries.update(entry, this.clock.instant());
		this.audit.record(PhiAccess.changed(entry.patient(), action, ENTRY, entry.id().value(), from, to));
		return WaitlistOutcome.done(entry);
	}

	private Optional<WaitlistEntry> own(PatientId patient, EntryId id) {
		return this.entries.find(id)
			.filter((entry) -> entry.patient().equals(patient))
			.filter((entry) -> entry.status() == WaitlistEntry.Status.WAITING);
	}

	private static boolean mayManage(Requester staff, WaitlistEntry entry) {
		return switch (staff.standing()) {
			case ADMIN -> true;
			case STAFF -> entry.preferences().locations().isEmpty()
					|| entry.preferences().locations().stream().anyMatch(staff.locations()::contains);
			case PATIENT -> false;
		};
	}

	/** Valid preferences with a ZIP and radius turned into the locations within it. */
	private WaitlistOutcome<Preferences> checked(Preferences wish) {
		Optional<WaitlistProblem> problem = this.settings.rules().check(wish, today());
		if (problem.isPresent()) {
			return WaitlistOutcome.refused(problem.get());
		}
		if (wish.zip() == null || wish.radiusMiles() == null || !wish.locations().isEmpty()) {
			return WaitlistOutcome.done(wish);
		}
		if (!(this.geocoder.locate(wish.zip()) instanceof Geocoder.Located located)) {
			return WaitlistOutcome.refused(WaitlistProblem.inField("zip", "Not a ZIP code we know"));
		}
		List<LocationId> near = this.locations.near(located.point(), Distance.ofMiles(wish.radiusMiles()), MAX_NEAR)
			.stream()
			.map((nearby) -> nearby.location().id())
			.toList();
		if (near.isEmpty()) {
			return WaitlistOutcome.refused(WaitlistProblem.inField("radiusMiles", "No location within the radius"));
		}
		return WaitlistOutcome.done(wish.withLocations(near));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
