package io.slotwise.platform;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * GraphQL testers that talk to the running server over real HTTP, as a client would.
 */
public final class GraphQlClients {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private GraphQlClients() {
	}

	/**
	 * @param authorization an {@code Authorization} header value, or null for an
	 * anonymous caller
	 */
	public static HttpGraphQlTester http(int port, String authorization) {
		// The 5 s default is too short for a first request on a shared, loaded build
		// machine.
		WebTestClient.Builder client = WebTestClient.bindToServer()
			.responseTimeout(Duration.ofSeconds(30))
			.baseUrl("http://localhost:" + port + "/graphql");
		if (authorization != null) {
			client.defaultHeader("Authorization", authorization);
		}
		// Generous: on a loaded build machine a first request can take longer than the
		// default 5 s, and a timeout there proves nothing about the server.
		return HttpGraphQlTester.builder(client.responseTimeout(TIMEOUT)).responseTimeout(TIMEOUT).build();
	}

}
