package io.slotwise.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;

import io.slotwise.platform.GraphQlClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A request that runs past its budget answers a GraphQL error with code TIMEOUT (in
 * {@code extensions.code}, like every other refusal), through the real HTTP transport.
 * The slow field waits for the test, so the timeout is certain to pass first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "slotwise.graphql.timeout=PT0.5S")
@ActiveProfiles("test")
class ExecutionTimeoutApiTests {

	@LocalServerPort
	int port;

	@AfterEach
	void releaseTheSlowField() {
		SlowProbe.release.countDown();
	}

	@Test
	void aRequestPastItsBudgetIsATypedTimeout() {
		SlowProbe.release = new CountDownLatch(1);
		GraphQlClients.http(this.port, null)
			.document("{ probeSlow }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT");
				assertThat(error.getMessage()).contains("500 ms");
			}));
	}

}
