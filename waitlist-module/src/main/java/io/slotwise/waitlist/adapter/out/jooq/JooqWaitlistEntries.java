package io.slotwise.waitlist.adapter.out.jooq;

import static io.slotwise.waitlist.adapter.out.jooq.schema.Tables.ENTRY;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.Channel;
import io.slotwise.waitlist.EntryId;
import io.slotwise.waitlist.Preferences;
import io.slotwise.waitlist.TimeWindow;
import io.slotwise.waitlist.WaitlistEntry;
import io.slotwise.waitlist.adapter.out.jooq.schema.tables.records.EntryRecord;
import io.slotwise.waitlist.domain.FreedSlot;
import io.slotwise.waitlist.domain.WaitlistEntries;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

@Repository
class JooqWaitlistEntries implements WaitlistEntries {

	private static final String WAITING = WaitlistEntry.Status.WAITING.name();

	private final DSLContext db;

	JooqWaitlistEntries(DSLContext db) {
		this.db = db;
	}

	@Override
	public void add(WaitlistEntry entry) {
		EntryRecord row = this.db.newRecord(ENTRY);
		write(row, entry);
		row.setJoinedAt(entry.joinedAt().atOffset(ZoneOffset.UTC));
		row.insert();
	}

	@Override
	public void update(WaitlistEntry entry, Instant now) {
		EntryRecord row = this.db.fetchSingle(ENTRY, ENTRY.ID.eq(entry.id().value()));
		write(row, entry);
		row.setUpdatedAt(now.atOffset(ZoneOffset.UTC));
		row.update();
	}

	@Override
	public Optional<WaitlistEntry> find(EntryId id) {
		return this.db.selectFrom(ENTRY).where(ENTRY.ID.eq(id.value())).fetchOptional(JooqWaitlistEntries::toEntry);
	}

	@Override
	public List<WaitlistEntry> ofPatient(PatientId patient, int offset, int limit) {
		return this.db.selectFrom(ENTRY)
			.where(ENTRY.PATIENT_ID.eq(patient.value()))
			.orderBy(ENTRY.JOINED_AT, ENTRY.ID)
			.offset(offset)
			.limit(limit)
			.fetch(JooqWaitlistEntries::toEntry);
	}

	@Override
	public int countOfPatient(PatientId patient) {
		return this.db.fetchCount(ENTRY, ENTRY.PATIENT_ID.eq(patient.value()));
	}

	@Override
	public List<WaitlistEntry> ofPatient(PatientId patient, Collection<EntryId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.db.selectFrom(ENTRY)
			.where(ENTRY.PATIENT_ID.eq(patient.value()), ENTRY.ID.in(ids.stream().map(EntryId::value).toList()))
			.fetch(JooqWaitlistEntries::toEntry);
	}

	@Override
	public List<WaitlistEntry> byIds(Collection<EntryId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.db.selectFrom(ENTRY)
			.where(ENTRY.ID.in(ids.stream().map(EntryId::value).toList()))
			.fetch(JooqWaitlistEntries::toEntry);
	}

	@Override
	public int lockAndCountWaiting(PatientId patient, LocalDate today) {
		// one patient's joins queue behind each other, so two parallel joins cannot both
		// pass the cap
		TransactionLocks.lock(this.db, patient.value().toString());
		return this.db.fetchCount(ENTRY,
				ENTRY.PATIENT_ID.eq(patient.value()).and(ENTRY.STATUS.eq(WAITING)).and(ENTRY.LATEST_DAY.ge(today)));
	}

	@Override
	public List<WaitlistEntry> waitingAt(LocationId location, LocalDate today, int limit) {
		return this.db.selectFrom(ENTRY)
			.where(ENTRY.STATUS.eq(WAITING))
			.and(ENTRY.LATEST_DAY.ge(today))
			.and(anyOrContains(ENTRY.LOCATION_IDS, location.value()))
			.orderBy(ENTRY.JOINED_AT, ENTRY.ID)
			.limit(limit)
			.fetch(JooqWaitlistEntries::toEntry);
	}

