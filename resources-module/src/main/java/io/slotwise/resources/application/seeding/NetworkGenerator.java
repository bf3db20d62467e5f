package io.slotwise.resources.application.seeding;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.Address;
import io.slotwise.resources.Distance;
import io.slotwise.resources.Equipment;
import io.slotwise.resources.EquipmentId;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.OpeningHours;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.Room;
import io.slotwise.resources.RoomId;
import io.slotwise.resources.catalog.SeedCatalog.NetworkShape;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitType.Patients;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.WorkingHours;

/**
 * Builds a believable practice network from real ZIP codes. Deterministic: one
 * {@link Random} seeded from the shape drives every choice, in a fixed order, so the same
 * shape always yields the same network, ids included.
 */
public final class NetworkGenerator {

	/** About this many locations per metro area before another metro is opened. */
	private static final int LOCATIONS_PER_METRO = 9;

	private static final List<String> KINDS = List.of("Family Care", "Medical Group", "Health Center",
			"Primary & Specialty Care", "Community Clinic", "Medical Associates", "Wellness Center");

	private static final List<String> STREETS = List.of("Main St", "Oak Ave", "Park Ave", "Broadway", "Elm St",
			"Washington Blvd", "Lake St", "Maple Ave", "Cedar Rd", "Highland Ave", "Madison Ave", "Pine St");

	private static final List<String> FIRST = List.of("Maria", "James", "Wei", "Aisha", "Carlos", "Priya", "John",
			"Fatima", "Liam", "Sofia", "Hiroshi", "Olga", "David", "Grace", "Mohammed", "Elena", "Kwame", "Mei",
			"Daniel", "Ana", "Rahul", "Sarah", "Jorge", "Minh", "Emily", "Ivan", "Chloe", "Omar", "Lucia", "Samuel");

	private static final List<String> LAST = List.of("Garcia", "Smith", "Chen", "Khan", "Rodriguez", "Patel", "Johnson",
			"Nguyen", "Kim", "Williams", "Lopez", "Ivanova", "Brown", "Okafor", "Haddad", "Rossi", "Tanaka", "Martinez",
			"Cohen", "Singh", "Davis", "Hernandez", "Park", "Silva", "Murphy", "Wong", "Ali", "Novak", "Baker",
			"Reyes");

	private static final Map<String, Double> SPECIALTIES = Map.of("FAMILY_MEDICINE", 0.34, "PEDIATRICS", 0.14,
			"DERMATOLOGY", 0.1, "CARDIOLOGY", 0.08, "ORTHOPEDICS", 0.08, "OBSTETRICS_GYNECOLOGY", 0.1, "PSYCHIATRY",
			0.08, "RADIOLOGY", 0.08);

	private static final List<String> OTHER_LANGUAGES = List.of("zh", "ru", "ko", "hi", "vi", "fr", "ar", "pt", "tl",
			"pl", "ht", "ja");

	private static final List<String> PLANS = List.of("AETNA_PPO", "AETNA_HMO", "BCBS_PPO", "BCBS_HMO", "CIGNA_OAP",
			"CIGNA_PPO", "UHC_CHOICE_PLUS", "UHC_NAVIGATE", "HUMANA_GOLD", "MEDICARE_B", "MEDICAID");

	/** Shifts that fit inside the weekday opening hours 08:00-18:00. */
	private static final List<List<LocalTime[]>> SHIFTS = List.of(List.<LocalTime[]>of(times("09:00", "17:00")),
			List.<LocalTime[]>of(times("08:00", "12:00"), times("13:00", "17:00")),
			List.<LocalTime[]>of(times("10:00", "18:00")), List.<LocalTime[]>of(times("08:00", "16:00")),
			List.<LocalTime[]>of(times("08:30", "12:30"), times("13:30", "17:30")));

	private final Geocoder geocoder;

	public NetworkGenerator(Geocoder geocoder) {
		this.geocoder = geocoder;
	}

	public Network generate(NetworkShape shape) {
		return new Build(shape).network();
	}

	private static LocalTime[] times(String start, String end) {
		return new LocalTime[] { LocalTime.parse(start), LocalTime.parse(end) };
	}

	/** One generation run; all state lives here so the generator itself is reusable. */
	private final class Build {

		private final NetworkShape shape;

		private final Random random;

		private final List<LocationDetails> locations = new ArrayList<>();

		private final Map<LocationId, Metro> metroOf = new HashMap<>();

		private final List<Room> rooms = new ArrayList<>();

		private final List<Equipment> equipment = new ArrayList<>();

		private final List<Practitioner> practitioners = new ArrayList<>();

		private final List<WorkingHours> hours = new ArrayList<>();

		Build(NetworkShape shape) {
			this.shape = shape;
			this.random = new Random(shape.seed());
		}

