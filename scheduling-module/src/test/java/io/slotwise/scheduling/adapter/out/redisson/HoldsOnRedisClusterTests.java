package io.slotwise.scheduling.adapter.out.redisson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.application.HoldPlacement;
import io.slotwise.scheduling.application.SchedulingSettings;
import io.slotwise.scheduling.domain.Hold;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.TimeRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import redis.embedded.RedisShardedCluster;

/**
 * Holds on a real Redis Cluster of three masters (embedded servers, cluster mode, slots
 * assigned by hand by embedded-redis) through Redisson's cluster client: every hold
 * script runs (a script whose keys span hash slots fails with CROSSSLOT), and racing
 * holds of one slot leave exactly one holder, as on a single node (ADR 0024).
 */
class HoldsOnRedisClusterTests {

	static final int RACERS = 12;

	static RedisShardedCluster cluster;

	static RedissonClient redisson;

	static RedissonSlotHolds holds;

	@BeforeAll
	static void startCluster() throws IOException {
		List<Integer> ports = List.of(freePort(), freePort(), freePort());
		// ports before shards: a shard takes its port when it is declared
		cluster = RedisShardedCluster.newRedisCluster()
			.serverPorts(ports)
			.shard("a", 0)
			.shard("b", 0)
			.shard("c", 0)
			.initializationTimeout(Duration.ofSeconds(20))
			.build();
		cluster.start();
		Config config = new Config();
		config.useClusterServers().addNodeAddress("redis://127.0.0.1:" + ports.getFirst()).setScanInterval(1000);
		redisson = Redisson.create(config);
		SchedulingSettings settings = new SchedulingSettings(null, null, null, null, null, null, null, null,
				Duration.ofSeconds(2));
		holds = new RedissonSlotHolds(new HoldStore(redisson, settings), settings, Clock.systemUTC(),
				new RedisPseudonyms("Y2x1c3Rlci1ob2xkLXN0b3JlLXRlc3RzLWtleS0zMmJ5dGVzISE="));
	}

	@AfterAll
	static void stopCluster() throws IOException {
		if (redisson != null) {
			redisson.shutdown();
		}
		if (cluster != null) {
			cluster.stop();
		}
	}

	@Test
	void racingHoldsOfOneSlotLeaveOneHolderAndEveryScriptRuns() throws Exception {
		assertThat(redisson.getRedisNodes(org.redisson.api.redisnode.RedisNodes.CLUSTER).getMasters()).hasSize(3);
		PractitionerId practitioner = new PractitionerId(UUID.randomUUID());
		List<Resource> rooms = List.of(new Resource(Resource.Kind.ROOM, UUID.randomUUID()),
				new Resource(Resource.Kind.ROOM, UUID.randomUUID()));
		Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		List<HoldPlacement> outcomes = race(
				(i) -> place(practitioner, rooms, start.plus(Duration.ofMinutes(15L * (i % 2)))));

		List<Hold> placed = outcomes.stream()
			.filter(HoldPlacement.Placed.class::isInstance)
			.map((outcome) -> ((HoldPlacement.Placed) outcome).hold())
			.toList();
		// the practitioner is one resource: 10:00 and 10:15 overlap, so one holder only
		assertThat(placed).hasSize(1);
		assertThat(outcomes).filteredOn(HoldPlacement.Blocked.class::isInstance).hasSize(RACERS - 1);

		Hold hold = placed.getFirst();
		assertThat(holds.find(hold.id())).map(Hold::resources).contains(hold.resources());
		assertThat(holds.held(List.of(practitioner.value()), Instant.now())).containsKey(practitioner.value());
		assertThat(holds.extend(hold.id(), hold.holder(), Instant.now(), Instant.now().plusSeconds(120), 3))
			.isInstanceOf(io.slotwise.scheduling.application.HoldExtension.Extended.class);
		assertThat(holds.remove(hold)).isTrue();
		assertThat(holds.find(hold.id())).isEmpty();
		assertThat(place(practitioner, rooms, start)).isInstanceOf(HoldPlacement.Placed.class);
		assertThat(holds.takeExpired(Instant.now(), 10)).isEmpty();
	}

	@Test
	void aSearchReadsHoldsVersionsAndViewersOneAfterAnotherOnACluster() {
		RedissonLiveSearchFactsTests.readsWhatTheThreeCallsRead(redisson, holds);
	}

	private static HoldPlacement place(PractitionerId practitioner, List<Resource> rooms, Instant start) {
		return place(holds, practitioner, rooms, start);
	}

	/** A 30-minute hold of the practitioner and one of the rooms, live for 60 s. */
	static HoldPlacement place(RedissonSlotHolds holds, PractitionerId practitioner, List<Resource> rooms,
			Instant start) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		SlotRequest slot = new SlotRequest(practitioner, new LocationId(UUID.randomUUID()),
				new VisitTypeId(UUID.randomUUID()), start);
		PatientId patient = new PatientId(UUID.randomUUID());
		Hold draft = Hold.draft(new HoldId(UUID.randomUUID()), patient, slot,
				TimeRange.of(start, Duration.ofMinutes(30)), now, Duration.ofSeconds(60));
		return holds.place(draft,
				List.of(Requirement.exactly(new Resource(Resource.Kind.PATIENT, patient.value())),
						Requirement.exactly(new Resource(Resource.Kind.PRACTITIONER, practitioner.value())),
						new Requirement(rooms)),
				now, 2);
	}

	private static List<HoldPlacement> race(java.util.function.IntFunction<HoldPlacement> attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(RACERS);
		CountDownLatch gate = new CountDownLatch(1);
		try {
			List<Future<HoldPlacement>> futures = new ArrayList<>();
			for (int i = 0; i < RACERS; i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					gate.await();
					return attempt.apply(index);
				}));
			}
			gate.countDown();
			List<HoldPlacement> results = new ArrayList<>();
			for (Future<HoldPlacement> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A free port whose cluster bus port (+10000) is a free port too. */
	private static int freePort() throws IOException {
		for (int tries = 0; tries < 200; tries++) {
			try (ServerSocket socket = new ServerSocket(0)) {
				int port = socket.getLocalPort();
				if (port < 55000 && free(port + 10000)) {
					return port;
				}
			}
		}
		throw new IllegalStateException("No free port pair for a cluster node");
	}

	private static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
