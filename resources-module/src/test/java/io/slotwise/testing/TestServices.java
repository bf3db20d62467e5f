package io.slotwise.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL and Redis servers of this test JVM, started once on first use and
 * stopped when the JVM exits. Each Spring test context gets its own fresh database and
 * its own Redis database index, so contexts never see each other's data.
 */
public final class TestServices {

	private static final AtomicInteger databases = new AtomicInteger();

	private static final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();

	private static volatile TestServers servers;

	private TestServices() {
	}

	/** Connection settings for a brand-new, empty database and Redis index. */
	public static IsolatedServices isolated() {
		TestServers running = servers();
		String database = "slotwise_test_" + databases.incrementAndGet();
		try (Connection admin = running.adminConnection(); Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + database, ex);
		}
		int redisIndex = databases.get() % 16;
		return new IsolatedServices(running.jdbcUrl(database), running.username(), running.password(),
				running.redisHost(), running.redisPort(), redisIndex);
	}

	static TestServers servers() {
		if (servers == null) {
			synchronized (TestServices.class) {
				if (servers == null) {
					TestServers started = TestServers.start();
					Runtime.getRuntime().addShutdownHook(new Thread(() -> {
						// Spring closes cached test contexts in its own shutdown hook, in
						// parallel with this one;
						// stopping the servers first would leave those contexts waiting
						// on dead connections.
						awaitContextsClosed(15_000);
						started.stop();
					}, "test-services-stop"));
					servers = started;
				}
			}
		}
		return servers;
	}

	static void track(ConfigurableApplicationContext context) {
		contexts.add(context);
	}

	// A context is inactive only after its beans (pools, Redis clients) have been
	// destroyed.
	private static void awaitContextsClosed(long timeoutMillis) {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (contexts.stream().anyMatch(ConfigurableApplicationContext::isActive)
				&& System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Where one test context's services are.
	 *
	 * @param jdbcUrl its own database
	 * @param redisDatabase Redis database index reserved for this context
	 */
	public record IsolatedServices(String jdbcUrl, String username, String password, String redisHost, int redisPort,
			int redisDatabase) {
	}

}
