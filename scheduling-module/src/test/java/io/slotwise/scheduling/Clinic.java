package io.slotwise.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.BookableResource;
import io.slotwise.resources.Location;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitRequirements;

/**
 * A fresh location per test: a 30-minute procedure that needs a PROCEDURE room and an
 * ULTRASOUND unit, practitioners working 08:00-18:00 local time. Practitioner ids sort
 * before room and equipment ids, so a booking writes the practitioner's reservation
 * first: a later room or equipment failure must undo it.
 */
public final class Clinic {

	public final Location location;

	public final VisitRequirements procedure;

	public final VisitRequirements consultation;

	public final List<PractitionerId> practitioners = new ArrayList<>();

	public final List<BookableResource> rooms = new ArrayList<>();

	public final List<BookableResource> units = new ArrayList<>();

	private final java.time.Clock clock;

	public Clinic(TestCatalog catalog, java.time.Clock clock, String zone, int practitioners, int rooms, int units) {
		this.clock = clock;
		this.location = catalog.addLocation(zone);
		this.procedure = catalog.addVisitType(Duration.ofMinutes(30), "PROCEDURE", "ULTRASOUND");
		this.consultation = catalog.addVisitType(Duration.ofMinutes(30), null);
		for (int i = 0; i < practitioners; i++) {
			this.practitioners.add(catalog.addPractitioner(lowId(), this.location.id(), LocalTime.of(8, 0),
					LocalTime.of(18, 0), this.procedure.visitType(), this.consultation.visitType()));
		}
		for (int i = 0; i < rooms; i++) {
			this.rooms.add(catalog.addRoom(highId(), this.location.id(), "PROCEDURE"));
		}
		for (int i = 0; i < units; i++) {
			this.units.add(catalog.addEquipmentUnit(highId(), this.location.id(), "ULTRASOUND"));
		}
	}

	public PractitionerId practitioner() {
		return this.practitioners.getFirst();
	}

	/** A slot start {@code daysAhead} days from today, at a local time. */
	public Instant at(int daysAhead, LocalTime time) {
		ZoneId zone = this.location.timeZone();
		LocalDate day = this.clock.instant().atZone(zone).toLocalDate().plusDays(daysAhead);
		return day.atTime(time).atZone(zone).toInstant();
	}

	public LocalDate day(int daysAhead) {
		return this.clock.instant().atZone(this.location.timeZone()).toLocalDate().plusDays(daysAhead);
	}

	public SlotRequest procedure(PractitionerId practitioner, Instant start) {
		return new SlotRequest(practitioner, this.location.id(), this.procedure.visitType(), start);
	}

	public SlotRequest procedure(Instant start) {
		return procedure(practitioner(), start);
	}

	public Requester staff() {
		return new Requester(UUID.randomUUID(), Requester.Standing.STAFF, Set.of(this.location.id()));
	}

	public static PatientId patient() {
		return new PatientId(UUID.randomUUID());
	}

	private static UUID lowId() {
		return new UUID(0x1000L + (System.nanoTime() & 0xFFFFFFL), UUID.randomUUID().getLeastSignificantBits());
	}

	private static UUID highId() {
		return new UUID(0x7000000000000000L | (UUID.randomUUID().getMostSignificantBits() & 0x0FFFFFFFFFFFFFFFL),
				UUID.randomUUID().getLeastSignificantBits());
	}

}
