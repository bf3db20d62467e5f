package io.slotwise.scheduling.adapter.out.redisson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.application.HoldExtension;
import io.slotwise.scheduling.application.HoldPlacement;
import io.slotwise.scheduling.application.HoldsUnavailable;
import io.slotwise.scheduling.application.SchedulingSettings;
import io.slotwise.scheduling.application.SlotHolds;
import io.slotwise.scheduling.domain.Hold;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.TimeRange;
import org.redisson.api.RFuture;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import org.springframework.stereotype.Component;

/**
 * Holds in Redis. Why Lua over sorted sets rather than a Redisson lock or semaphore: a
 * hold is placed in one request and confirmed or released in another, maybe on another
 * instance, so a thread-owned {@code RLock} cannot represent it; a TTL'd set-if-absent
 * key per slot cannot see overlaps between slots of different lengths or grids, nor claim
 * a practitioner, a room and equipment units all or nothing. One script checks every
 * candidate resource for an overlapping live hold and claims the first free candidate of
 * each requirement, atomically. Expiry is an instant compared with Redis's own clock
 * inside the script (one clock for all instances, exact, no sweeper; tests shift it with
 * a mutable clock, see {@link HoldScripts}); Redis TTLs merely collect garbage. Every
 * call waits at most {@code holdStoreTimeout}, then fails fast with
 * {@link HoldsUnavailable}.
 */
@Component
class RedissonSlotHolds implements SlotHolds {

	static final String PREFIX = HoldStore.PREFIX;

	/**
	 * Every key a hold script touches carries one hash tag, so that on Redis Cluster all
	 * of them live in one hash slot, as a multi-key script requires (ADR 0024). One tag
	 * for all holds rather than one per location: confirm, release and extend know only
	 * the hold id, and a location tag would cost a lookup round trip on each; holds are a
	 * small, script-bound load that one shard carries, while the search cache, rate
	 * limits and topics spread over the cluster.
	 */
	static final String HOLDS = PREFIX + "{holds}:";

	private static final String EXPIRING = HOLDS + "expiring";

	private final RedissonClient redisson;

	private final HoldStore store;

	private final Duration memory;

	private static final Class<?> SYSTEM_CLOCK = Clock.systemUTC().getClass();

	private final Clock clock;

	private final RedisPseudonyms pseudonyms;

	RedissonSlotHolds(HoldStore store, SchedulingSettings settings, Clock clock, RedisPseudonyms pseudonyms) {
		this.store = store;
		this.redisson = store.redisson();
		this.pseudonyms = pseudonyms;
		this.memory = settings.expiredHoldMemory();
		this.clock = clock;
	}

	/**
	 * The scripts' clock: Redis's own on a system clock (production), so every instance
	 * judges holds by the same clock; a test clock's instant in tests, so tests move time
	 * exactly and without sleeping.
	 */
	String clock(Instant now) {
		return SYSTEM_CLOCK.isInstance(this.clock) ? "redis" : ms(now);
	}

	@Override
	public HoldPlacement place(Hold draft, List<Requirement> requirements, Instant now, int maxLivePerPatient) {
		List<Object> keys = new ArrayList<>(List.of(holdKey(draft.id()), holderKey(draft.holder()), EXPIRING));
		List<Object> args = new ArrayList<>(
				List.of(clock(now), String.valueOf(Duration.between(now, draft.expiresAt()).toMillis()), id(draft.id()),
						ms(draft.time().start()), ms(draft.time().end()), String.valueOf(maxLivePerPatient),
						gcMillis(now, draft.expiresAt()), sealed(draft.holder()),
						draft.slot().practitioner().value().toString(), draft.slot().location().value().toString(),
						draft.slot().visitType().value().toString(), String.valueOf(requirements.size())));
		requirements.forEach((requirement) -> args.add(String.valueOf(requirement.candidates().size())));
		requirements.stream().flatMap((requirement) -> requirement.candidates().stream()).forEach((resource) -> {
			keys.add(heldKey(resource.id()));
			args.add(descriptor(resource));
		});
		List<Object> reply = run(HoldScripts.PLACE, RScript.Mode.READ_WRITE, keys, args);
		return switch (String.valueOf(reply.getFirst())) {
			case "OK" -> new HoldPlacement.Placed(expiringAt(draft.placedWith(resources(String.valueOf(reply.get(1)))),
					instant(String.valueOf(reply.get(2)))));
			case "LIMIT" -> new HoldPlacement.LimitReached();
			default -> {
				long until = Long.parseLong(String.valueOf(reply.get(1)));
				Resource.Kind blocked = requirements.get(Integer.parseInt(String.valueOf(reply.get(2))) - 1)
					.candidates()
					.getFirst()
					.kind();
				yield new HoldPlacement.Blocked((until > 0) ? Instant.ofEpochMilli(until) : now,
						blocked == Resource.Kind.PATIENT);
			}
		};
	}

