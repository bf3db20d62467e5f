import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load and fault harness (issue 15): starts Slotwise instances on loopback ports against one
 * PostgreSQL database and one Redis it owns, drives a bounded mix of patient traffic over HTTP
 * and WebSocket through a client-side round-robin "load balancer", injects faults mid-run, and
 * at the end checks the booking invariants from the database itself. See load-harness/README.md.
 */
public class LoadHarness {

	// ---- configuration (system properties) -------------------------------------------------
	static final int INSTANCES = Integer.getInteger("instances", 3);
	static final int FIRST_PORT = Integer.getInteger("firstPort", 8101);
	static final int REDIS_PORT = Integer.getInteger("redisPort", 8109);
	static final String PG = System.getProperty("pg", "jdbc:postgresql://localhost:5432/");
	static final String PG_USER = System.getProperty("pgUser", "postgres");
	static final String PG_PASSWORD = System.getProperty("pgPassword", "");
	static final String DB = System.getProperty("db", "slotwise_harness");
	static final int CLIENTS = Integer.getInteger("clients", 12);
	static final int MAX_OPS = Integer.getInteger("maxOps", 20000);
	static final int SECONDS = Integer.getInteger("seconds", 180);
	// How long an instance may take to start: about a minute on two quiet cores, several
	// when other builds share them.
	static final Duration START = Duration.ofMinutes(Integer.getInteger("startMinutes", 5));
	static final Path JAR = Path.of(System.getProperty("jar", "application/target/application-0.1.0-SNAPSHOT-exec.jar"));
	static final Path LOGS = Path.of(System.getProperty("logs", "load-harness/target"));

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	static final long T0 = System.nanoTime();

	final Process[] instances = new Process[INSTANCES];
	final boolean[] up = new boolean[INSTANCES];
	Process redis;
	final AtomicInteger next = new AtomicInteger();
	final AtomicInteger ops = new AtomicInteger();
	volatile boolean running = true;
	volatile long faultsOver; // nanoTime 15 s after the last fault, 0 while faults go on

	// Results
	final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
	final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
	final Map<Long, int[]> timeline = new ConcurrentHashMap<>(); // second -> {ok, failed}
	final List<String[]> faults = Collections.synchronizedList(new ArrayList<>()); // {name, startSecond, recoveredActionSecond}
	final Map<String, String> acknowledged = new ConcurrentHashMap<>(); // appointment -> BOOKED/CANCELLED
	final Map<String, String> acknowledgedStart = new ConcurrentHashMap<>();
	final Set<String> ambiguous = ConcurrentHashMap.newKeySet();
	final Map<String, String[]> bookedAt = new ConcurrentHashMap<>(); // appointment -> {practitioner, location}
	final AtomicInteger[] pushes = new AtomicInteger[INSTANCES];
	final AtomicInteger watchedHolds = new AtomicInteger(); // holds placed on the watched day
	final List<String> subscriptionEnds = Collections.synchronizedList(new ArrayList<>());

	String visitType;
	final List<String[]> pairs = new ArrayList<>(); // {practitioner, location}
	PrivateKey key;
	String keyId;

	public static void main(String[] args) throws Exception {
		new LoadHarness().run();
	}

