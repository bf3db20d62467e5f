package io.slotwise.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/**
 * A configured PostgreSQL that does not answer stops start-up with one readable message
 * that names it and its address; an unreachable Redis is named the same way in a warning,
 * and start-up goes on without it (ADR 0033).
 */
@ExtendWith(OutputCaptureExtension.class)
class ServiceReachabilityTests {

	@Test
	void unreachablePostgresIsNamedWithItsAddress() throws IOException {
		int closedPort = closedPort();
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://127.0.0.1:" + closedPort + "/slotwise");
		assertThatExceptionOfType(ServiceUnreachable.class)
			.isThrownBy(() -> reachability().postProcessEnvironment(environment, new SpringApplication()))
			.satisfies((failure) -> {
				FailureAnalysis analysis = new ServiceUnreachableAnalyzer().analyze(failure);
				assertThat(analysis.getDescription()).contains("PostgreSQL at 127.0.0.1:" + closedPort)
					.contains("unreachable");
				assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
			});
	}

	@Test
	void unreachableRedisIsAWarningNamedWithItsAddressNotAStop(CapturedOutput output) throws IOException {
		try (ServerSocket postgres = new ServerSocket(0)) {
			int closedPort = closedPort();
			MockEnvironment environment = new MockEnvironment()
				.withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + postgres.getLocalPort() + "/x")
				.withProperty("spring.data.redis.host", "127.0.0.1")
				.withProperty("spring.data.redis.port", String.valueOf(closedPort));
			DeferredLogs logs = new DeferredLogs();
			new ServiceReachability(logs).postProcessEnvironment(environment, new SpringApplication());
			logs.switchOverAll();
			assertThat(output).contains("Redis at 127.0.0.1:" + closedPort + " is unreachable")
				.contains("starting without it");
		}
	}

	private static ServiceReachability reachability() {
		return new ServiceReachability(new DeferredLogs());
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