		Network network() {
			int metroCount = Math.clamp((this.shape.locations() + LOCATIONS_PER_METRO - 1) / LOCATIONS_PER_METRO, 1,
					Metro.ALL.size());
			List<Metro> metros = Metro.ALL.subList(0, metroCount);
			Map<Metro, List<Geocoder.Located>> zips = new HashMap<>();
			for (Metro metro : metros) {
				zips.put(metro, candidateZips(metro));
			}
			for (int i = 0; i < this.shape.locations(); i++) {
				Metro metro = metros.get(i % metroCount);
				location(metro, zips.get(metro), i / metroCount);
			}
			List<VisitType> visitTypes = visitTypes();
			Map<Metro, List<LocationDetails>> byMetro = new HashMap<>();
			for (LocationDetails location : this.locations) {
				byMetro.computeIfAbsent(this.metroOf.get(location.id()), (metro) -> new ArrayList<>()).add(location);
			}
			for (int i = 0; i < this.shape.practitioners(); i++) {
				// Practitioners follow locations round-robin so every location gets
				// staff.
				LocationDetails home = this.locations.get(i % this.locations.size());
				practitioner(i, home, byMetro.get(this.metroOf.get(home.id())));
			}
			return new Network(this.locations, this.rooms, this.equipment, visitTypes, this.practitioners, this.hours);
		}

		private List<Geocoder.Located> candidateZips(Metro metro) {
			Geocoder.Located centre = (Geocoder.Located) NetworkGenerator.this.geocoder.locate(metro.centreZip());
			List<Geocoder.Located> within = NetworkGenerator.this.geocoder
				.within(centre.point(), Distance.ofKilometres(metro.radiusKm()))
				.stream()
				.filter((zip) -> metro.zipPrefixes().contains(zip.zip().substring(0, 3)))
				.sorted(java.util.Comparator.comparing(Geocoder.Located::zip))
				.toList();
			return within.isEmpty() ? List.of(centre) : within;
		}

		private void location(Metro metro, List<Geocoder.Located> zips, int ordinal) {
			Geocoder.Located zip = zips.get(this.random.nextInt(zips.size()));
			LocationId id = new LocationId(uuid());
			String name = "Slotwise " + metro.name() + " " + pick(KINDS) + " " + zip.zip()
					+ (ordinal >= zips.size() ? " #" + (ordinal + 1) : "");
			Address address = new Address((100 + this.random.nextInt(9800)) + " " + pick(STREETS), metro.name(),
					metro.state());
			List<OpeningHours> opening = new ArrayList<>();
			for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
				opening.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
			}
			if (this.random.nextBoolean()) {
				opening.add(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
			}
			this.locations.add(new LocationDetails(id, name, address, zip.zip(), metro.zone(), zip.point(), opening));
			this.metroOf.put(id, metro);
			int examRooms = 3 + this.random.nextInt(4);
			for (int r = 1; r <= examRooms; r++) {
				this.rooms.add(new Room(new RoomId(uuid()), id, "Exam " + r, Set.of("EXAM")));
			}
			this.rooms.add(new Room(new RoomId(uuid()), id, "Procedure 1", Set.of("PROCEDURE", "EXAM")));
			if (this.random.nextDouble() < 0.4) {
				this.rooms.add(new Room(new RoomId(uuid()), id, "Imaging", Set.of("X_RAY")));
			}
			stock(id, "ECG_MACHINE", "ECG machine", 0.8, 2);
			stock(id, "ULTRASOUND", "Ultrasound scanner", 0.6, 2);
			stock(id, "SPIROMETER", "Spirometer", 0.5, 1);
			stock(id, "DERMATOSCOPE", "Dermatoscope", 0.7, 3);
		}

		private void stock(LocationId location, String type, String name, double chance, int maxUnits) {
			if (this.random.nextDouble() < chance) {
				List<UUID> units = new ArrayList<>();
				int count = 1 + this.random.nextInt(maxUnits);
				for (int u = 0; u < count; u++) {
					units.add(uuid());
				}
				this.equipment.add(new Equipment(new EquipmentId(uuid()), location, type, name, units));
			}
		}

		private List<VisitType> visitTypes() {
			List<VisitType> types = new ArrayList<>();
			visit(types, "New patient visit", "FAMILY_MEDICINE", 40, 20, Patients.NEW, "EXAM");
			visit(types, "Follow-up visit", "FAMILY_MEDICINE", 20, 20, Patients.EXISTING, "EXAM");
			visit(types, "Annual physical", "FAMILY_MEDICINE", 30, 30, Patients.ANY, "EXAM");
			visit(types, "Asthma check", "FAMILY_MEDICINE", 20, 20, Patients.EXISTING, "EXAM", "SPIROMETER");
			visit(types, "Well-child visit", "PEDIATRICS", 30, 30, Patients.ANY, "EXAM");
			visit(types, "Sick child visit", "PEDIATRICS", 15, 15, Patients.ANY, "EXAM");
			visit(types, "Skin check", "DERMATOLOGY", 20, 20, Patients.ANY, "EXAM", "DERMATOSCOPE");
			visit(types, "Mole removal", "DERMATOLOGY", 30, 30, Patients.EXISTING, "PROCEDURE");
			visit(types, "Cardiology consultation", "CARDIOLOGY", 45, 15, Patients.NEW, "EXAM", "ECG_MACHINE");
			visit(types, "Cardiac follow-up", "CARDIOLOGY", 20, 20, Patients.EXISTING, "EXAM");
			visit(types, "Knee injection", "ORTHOPEDICS", 20, 20, Patients.EXISTING, "PROCEDURE");
			visit(types, "Sports injury assessment", "ORTHOPEDICS", 30, 30, Patients.ANY, "EXAM");
			visit(types, "Well-woman exam", "OBSTETRICS_GYNECOLOGY", 30, 30, Patients.ANY, "EXAM");
			visit(types, "Prenatal ultrasound", "OBSTETRICS_GYNECOLOGY", 30, 30, Patients.EXISTING, "EXAM",
					"ULTRASOUND");
			visit(types, "Psychiatric evaluation", "PSYCHIATRY", 60, 60, Patients.NEW, "EXAM");
			visit(types, "Medication management", "PSYCHIATRY", 20, 20, Patients.EXISTING, "EXAM");
			visit(types, "Chest X-ray", "RADIOLOGY", 15, 15, Patients.ANY, "X_RAY");
			return types;
		}