	void run() throws Exception {
		if (!Files.exists(JAR)) {
			throw new IllegalStateException("Build first: ./mvnw -DskipTests package (missing " + JAR + ")");
		}
		Files.createDirectories(LOGS);
		freshDatabase();
		startRedis();
		try {
			startInstance(0);
			awaitUp(0, START);
			for (int i = 1; i < INSTANCES; i++) {
				startInstance(i);
			}
			for (int i = 1; i < INSTANCES; i++) {
				awaitUp(i, START);
			}
			loadKey();
			discover();
			log("%d instances up; %d practitioner/location pairs, visit type %s", INSTANCES, this.pairs.size(),
					this.visitType);
			for (int i = 0; i < Math.min(2, INSTANCES); i++) {
				watch(i);
			}
			List<Thread> clients = new ArrayList<>();
			long started = System.nanoTime();
			for (int c = 0; c < CLIENTS; c++) {
				UUID patient = UUID.randomUUID();
				clients.add(Thread.ofPlatform().name("client-" + c).start(() -> client(patient)));
			}
			Thread faultThread = Thread.ofPlatform().name("faults").start(this::faults);
			for (Thread client : clients) {
				client.join();
			}
			this.running = false;
			faultThread.join();
			double seconds = (System.nanoTime() - started) / 1e9;
			// Let deliveries and listeners finish what was acknowledged.
			Thread.sleep(5000);
			report(seconds);
		}
		finally {
			for (Process instance : this.instances) {
				if (instance != null) {
					instance.destroy();
				}
			}
			if (this.redis != null) {
				this.redis.destroy();
			}
		}
	}

	// ---- processes ----------------------------------------------------------------------------
	void freshDatabase() throws Exception {
		try (Connection c = DriverManager.getConnection(PG + "postgres", PG_USER, PG_PASSWORD);
				Statement s = c.createStatement()) {
			s.execute("drop database if exists " + DB + " with (force)");
			s.execute("create database " + DB);
		}
	}

	void startRedis() throws IOException {
		this.redis = new ProcessBuilder("redis-server", "--port", String.valueOf(REDIS_PORT), "--save", "",
				"--appendonly", "no", "--bind", "127.0.0.1")
			.redirectErrorStream(true)
			.redirectOutput(LOGS.resolve("redis.log").toFile())
			.start();
		awaitPort(REDIS_PORT);
	}

