package io.slotwise.scheduling.adapter.out.redisson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.application.GroupHolds;
import io.slotwise.scheduling.application.GroupPlacement;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.TimeRange;
import io.slotwise.scheduling.domain.group.GroupHold;
import io.slotwise.scheduling.group.MemberRequest;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import org.springframework.stereotype.Component;

/**
 * Bundle holds in Redis, beside single holds and through the same per-resource claims
 * ({@link GroupHoldScripts}): one script claims every member's resources or none, so no
 * partial bundle is ever held, and a single hold and a bundle never hold one resource at
 * one time. The calls and their timeout are {@link RedissonSlotHolds}'.
 */
@Component
class RedissonGroupHolds implements GroupHolds {

	private final RedissonSlotHolds store;

	private final RedissonClient redisson;

	// The hold store's client: with a separate hold Redis configured, bundles live there
	// too.
	RedissonGroupHolds(RedissonSlotHolds store, HoldStore holdStore) {
		this.store = store;
		this.redisson = holdStore.redisson();
	}

	@Override
	public GroupPlacement place(GroupHold draft, List<List<Requirement>> requirements, Instant now,
			int maxLivePerHolder) {
		List<Object> keys = new ArrayList<>(List.of(holdKey(draft.id()), this.store.holderKey(draft.holder())));
		List<Object> args = new ArrayList<>(List.of(this.store.clock(now),
				String.valueOf(Duration.between(now, draft.expiresAt()).toMillis()), draft.id().value().toString(),
				String.valueOf(maxLivePerHolder), this.store.gcMillis(now, draft.expiresAt()),
				this.store.sealed(draft.holder()), String.valueOf(draft.members().size())));
		for (int m = 0; m < draft.members().size(); m++) {
			TimeRange time = draft.members().get(m).time();
			List<Requirement> needs = requirements.get(m);
			args.add(RedissonSlotHolds.ms(time.start()));
			args.add(RedissonSlotHolds.ms(time.end()));
			args.add(String.valueOf(needs.size()));
			needs.forEach((requirement) -> args.add(String.valueOf(requirement.candidates().size())));
			needs.stream().flatMap((requirement) -> requirement.candidates().stream()).forEach((resource) -> {
				keys.add(this.store.heldKey(resource.id()));
				args.add(this.store.descriptor(resource));
			});
		}
		args.add(describe(draft));
		List<Object> reply = this.store.run(GroupHoldScripts.PLACE, RScript.Mode.READ_WRITE, keys, args);
		return switch (String.valueOf(reply.getFirst())) {
			// Redis's clock decided the expiry; the hold says what Redis keeps.
			case "OK" -> new GroupPlacement.Placed(expiringAt(draft.placedWith(chosen(String.valueOf(reply.get(1)))),
					RedissonSlotHolds.instant(String.valueOf(reply.get(2)))));
			case "LIMIT" -> new GroupPlacement.LimitReached();
			default -> {
				long until = Long.parseLong(String.valueOf(reply.get(1)));
				int member = Integer.parseInt(String.valueOf(reply.get(2))) - 1;
				Requirement blocked = requirements.get(member).get(Integer.parseInt(String.valueOf(reply.get(3))) - 1);
				boolean patient = !blocked.candidates().isEmpty()
						&& blocked.candidates().getFirst().kind() == Resource.Kind.PATIENT;
				yield new GroupPlacement.Blocked(member, (until > 0) ? Instant.ofEpochMilli(until) : now, patient);
			}
		};
	}

	@Override
	public Optional<GroupHold> find(HoldId hold) {
		Map<String, String> fields = this.store
			.await(this.redisson.<String, String>getMap(holdKey(hold), StringCodec.INSTANCE).readAllMapAsync());
		if (fields.isEmpty()) {
			return Optional.empty();
		}
		try {
			List<List<Resource>> resources = chosen(fields.get("resources"));
			String[] described = fields.get("members").split(";");
			List<GroupHold.Member> members = new ArrayList<>();
			for (int i = 0; i < described.length; i++) {
				String[] parts = described[i].split("/");
				SlotRequest slot = new SlotRequest(new PractitionerId(UUID.fromString(parts[1])),
						new LocationId(UUID.fromString(parts[2])), new VisitTypeId(UUID.fromString(parts[3])),
						RedissonSlotHolds.instant(parts[4]));
				members.add(new GroupHold.Member(new MemberRequest(this.store.patient(parts[0]), slot),
						new TimeRange(slot.start(), RedissonSlotHolds.instant(parts[5])), resources.get(i)));
			}
			return Optional.of(new GroupHold(hold, this.store.patient(fields.get("holder")), members,
					RedissonSlotHolds.instant(fields.get("expiresAt"))));
		}
		catch (IllegalArgumentException ex) {
			// written before values were sealed (ADR 0029), or altered: forgotten
			return Optional.empty();
		}
	}

	@Override
	public boolean remove(GroupHold hold) {
		List<Object> keys = new ArrayList<>(List.of(holdKey(hold.id()), this.store.holderKey(hold.holder())));
		List<Object> args = new ArrayList<>(List.of(hold.id().value().toString()));
		for (int m = 0; m < hold.members().size(); m++) {
			GroupHold.Member member = hold.members().get(m);
			String claim = hold.id().value() + "#" + (m + 1) + "|" + RedissonSlotHolds.ms(member.time().start()) + "|"
					+ RedissonSlotHolds.ms(member.time().end());
			member.resources().forEach((resource) -> {
				keys.add(this.store.heldKey(resource.id()));
				args.add(claim);
			});
		}
		List<Object> reply = this.store.run(GroupHoldScripts.REMOVE, RScript.Mode.READ_WRITE, keys, args);
		return !reply.isEmpty() && Long.parseLong(String.valueOf(reply.getFirst())) > 0;
	}

	private static GroupHold expiringAt(GroupHold hold, Instant expiresAt) {
		return new GroupHold(hold.id(), hold.holder(), hold.members(), expiresAt);
	}

	// each member's patient sealed, like the holder (ADR 0029)
	private String describe(GroupHold draft) {
		return draft.members()
			.stream()
			.map((member) -> String.join("/", this.store.sealed(member.request().patient()),
					member.request().slot().practitioner().value().toString(),
					member.request().slot().location().value().toString(),
					member.request().slot().visitType().value().toString(), RedissonSlotHolds.ms(member.time().start()),
					RedissonSlotHolds.ms(member.time().end())))
			.collect(Collectors.joining(";"));
	}

	private List<List<Resource>> chosen(String descriptors) {
		return Arrays.stream(descriptors.split(";", -1)).map(this.store::resources).toList();
	}

	// Beside the single holds' keys, under a name of its own: a bundle id is never read
	// as
	// a single hold.
	private static String holdKey(HoldId hold) {
		return RedissonSlotHolds.HOLDS + "group-hold:" + hold.value();
	}

}
