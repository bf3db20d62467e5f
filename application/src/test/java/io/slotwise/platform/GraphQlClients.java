package io.slotwise.platform;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * GraphQL testers that talk to the running server over real HTTP, as a client would.
 */
public final class GraphQlClients {

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
		return HttpGraphQlTester.create(client.build());
	}

}
