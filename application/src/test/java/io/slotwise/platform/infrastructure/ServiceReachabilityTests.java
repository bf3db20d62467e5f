package io.slotwise.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/**
 * A configured service that does not answer stops start-up with one readable message that
 * names the service and its address.
 */
class ServiceReachabilityTests {

	@Test
	void unreachablePostgresIsNamedWithItsAddress() throws IOException {
		int closedPort = closedPort();
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://127.0.0.1:" + closedPort + "/slotwise");
		assertThatExceptionOfType(ServiceUnreachable.class)
			.isThrownBy(() -> new ServiceReachability().postProcessEnvironment(environment, new SpringApplication()))
			.satisfies((failure) -> {
				FailureAnalysis analysis = new ServiceUnreachableAnalyzer().analyze(failure);
				assertThat(analysis.getDescription()).contains("PostgreSQL at 127.0.0.1:" + closedPort)
					.contains("unreachable");
				assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
			});
	}

	@Test
	void unreachableRedisIsNamedWithItsAddress() throws IOException {
		try (ServerSocket postgres = new ServerSocket(0)) {
			int closedPort = closedPort();
			MockEnvironment environment = new MockEnvironment()
				.withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + postgres.getLocalPort() + "/x")
				.withProperty("spring.data.redis.host", "127.0.0.1")
				.withProperty("spring.data.redis.port", String.valueOf(closedPort));
			assertThatExceptionOfType(ServiceUnreachable.class)
				.isThrownBy(
						() -> new ServiceReachability().postProcessEnvironment(environment, new SpringApplication()))
				.withMessageContaining("Redis at 127.0.0.1:" + closedPort);
		}
	}

	@Test
	void readsTheFirstHostOfAMultiHostUrl() {
		assertThat(ServiceAddress.postgres("jdbc:postgresql://db-a:6543,db-b:5432/slotwise?ssl=true"))
			.isEqualTo(new ServiceAddress("PostgreSQL", "db-a", 6543));
		assertThat(ServiceAddress.postgres("jdbc:postgresql://db/slotwise"))
			.isEqualTo(new ServiceAddress("PostgreSQL", "db", 5432));
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