	@Override
	public Optional<Hold> find(HoldId hold) {
		Map<String, String> fields = await(
				this.redisson.<String, String>getMap(holdKey(hold), StringCodec.INSTANCE).readAllMapAsync());
		if (fields.isEmpty()) {
			return Optional.empty();
		}
		SlotRequest slot = new SlotRequest(new PractitionerId(UUID.fromString(fields.get("practitioner"))),
				new LocationId(UUID.fromString(fields.get("location"))),
				new VisitTypeId(UUID.fromString(fields.get("visitType"))), instant(fields.get("start")));
		PatientId holder;
		List<Resource> resources;
		try {
			holder = patient(fields.get("holder"));
			resources = resources(fields.get("resources"));
		}
		catch (IllegalArgumentException ex) {
			// written before values were sealed (or altered in Redis): forgotten, like a
			// hold that ran out; its claims still block until they expire
			return Optional.empty();
		}
		return Optional.of(new Hold(hold, holder, slot, new TimeRange(slot.start(), instant(fields.get("end"))),
				instant(fields.get("expiresAt")), Integer.parseInt(fields.get("extensions")), resources));
	}

	@Override
	public Map<UUID, List<TimeRange>> held(Collection<UUID> resources, Instant now) {
		Map<UUID, List<TimeRange>> held = new HashMap<>();
		if (resources.isEmpty()) {
			return held;
		}
		List<UUID> ids = List.copyOf(resources);
		List<Object> keys = ids.stream().<Object>map(this::heldKey).toList();
		heldFrom(ids, run(HoldScripts.HELD, RScript.Mode.READ_ONLY, keys, List.of(clock(now))), held);
		return held;
	}

	/**
	 * Adds to {@code held} the live holds of {@link HoldScripts#LIVE_HOLDS}' entries,
	 * "index|startMs|endMs" with index the 1-based position of the resource in
	 * {@code ids}.
	 */
	static void heldFrom(List<UUID> ids, List<?> entries, Map<UUID, List<TimeRange>> held) {
		for (Object entry : entries) {
			String[] parts = String.valueOf(entry).split("\\|");
			held.computeIfAbsent(ids.get(Integer.parseInt(parts[0]) - 1), (id) -> new ArrayList<>())
				.add(new TimeRange(instant(parts[1]), instant(parts[2])));
		}
	}

	@Override
	public HoldExtension extend(HoldId id, PatientId holder, Instant now, Instant newExpiry, int maxExtensions) {
		Optional<Hold> found = find(id);
		if (found.isEmpty()) {
			return new HoldExtension.Missing();
		}
		List<Object> keys = keysOf(found.get());
		List<Object> reply = run(HoldScripts.EXTEND, RScript.Mode.READ_WRITE, keys,
				List.of(clock(now), sealed(holder), String.valueOf(Duration.between(now, newExpiry).toMillis()),
						String.valueOf(maxExtensions), gcMillis(now, newExpiry), id(id)));
		return switch (String.valueOf(reply.getFirst())) {
			case "OK" -> find(id).<HoldExtension>map(HoldExtension.Extended::new).orElseGet(HoldExtension.Missing::new);
			case "EXPIRED" -> new HoldExtension.Expired();
			case "LIMIT" -> new HoldExtension.LimitReached();
			default -> new HoldExtension.Missing();
		};
	}