	void startInstance(int i) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "--server.port=" + (FIRST_PORT + i),
				"--spring.profiles.active=demo", "--logging.level.root=WARN",
				"--slotwise.rate-limits.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1",
				// The simulated patients browse far faster than the per-user budgets allow;
				// with the limits on, most of the run measured the rate limiter and its
				// probation (RATE_LIMITED, then a 1 s parked 429), not the faults. The
				// limits have their own tests and FloodBenchmark.
				"--slotwise.rate-limits.enabled=false",
				"--slotwise.events.resubmit-interval=PT10S", "--slotwise.events.resubmit-older-than=PT10S");
		builder.environment().put("SPRING_DATASOURCE_URL", PG + DB);
		builder.environment().put("SPRING_DATASOURCE_USERNAME", PG_USER);
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", PG_PASSWORD);
		builder.environment().put("SPRING_DATA_REDIS_HOST", "127.0.0.1");
		builder.environment().put("SPRING_DATA_REDIS_PORT", String.valueOf(REDIS_PORT));
		this.instances[i] = builder.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve("instance-" + (i + 1) + ".log").toFile()))
			.start();
	}

	void awaitUp(int i, Duration within) throws Exception {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline && this.running) {
			try {
				HttpResponse<String> health = HTTP.send(
						HttpRequest.newBuilder(URI.create(base(i) + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					this.up[i] = true;
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			if (!this.instances[i].isAlive()) {
				throw new IllegalStateException("instance " + (i + 1) + " died; see " + LOGS);
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("instance " + (i + 1) + " did not come up");
	}

	static void awaitPort(int port) {
		for (int i = 0; i < 100; i++) {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return;
			}
			catch (IOException ex) {
				sleep(100);
			}
		}
		throw new IllegalStateException("nothing listens on " + port);
	}

	static String base(int i) {
		return "http://127.0.0.1:" + (FIRST_PORT + i);
	}

	// ---- faults -----------------------------------------------------------------------------
	void faults() {
		try {
			pause(20);
			fault("kill instance " + INSTANCES + " (SIGKILL)", () -> {
				this.instances[INSTANCES - 1].destroyForcibly().waitFor();
				return null;
			}, () -> {
				startInstance(INSTANCES - 1);
				return null;
			}, 5);
			// The next fault waits until the restarted instance answers (a start takes about a
			// minute on two loaded cores), so the two faults' degraded times do not overlap.
			// An instance that starts while Redis is down also comes up (ADR 0033; tested
			// by RedisOutageTests), but its figures would mix with the Redis fault's.
			try {
				awaitUp(INSTANCES - 1, START);
				log("instance %d is back", INSTANCES);
			}
			catch (Exception ex) {
				log("instance %d did not come back: %s", INSTANCES, ex);
			}
			pause(8);
			fault("stop Redis for 8 s", () -> {
				this.redis.destroyForcibly().waitFor();
				return null;
			}, () -> {
				startRedis();
				return null;
			}, 8);
			pause(10);
			fault("PostgreSQL: terminate every backend, then lock scheduling.appointment for 5 s", () -> {
				try (Connection c = DriverManager.getConnection(PG + DB, PG_USER, PG_PASSWORD)) {
					try (Statement s = c.createStatement()) {
						s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DB
								+ "' and pid <> pg_backend_pid()");
					}
					c.setAutoCommit(false);
					try (Statement s = c.createStatement()) {
						s.execute("lock table scheduling.appointment in access exclusive mode");
						sleep(5000);
					}
					c.commit();
				}
				return null;
			}, () -> null, 0);
		}
		catch (Exception ex) {
			log("fault thread failed: %s", ex);
		}
		finally {
			this.faultsOver = System.nanoTime() + 15_000_000_000L;
		}
	}

	void pause(int seconds) {
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		while (this.running && System.nanoTime() < until) {
			sleep(100);
		}
	}

	void fault(String name, Action inject, Action recover, int downSeconds) throws Exception {
		if (!this.running) {
			return;
		}
		long start = second();
		log("FAULT %s", name);
		inject.run();
		pause(downSeconds);
		long recovered = second();
		recover.run();
		log("  recovery action done (%s)", name);
		this.faults.add(new String[] { name, String.valueOf(start), String.valueOf(recovered) });
	}

	interface Action {

		Object run() throws Exception;

	}

	// ---- the mix ----------------------------------------------------------------------------
	void client(UUID patient) {
		String token = token(patient);
		List<String> mine = new ArrayList<>();
		long planned = System.nanoTime() + SECONDS * 1_000_000_000L;
		while (loadGoesOn(planned) && this.ops.incrementAndGet() <= MAX_OPS) {
			int roll = ThreadLocalRandom.current().nextInt(100);
			try {
				if (roll < 25) {
					call("search", null, "query{searchPractitioners(input:{zip:\"10001\",radius:10,specialty:\"FAMILY_MEDICINE\"},first:10){edges{node{matchScore practitioner{id} nextSlots{start}}}}}");
				}
				else if (roll < 45) {
					String[] pair = pair();
					call("view", null, slotsQuery(pair, day(2 + ThreadLocalRandom.current().nextInt(10))));
				}
				else if (roll < 75) {
					book(token, mine);
				}
				else if (roll < 85 && !mine.isEmpty()) {
					String appointment = mine.remove(ThreadLocalRandom.current().nextInt(mine.size()));
					this.ambiguous.add(appointment);
					String body = call("cancel", token, "mutation{cancelBooking(input:{appointmentId:\"" + appointment
							+ "\"}){appointment{id status} errors{code}}}");
					if (body != null && body.contains("\"status\":\"CANCELLED\"")) {
						this.acknowledged.put(appointment, "CANCELLED");
						this.ambiguous.remove(appointment);
					}
				}
				else if (roll < 93 && !mine.isEmpty()) {
					reschedule(token, mine);
				}
				else {
					String[] pair = pair();
					call("waitlist", token, "mutation{joinWaitlist(input:{preferences:{visitTypeId:\"" + this.visitType
							+ "\",practitionerIds:[\"" + pair[0] + "\"],earliest:\"" + day(1) + "\",latest:\""
							+ day(14) + "\"}}){errors{code}}}");
				}
			}
			catch (RuntimeException ex) {
				// counted as a failure by call()
			}
		}
	}

	/**
	 * The planned time, and longer while faults are still being injected (a restart can
	 * take minutes on loaded cores): every fault and its recovery are measured under load,
	 * up to 15 s after the last one, and never longer than twice the start time beyond the
	 * plan.
	 */
	boolean loadGoesOn(long planned) {
		long now = System.nanoTime();
		long over = this.faultsOver;
		return (over == 0) ? now < planned + 2 * START.toNanos() : now < Math.max(planned, over);
	}

	void book(String token, List<String> mine) {
		String[] pair = pair();
		String day = day(2 + ThreadLocalRandom.current().nextInt(10));
		String start = freeSlot(pair, day);
		if (start == null) {
			return;
		}
		String held = call("hold", token, "mutation{holdSlot(input:{slot:{practitionerId:\"" + pair[0]
				+ "\",locationId:\"" + pair[1] + "\",visitTypeId:\"" + this.visitType + "\",start:\"" + start
				+ "\"}}){hold{id} errors{code}}}");
		String hold = held == null ? null : first(Pattern.compile("\"hold\":\\{\"id\":\"([^\"]+)\""), held);
		if (hold == null) {
			return;
		}
		if (pair == this.pairs.get(0) && day.equals(day(2))) {
			this.watchedHolds.incrementAndGet();
		}
		String key = UUID.randomUUID().toString();
		// A confirmation whose answer is lost is retried with the same idempotency key (on
		// another instance, through the balancer): the booking happens once either way.
		for (int attempt = 0; attempt < 3; attempt++) {
			String body = call("confirm", token, "mutation{confirmBooking(input:{holdId:\"" + hold
					+ "\",idempotencyKey:\"" + key + "\"}){appointment{id status start} errors{code}}}");
			if (body != null) {
				String id = first(Pattern.compile("\"appointment\":\\{\"id\":\"([^\"]+)\""), body);
				if (id != null) {
					this.acknowledged.put(id, "BOOKED");
					this.bookedAt.put(id, pair);
					this.acknowledgedStart.put(id, first(Pattern.compile("\"start\":\"([^\"]+)\""), body));
					mine.add(id);
				}
				return;
			}
		}
	}

	void reschedule(String token, List<String> mine) {
		String appointment = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
		String[] pair = this.bookedAt.get(appointment); // a move keeps practitioner and location
		String start = freeSlot(pair, day(2 + ThreadLocalRandom.current().nextInt(10)));
		if (start == null) {
			return;
		}
		this.ambiguous.add(appointment);
		String body = call("reschedule", token, "mutation{rescheduleBooking(input:{appointmentId:\"" + appointment
				+ "\",newStart:\"" + start + "\"}){appointment{id status start} errors{code}}}");
		if (body != null && body.contains("\"appointment\":{")) {
			this.acknowledgedStart.put(appointment, first(Pattern.compile("\"start\":\"([^\"]+)\""), body));
			this.ambiguous.remove(appointment);
		}
		else if (body != null) {
			this.ambiguous.remove(appointment); // refused: nothing changed
		}
	}

	String freeSlot(String[] pair, String day) {
		String body = call("view", null, slotsQuery(pair, day));
		if (body == null) {
			return null;
		}
		List<String> starts = all(Pattern.compile("\"start\":\"([^\"]+)\""), body);
		return starts.isEmpty() ? null : starts.get(ThreadLocalRandom.current().nextInt(starts.size()));
	}

	String slotsQuery(String[] pair, String day) {
		return "query{availableSlots(practitionerId:\"" + pair[0] + "\",locationId:\"" + pair[1]
				+ "\",visitTypeId:\"" + this.visitType + "\",from:\"" + day + "\",to:\"" + day
				+ "\",first:40){edges{node{start}}}}";
	}

	String[] pair() {
		// Skewed towards the first pairs: popular practitioners, real contention.
		int n = this.pairs.size();
		int i = Math.min(n - 1, (int) Math.abs(ThreadLocalRandom.current().nextGaussian() * n / 3));
		return this.pairs.get(i);
	}

	static String clientAddress(String token) {
		return (token == null) ? "203.0.113.1" : "198.51.100." + (1 + Math.floorMod(token.hashCode(), 250));
	}

	static String day(int ahead) {
		return LocalDate.now().plusDays(ahead).toString();
	}

	/**
	 * One GraphQL request through the balancer: round-robin over the instances believed
	 * up, the next one on a refused connection. Returns the body, or null on a transport
	 * failure, an HTTP error, a GraphQL error or a degraded-service code (all counted as
	 * failures in the timeline); typed business refusals are counted as refusals.
	 */
	String call(String op, String token, String query) {
		long began = System.nanoTime();
		String body = null;
		boolean ok = false;
		for (int attempt = 0; attempt < INSTANCES && body == null; attempt++) {
			int i = Math.floorMod(this.next.getAndIncrement(), INSTANCES);
			try {
				HttpRequest.Builder request = HttpRequest
					.newBuilder(URI.create(base(i) + "/graphql"))
					.timeout(Duration.ofSeconds(15))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + quote(query) + "}"));
				if (token != null) {
					request.header("Authorization", "Bearer " + token);
				}
				// Each simulated patient is a client of its own behind the balancer (the
				// instances trust 127.0.0.1 as their proxy): per-address rate limits and
				// probation then judge each patient, as in production, not all twelve as
				// one address.
				request.header("X-Forwarded-For", clientAddress(token));
				HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					body = response.body();
				}
				else {
					break;
				}
			}
			catch (ConnectException ex) {
				// the balancer's health check would have taken this one out: try the next
			}
			catch (IOException ex) {
				break; // the instance died mid-request: the answer is lost
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		if (body != null) {
			List<String> codes = all(Pattern.compile("\"code\":\"([A-Z_]+)\""), body);
			boolean graphQlError = body.startsWith("{\"errors\"") || body.contains("INTERNAL_ERROR")
					|| codes.contains("HOLDS_UNAVAILABLE") || codes.contains("SEARCH_BUSY");
			if (graphQlError) {
				this.refusals.computeIfAbsent(op + " failed: " + (codes.isEmpty() ? "error" : codes.get(0)),
						(k) -> new AtomicInteger()).incrementAndGet();
				body = null;
			}
			else {
				ok = true;
				for (String code : codes) {
					this.refusals.computeIfAbsent(op + " refused: " + code, (k) -> new AtomicInteger())
						.incrementAndGet();
				}
			}
		}
		else {
			this.refusals.computeIfAbsent(op + " failed: transport", (k) -> new AtomicInteger()).incrementAndGet();
		}
		long elapsed = System.nanoTime() - began;
		this.latencies.computeIfAbsent(op, (k) -> new ConcurrentLinkedQueue<>()).add(elapsed);
		this.timeline.computeIfAbsent(second(), (k) -> new int[2])[ok ? 0 : 1]++;
		return body;
	}

	static long second() {
		return (System.nanoTime() - T0) / 1_000_000_000L;
	}

	// ---- WebSocket watchers -------------------------------------------------------------------
	void watch(int i) throws Exception {
		this.pushes[i] = new AtomicInteger();
		AtomicInteger counter = this.pushes[i];
		String[] pair = this.pairs.get(0);
		String subscribe = "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":" + quote(
				"subscription{availabilityChanged(practitionerId:\"" + pair[0] + "\",locationId:\"" + pair[1]
						+ "\",visitTypeId:\"" + this.visitType + "\",date:\"" + day(2) + "\"){start}}")
				+ "}}";
		HTTP.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://127.0.0.1:" + (FIRST_PORT + i) + "/graphql"), new WebSocket.Listener() {
				final StringBuilder text = new StringBuilder();

				@Override
				public void onOpen(WebSocket socket) {
					socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true);
					socket.request(1);
				}

				@Override
				public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
					this.text.append(data);
					if (last) {
						String message = this.text.toString();
						this.text.setLength(0);
						if (message.contains("connection_ack")) {
							socket.sendText(subscribe, true);
						}
						else if (message.contains("\"next\"")) {
							counter.incrementAndGet();
						}
						else if (message.contains("\"error\"") || message.contains("\"complete\"")) {
							ended(i, message);
						}
					}
					socket.request(1);
					return null;
				}

				@Override
				public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
					ended(i, "closed " + status + " " + reason);
					return null;
				}

				@Override
				public void onError(WebSocket socket, Throwable error) {
					ended(i, "failed " + error);
				}
			})
			.join();
	}

	void ended(int i, String how) {
		String line = String.format("instance %d at +%ds: %s", i + 1, second(),
				how.length() > 160 ? how.substring(0, 160) : how);
		this.subscriptionEnds.add(line);
		log("subscription ended: %s", line);
	}

	// ---- setup --------------------------------------------------------------------------------
	void loadKey() throws Exception {
		try (Connection c = DriverManager.getConnection(PG + DB, PG_USER, PG_PASSWORD);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select private_key, public_key from local_issuer_key where issuer = 'slotwise-demo'")) {
			if (!rs.next()) {
				throw new IllegalStateException("no shared issuer key in the database");
			}
			this.key = KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(rs.getString(1))));
			this.keyId = UUID.nameUUIDFromBytes(Base64.getDecoder().decode(rs.getString(2))).toString();
		}
	}

	/** A patient token signed with the key the instances share (demo only). */
	String token(UUID patient) {
		try {
			Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
			long now = Instant.now().getEpochSecond();
			String header = url.encodeToString(("{\"alg\":\"RS256\",\"kid\":\"" + this.keyId + "\"}").getBytes());
			String claims = url.encodeToString(("{\"iss\":\"slotwise-demo\",\"aud\":[\"slotwise\"],\"sub\":\"" + patient
					+ "\",\"iat\":" + now + ",\"exp\":" + (now + 3600)
					+ ",\"name\":\"Load patient\",\"roles\":[\"PATIENT\"]}").getBytes());
			Signature rsa = Signature.getInstance("SHA256withRSA");
			rsa.initSign(this.key);
			rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
			return header + "." + claims + "." + url.encodeToString(rsa.sign());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	void discover() {
		String types = setup("query{visitTypes(specialty:\"FAMILY_MEDICINE\",first:1){edges{node{id}}}}");
		this.visitType = first(Pattern.compile("\"id\":\"([^\"]+)\""), types);
		String found = setup(
				"query{searchPractitioners(input:{zip:\"10001\",radius:10,specialty:\"FAMILY_MEDICINE\",visitTypeId:\""
						+ this.visitType + "\"},first:12){edges{node{practitioner{id} location{id}}}}}");
		Matcher m = Pattern.compile("\"practitioner\":\\{\"id\":\"([^\"]+)\"\\},\"location\":\\{\"id\":\"([^\"]+)\"")
			.matcher(found);
		while (m.find()) {
			this.pairs.add(new String[] { m.group(1), m.group(2) });
		}
		if (this.pairs.isEmpty()) {
			throw new IllegalStateException("no practitioners found: " + found);
		}
		this.latencies.remove("setup");
		this.refusals.keySet().removeIf((key) -> key.startsWith("setup "));
	}

	// Freshly started instances on loaded cores may time out or answer SEARCH_BUSY at first.
	String setup(String query) {
		for (int attempt = 0; attempt < 10; attempt++) {
			String body = call("setup", null, query);
			if (body != null) {
				return body;
			}
			sleep(2000);
		}
		throw new IllegalStateException("setup query failed ten times: " + query);
	}

	// ---- report -------------------------------------------------------------------------------
	void report(double seconds) throws Exception {
		StringBuilder out = new StringBuilder();
		int total = this.latencies.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
		out.append(String.format("Load: %d clients, %d instances, %d requests in %.0f s = %.0f requests/s%n", CLIENTS,
				INSTANCES, total, seconds, total / seconds));
		out.append(String.format("%-12s %7s %8s %8s %8s %8s%n", "operation", "n", "per s", "p50 ms", "p95 ms", "p99 ms"));
		for (Map.Entry<String, ConcurrentLinkedQueue<Long>> e : new java.util.TreeMap<>(this.latencies).entrySet()) {
			long[] sorted = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
			out.append(String.format("%-12s %7d %8.1f %8.1f %8.1f %8.1f%n", e.getKey(), sorted.length,
					sorted.length / seconds, q(sorted, 0.5), q(sorted, 0.95), q(sorted, 0.99)));
		}
		out.append("Outcomes other than success:\n");
		new java.util.TreeMap<>(this.refusals).forEach((k, v) -> out.append(String.format("  %-40s %d%n", k, v.get())));
		out.append("Faults (degraded = from injection until two consecutive seconds without a failed request):\n");
		for (String[] fault : this.faults) {
			long start = Long.parseLong(fault[1]);
			long recovered = degradedUntil(start);
			int failed = 0;
			for (long s = start; s < recovered; s++) {
				failed += this.timeline.getOrDefault(s, new int[2])[1];
			}
			out.append(String.format("  %-75s degraded %3d s (%d failed requests; recovery action at +%d s)%n",
					fault[0], recovered - start, failed, Long.parseLong(fault[2]) - start));
		}
		out.append(String.format("Availability pushes over WebSocket (subscribers on instances 1 and 2 watch the most"
				+ " popular practitioner's day +2, pushed when its free slots change; %d holds placed on it through"
				+ " all instances): ", this.watchedHolds.get()));
		for (int i = 0; i < this.pushes.length; i++) {
			if (this.pushes[i] != null) {
				out.append(String.format(" instance %d: %d", i + 1, this.pushes[i].get()));
			}
		}
		out.append(this.subscriptionEnds.isEmpty() ? "; no subscription ended"
				: "; subscriptions ended: " + this.subscriptionEnds);
		out.append("\nInvariants, checked in the database:\n");
		invariants(out);
		System.out.println();
		System.out.print(out);
		Files.writeString(LOGS.resolve("report.txt"), out.toString());
	}

	long degradedUntil(long start) {
		long last = this.timeline.keySet().stream().mapToLong(Long::longValue).max().orElse(start);
		for (long s = start; s <= last; s++) {
			int[] a = this.timeline.getOrDefault(s, new int[2]);
			int[] b = this.timeline.getOrDefault(s + 1, new int[2]);
			if (a[1] == 0 && b[1] == 0 && a[0] > 0 && b[0] > 0) {
				return s;
			}
		}
		return last;
	}

	void invariants(StringBuilder out) throws Exception {
		Map<String, String> checks = new LinkedHashMap<>();
		checks.put("no overlapping reservations of any resource (patients included)",
				"select count(*) from scheduling.reservation a join scheduling.reservation b on a.resource_id = b.resource_id"
						+ " and a.appointment_id < b.appointment_id and a.during && b.during");
		checks.put("no patient in two booked appointments at once",
				"select count(*) from scheduling.appointment a join scheduling.appointment b on a.patient_id = b.patient_id"
						+ " and a.id < b.id and a.status = 'BOOKED' and b.status = 'BOOKED'"
						+ " and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)");
		checks.put("no partial booking (every booked appointment: patient + practitioner rows on its exact time,"
				+ " same row count per visit type)",
				"select (select count(*) from scheduling.appointment a where a.status = 'BOOKED' and ("
						+ " not exists (select 1 from scheduling.reservation r where r.appointment_id = a.id and r.resource_kind = 'PATIENT' and r.resource_id = a.patient_id)"
						+ " or not exists (select 1 from scheduling.reservation r where r.appointment_id = a.id and r.resource_kind = 'PRACTITIONER' and r.resource_id = a.practitioner_id)"
						+ " or exists (select 1 from scheduling.reservation r where r.appointment_id = a.id and r.during <> tstzrange(a.starts_at, a.ends_at, '[)'))))"
						+ " + (select count(*) from (select visit_type_id from (select a.visit_type_id, count(r.*) n from scheduling.appointment a"
						+ " left join scheduling.reservation r on r.appointment_id = a.id where a.status = 'BOOKED' group by a.id, a.visit_type_id) x"
						+ " group by visit_type_id having count(distinct n) > 1) y)");
		checks.put("no cancelled appointment with reservations",
				"select count(*) from scheduling.appointment a join scheduling.reservation r on r.appointment_id = a.id"
						+ " where a.status = 'CANCELLED'");
		checks.put("no waitlist offer delivered twice on a channel",
				"select count(*) from (select offer_id, channel, kind from waitlist.delivery where status = 'SENT'"
						+ " group by offer_id, channel, kind having count(*) > 1) d");
		checks.put("no waitlist offer without a delivery, none still pending",
				"select (select count(*) from waitlist.offer o where not exists (select 1 from waitlist.delivery d where d.offer_id = o.id))"
						+ " + (select count(*) from waitlist.delivery where status = 'PENDING')");
		try (Connection c = DriverManager.getConnection(PG + DB, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
			for (Map.Entry<String, String> check : checks.entrySet()) {
				try (ResultSet rs = s.executeQuery(check.getValue())) {
					rs.next();
					long violations = rs.getLong(1);
					out.append(String.format("  [%s] %s (%d violations)%n", violations == 0 ? "OK" : "FAIL",
							check.getKey(), violations));
				}
			}
			int missing = 0;
			int wrongState = 0;
			int checked = 0;
			for (Map.Entry<String, String> ack : this.acknowledged.entrySet()) {
				if (this.ambiguous.contains(ack.getKey())) {
					continue; // a cancel or move whose answer was lost: either state is right
				}
				checked++;
				try (ResultSet rs = s.executeQuery("select status, starts_at from scheduling.appointment where id = '"
						+ ack.getKey() + "'")) {
					if (!rs.next()) {
						missing++;
					}
					else if (!rs.getString(1).equals(ack.getValue())
							|| (ack.getValue().equals("BOOKED") && this.acknowledgedStart.get(ack.getKey()) != null
									&& !Instant.parse(this.acknowledgedStart.get(ack.getKey()))
										.equals(rs.getTimestamp(2).toInstant()))) {
						wrongState++;
					}
				}
			}
			out.append(String.format(
					"  [%s] every acknowledged booking present, in its acknowledged state and time (%d checked, %d missing, %d different, %d ambiguous skipped)%n",
					missing + wrongState == 0 ? "OK" : "FAIL", checked, missing, wrongState, this.ambiguous.size()));
			try (ResultSet rs = s.executeQuery("select (select count(*) from scheduling.appointment where status = 'BOOKED'),"
					+ " (select count(*) from scheduling.appointment where status = 'CANCELLED'),"
					+ " (select count(*) from waitlist.offer), (select count(*) from waitlist.delivery where status = 'SENT')")) {
				rs.next();
				out.append(String.format("  (database: %d booked, %d cancelled appointments; %d waitlist offers, %d deliveries sent)%n",
						rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
			}
		}
	}

	// ---- small helpers ------------------------------------------------------------------------
	static double q(long[] sorted, double quantile) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	static String first(Pattern pattern, String text) {
		if (text == null) {
			return null;
		}
		Matcher m = pattern.matcher(text);
		return m.find() ? m.group(1) : null;
	}

	static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void log(String format, Object... args) {
		System.out.printf("[%3ds] %s%n", second(), String.format(format, args));
	}

}
