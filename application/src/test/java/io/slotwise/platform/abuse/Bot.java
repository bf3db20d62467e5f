package io.slotwise.platform.abuse;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A scripted client: raw GraphQL over HTTP from one client address (sent as
 * {@code X-Forwarded-For} through the trusted local proxy), with or without a token.
 *
 * @param ip the address the requests come from
 * @param authorization an {@code Authorization} header value, or null for anonymous
 */
record Bot(int port, String ip, @Nullable String authorization) {

	Map<String, Object> send(String document, Map<String, Object> variables) {
		WebTestClient.RequestBodySpec request = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			// a loaded build machine: a booking may take seconds, never an error
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.post()
			.uri("/graphql")
			.header("X-Forwarded-For", this.ip);
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		return request.bodyValue(Map.of("query", document, "variables", variables))
			.exchange()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** The code of the first top-level error, or null when there is none. */
	@SuppressWarnings("unchecked")
	static @Nullable String topLevelCode(Map<String, Object> response) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
		if (errors == null || errors.isEmpty()) {
			return null;
		}
		Map<String, Object> extensions = (Map<String, Object>) errors.getFirst().get("extensions");
		return (extensions != null) ? (String) extensions.get("code") : "NO_CODE";
	}

	/** The value at a dotted path under {@code data}, or null. */
	@SuppressWarnings("unchecked")
	static @Nullable Object at(Map<String, Object> response, String path) {
		Object node = response.get("data");
		for (String step : path.split("\\.")) {
			if (node instanceof Map<?, ?> map) {
				node = map.get(step);
			}
			else if (node instanceof List<?> list && step.matches("\\d+")) {
				node = (Integer.parseInt(step) < list.size()) ? list.get(Integer.parseInt(step)) : null;
			}
			else {
				return null;
			}
		}
		return node;
	}

}