	@Override
	public boolean remove(Hold hold) {
		List<Object> reply = run(HoldScripts.REMOVE, RScript.Mode.READ_WRITE, keysOf(hold),
				List.of(id(hold.id()), member(hold)));
		return !reply.isEmpty() && Long.parseLong(String.valueOf(reply.getFirst())) > 0;
	}

	@Override
	public List<Hold> takeExpired(Instant now, int max) {
		List<Object> ids = run(HoldScripts.TAKE_EXPIRED, RScript.Mode.READ_WRITE, List.of(EXPIRING),
				List.of(clock(now), String.valueOf(max)));
		// A hold forgotten already (memory shorter than the scan interval) cannot be
		// described; nobody is waiting on it any more.
		return ids.stream().map((id) -> find(HoldId.of(String.valueOf(id)))).flatMap(Optional::stream).toList();
	}

	// Redis's clock decided the expiry; the hold says what Redis keeps.
	private static Hold expiringAt(Hold hold, Instant expiresAt) {
		return new Hold(hold.id(), hold.holder(), hold.slot(), hold.time(), expiresAt, hold.extensions(),
				hold.resources());
	}

	private List<Object> keysOf(Hold hold) {
		List<Object> keys = new ArrayList<>(List.of(holdKey(hold.id()), holderKey(hold.holder()), EXPIRING));
		hold.resources().forEach((resource) -> keys.add(heldKey(resource.id())));
		return keys;
	}

	List<Object> run(String script, RScript.Mode mode, List<Object> keys, List<Object> args) {
		RScript scripts = this.redisson.getScript(StringCodec.INSTANCE);
		return await(scripts.<List<Object>>evalAsync(mode, script, RScript.ReturnType.LIST, keys, args.toArray()));
	}

	<T> T await(RFuture<T> reply) {
		return this.store.await(reply);
	}

	// Garbage collection only: remember the hold for a while after it expires, so its
	// holder hears HOLD_EXPIRED rather than HOLD_NOT_FOUND.
	String gcMillis(Instant now, Instant expiresAt) {
		return String.valueOf(Math.max(1, Duration.between(now, expiresAt).plus(this.memory).toMillis()));
	}

	private static String member(Hold hold) {
		return id(hold.id()) + "|" + ms(hold.time().start()) + "|" + ms(hold.time().end());
	}

	/**
	 * What a hold keeps of a resource it claimed: {@code KIND:id}, a patient's id sealed
	 * (ADR 0029), so hold hashes and script replies carry no patient id.
	 */
	String descriptor(Resource resource) {
		return resource.kind().name() + ":"
				+ ((resource.kind() == Resource.Kind.PATIENT) ? this.pseudonyms.seal(resource.id()) : resource.id());
	}

	List<Resource> resources(String descriptors) {
		return Arrays.stream(descriptors.split(","))
			.map((descriptor) -> descriptor.split(":"))
			.map((parts) -> new Resource(Resource.Kind.valueOf(parts[0]), resourceId(parts[0], parts[1])))
			.toList();
	}

	private UUID resourceId(String kind, String id) {
		return Resource.Kind.PATIENT.name().equals(kind) ? this.pseudonyms.open(id) : UUID.fromString(id);
	}

	/** A patient id a hold keeps as a value, sealed. */
	String sealed(PatientId patient) {
		return this.pseudonyms.seal(patient.value());
	}

	/** The patient id {@link #sealed} sealed. */
	PatientId patient(String sealed) {
		return new PatientId(this.pseudonyms.open(sealed));
	}

	private static String holdKey(HoldId hold) {
		return HOLDS + "hold:" + id(hold);
	}

	// Keys name patients (as holders, and as resources: ADR 0007) by pseudonym only;
	// bundle
	// holds use the same keys, so a single hold and a bundle see each other's claims.
	String holderKey(PatientId patient) {
		return HOLDS + "holder:" + this.pseudonyms.of(patient.value());
	}

	String heldKey(UUID resource) {
		return HOLDS + "held:" + this.pseudonyms.of(resource);
	}

	private static String id(HoldId hold) {
		return hold.value().toString();
	}

	static String ms(Instant instant) {
		return String.valueOf(instant.toEpochMilli());
	}

	static Instant instant(String millis) {
		return Instant.ofEpochMilli(Long.parseLong(millis));
	}

}
