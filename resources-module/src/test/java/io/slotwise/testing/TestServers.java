package io.slotwise.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import redis.embedded.RedisServer;

/**
 * One PostgreSQL and one Redis server for the whole test JVM. Testcontainers when a
 * Docker engine answers (same images as compose.yaml), otherwise embedded servers on free
 * ports — never the services that may already run on 5432/6379 of a developer's machine.
 * {@code SLOTWISE_TEST_SERVICES=embedded|containers} forces a choice.
 */
sealed interface TestServers {

	String jdbcUrl(String database);

	String username();

	String password();

	String redisHost();

	int redisPort();

	void stop();

	default Connection adminConnection() throws SQLException {
		return DriverManager.getConnection(jdbcUrl("postgres"), username(), password());
	}

	static TestServers start() {
		String choice = System.getenv().getOrDefault("SLOTWISE_TEST_SERVICES", "auto");
		boolean containers = switch (choice) {
			case "containers" -> true;
			case "embedded" -> false;
			default -> dockerAvailable();
		};
		return containers ? Containers.start() : Embedded.start();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Embedded servers: zonky PostgreSQL (runs as root through a user namespace) and
	 * Redis.
	 */
	record Embedded(EmbeddedPostgres postgres, RedisServer redis, int redisPort) implements TestServers {

		static Embedded start() {
			try {
				EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setPort(freePort())
					.setRegisterShutdownHook(false) // stopped after the Spring contexts,
													// see TestServices
					.start();
				int redisPort = freePort();
				RedisServer redis = RedisServer.newRedisServer()
					.port(redisPort)
					.bind("127.0.0.1")
					.setting("save \"\"")
					.setting("appendonly no")
					.build();
				redis.start();
				return new Embedded(postgres, redis, redisPort);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot start embedded PostgreSQL/Redis for tests", ex);
			}
		}

		@Override
		public String jdbcUrl(String database) {
			return this.postgres.getJdbcUrl("postgres", database);
		}

		@Override
		public String username() {
			return "postgres";
		}

		@Override
		public String password() {
			return "";
		}

		@Override
		public String redisHost() {
			return "127.0.0.1";
		}

		@Override
		public void stop() {
			try {
				this.redis.stop();
				this.postgres.close();
			}
			catch (IOException ex) {
				// the JVM is exiting; a server that will not stop cleanly is not worth
				// failing for
			}
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

	}

	/** Docker containers, used when a Docker engine is available. */
	record Containers(PostgreSQLContainer postgres, GenericContainer<?> redis) implements TestServers {

		@SuppressWarnings("resource")
		static Containers start() {
			PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");
			GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
			postgres.start();
			redis.start();
			return new Containers(postgres, redis);
		}

		@Override
		public String jdbcUrl(String database) {
			return "jdbc:postgresql://" + this.postgres.getHost() + ":" + this.postgres.getMappedPort(5432) + "/"
					+ database;
		}

		@Override
		public String username() {
			return this.postgres.getUsername();
		}

		@Override
		public String password() {
			return this.postgres.getPassword();
		}

		@Override
		public String redisHost() {
			return this.redis.getHost();
		}

		@Override
		public int redisPort() {
			return this.redis.getMappedPort(6379);
		}

		@Override
		public void stop() {
			this.redis.stop();
			this.postgres.stop();
		}

	}

}