		private void visit(List<VisitType> types, String name, String specialty, int minutes, int slot,
				Patients patients, String room, String... equipmentTypes) {
			types.add(new VisitType(new VisitTypeId(uuid()), name, specialty, Duration.ofMinutes(minutes),
					Duration.ofMinutes(slot), patients, Optional.of(room), Set.of(equipmentTypes), Set.of()));
		}

		private void practitioner(int ordinal, LocationDetails home, List<LocationDetails> metroLocations) {
			Metro metro = this.metroOf.get(home.id());
			boolean featured = ordinal == 0 && this.shape.featured().isPresent();
			PractitionerId id = featured ? this.shape.featured().get() : new PractitionerId(uuid());
			String name = featured ? "Dr. Demo Practitioner" : "Dr. " + pick(FIRST) + " " + pick(LAST);
			Set<String> specialties = new LinkedHashSet<>();
			specialties.add(featured ? "FAMILY_MEDICINE" : weightedSpecialty());
			if (this.random.nextDouble() < 0.1) {
				specialties.add(weightedSpecialty());
			}
			Set<String> languages = new LinkedHashSet<>();
			if (this.random.nextDouble() < 0.95 || featured) {
				languages.add("en");
			}
			if (this.random.nextDouble() < metro.spanishShare() || featured) {
				languages.add("es");
			}
			if (this.random.nextDouble() < 0.2 || languages.isEmpty()) {
				languages.add(pick(OTHER_LANGUAGES));
			}
			Set<String> plans = new LinkedHashSet<>();
			int planCount = 3 + this.random.nextInt(6);
			for (int p = 0; p < planCount; p++) {
				plans.add(pick(PLANS));
			}
			int reviews = this.random.nextDouble() < 0.1 ? 0 : 1 + this.random.nextInt(400);
			Optional<Double> rating = reviews == 0 ? Optional.empty()
					: Optional.of(Math.round((3.2 + 1.8 * Math.sqrt(this.random.nextDouble())) * 10) / 10.0);
			Set<LocationId> workplaces = new LinkedHashSet<>();
			workplaces.add(home.id());
			if (metroLocations.size() > 1 && this.random.nextDouble() < 0.25) {
				workplaces.add(metroLocations.get(this.random.nextInt(metroLocations.size())).id());
			}
			this.practitioners
				.add(new Practitioner(id, name, specialties, languages, plans, rating, reviews, workplaces));
			weeklyHours(id, new ArrayList<>(workplaces));
		}

		/**
		 * One location: four or five weekdays. Two locations: weekdays split between
		 * them, so nobody is in two places at once.
		 */
		private void weeklyHours(PractitionerId practitioner, List<LocationId> workplaces) {
			List<LocalTime[]> shift = pick(SHIFTS);
			Map<LocationId, List<WorkingHours.Weekly>> rules = new HashMap<>();
			int dayOff = this.random.nextInt(7);
			for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
				if (day.ordinal() == dayOff) {
					continue;
				}
				LocationId where = workplaces.get(day.ordinal() % workplaces.size());
				for (LocalTime[] stretch : shift) {
					rules.computeIfAbsent(where, (location) -> new ArrayList<>())
						.add(new WorkingHours.Weekly(day, stretch[0], stretch[1]));
				}
			}
			for (LocationId where : workplaces) {
				this.hours.add(new WorkingHours(practitioner, where, rules.getOrDefault(where, List.of()), List.of()));
			}
		}

		private String weightedSpecialty() {
			double roll = this.random.nextDouble();
			double sum = 0;
			String last = null;
			for (String specialty : SPECIALTIES.keySet().stream().sorted().toList()) {
				sum += SPECIALTIES.get(specialty);
				last = specialty;
				if (roll < sum) {
					return specialty;
				}
			}
			return last;
		}

		private <T> T pick(List<T> values) {
			return values.get(this.random.nextInt(values.size()));
		}

		/** Random (version 4) UUIDs, but from the seeded generator. */
		private UUID uuid() {
			long most = (this.random.nextLong() & ~0xF000L) | 0x4000L;
			long least = (this.random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
			return new UUID(most, least);
		}

	}

}