	@Override
	public List<WaitlistEntry> candidatesFor(FreedSlot slot, Instant now, int max) {
		LocalDate day = slot.day();
		long noticeMinutes = Duration.between(now, slot.start()).toMinutes();
		int dayBit = 1 << (day.getDayOfWeek().getValue() - 1);
		return this.db.selectFrom(ENTRY)
			.where(ENTRY.STATUS.eq(WAITING))
			.and(ENTRY.VISIT_TYPE_ID.eq(slot.visitType().value()))
			.and(ENTRY.LATEST_DAY.ge(day))
			.and(ENTRY.EARLIEST_DAY.le(day))
			.and(anyOrContains(ENTRY.PRACTITIONER_IDS, slot.practitioner().value()))
			.and(anyOrContains(ENTRY.LOCATION_IDS, slot.location().value()))
			.and(DSL.condition("({0} & {1}) <> 0", ENTRY.DAYS_OF_WEEK, DSL.val(dayBit)))
			.and(ENTRY.MIN_NOTICE_MINUTES.le((int) Math.min(Integer.MAX_VALUE, noticeMinutes)))
			.orderBy(ENTRY.JOINED_AT, ENTRY.ID)
			.limit(max)
			.fetch(JooqWaitlistEntries::toEntry);
	}

	@Override
	public Set<VisitTypeId> visitTypesWaitingFor(PractitionerId practitioner, LocationId location, LocalDate from,
			LocalDate to) {
		return this.db.selectDistinct(ENTRY.VISIT_TYPE_ID)
			.from(ENTRY)
			.where(ENTRY.STATUS.eq(WAITING))
			.and(ENTRY.LATEST_DAY.ge(from))
			.and(ENTRY.EARLIEST_DAY.le(to))
			.and(anyOrContains(ENTRY.PRACTITIONER_IDS, practitioner.value()))
			.and(anyOrContains(ENTRY.LOCATION_IDS, location.value()))
			.fetchSet((row) -> new VisitTypeId(row.value1()));
	}

	private static Condition anyOrContains(org.jooq.Field<UUID[]> ids, UUID id) {
		return DSL.cardinality(ids).eq(0).or(DSL.val(id).eq(DSL.any(ids)));
	}

	private static void write(EntryRecord row, WaitlistEntry entry) {
		Preferences wish = entry.preferences();
		row.setId(entry.id().value());
		row.setPatientId(entry.patient().value());
		row.setVisitTypeId(wish.visitType().value());
		row.setPractitionerIds(wish.practitioners().stream().map(PractitionerId::value).toArray(UUID[]::new));
		row.setLocationIds(wish.locations().stream().map(LocationId::value).toArray(UUID[]::new));
		row.setZip(wish.zip());
		row.setRadiusMiles(wish.radiusMiles());
		row.setEarliestDay(wish.earliest());
		row.setLatestDay(wish.latest());
		row.setDaysOfWeek(wish.days().stream().mapToInt((day) -> 1 << (day.getValue() - 1)).sum());
		row.setWindowStarts(wish.windows().stream().map((w) -> w.from().toSecondOfDay() / 60).toArray(Integer[]::new));
		row.setWindowEnds(wish.windows().stream().map((w) -> w.to().toSecondOfDay() / 60).toArray(Integer[]::new));
		row.setMinNoticeMinutes((int) wish.minimumNotice().toMinutes());
		row.setChannels(wish.channels().stream().map(Channel::name).sorted().toArray(String[]::new));
		row.setEmail(wish.email());
		row.setPriority(entry.priority());
		row.setStatus(entry.status().name());
	}

	static WaitlistEntry toEntry(EntryRecord row) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			if ((row.getDaysOfWeek() & (1 << (day.getValue() - 1))) != 0) {
				days.add(day);
			}
		}
		Integer[] starts = row.getWindowStarts();
		Integer[] ends = row.getWindowEnds();
		List<TimeWindow> windows = java.util.stream.IntStream.range(0, starts.length)
			.mapToObj((i) -> new TimeWindow(LocalTime.ofSecondOfDay(starts[i] * 60L),
					(ends[i] >= 24 * 60) ? LocalTime.MAX : LocalTime.ofSecondOfDay(ends[i] * 60L)))
			.toList();
		Preferences wish = new Preferences(new VisitTypeId(row.getVisitTypeId()),
				Arrays.stream(row.getPractitionerIds()).map(PractitionerId::new).toList(),
				Arrays.stream(row.getLocationIds()).map(LocationId::new).toList(), row.getZip(), row.getRadiusMiles(),
				row.getEarliestDay(), row.getLatestDay(), days, windows, Duration.ofMinutes(row.getMinNoticeMinutes()),
				Arrays.stream(row.getChannels()).map(Channel::valueOf).collect(Collectors.toSet()), row.getEmail());
		return new WaitlistEntry(new EntryId(row.getId()), new PatientId(row.getPatientId()), wish, row.getPriority(),
				WaitlistEntry.Status.valueOf(row.getStatus()), row.getJoinedAt().toInstant());
	}

}
