package io.slotwise.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.slotwise.platform.security.LocalTokenIssuer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * With the production configuration (no demo or test profile) there is no way to mint a
 * token inside Slotwise: no local issuer bean, no demo token endpoint, no GraphiQL, and
 * tokens are validated against the configured identity provider's keys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/unreachable-jwks",
				"spring.security.oauth2.resourceserver.jwt.issuer-uri=https://idp.example.test",
				// Production supplies its calendar secret key from its secret store.
				"slotwise.calendar.secret-key=990t7mJFfr61i27ZLleEQCHBwaueTCqxmFzrRjqrWDk=",
				"slotwise.privacy.pseudonym-key=t1b7a+T73pzaT746E7j6BekqHARFaXIVaylE2SQsucU=" })
class ProductionConfigurationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void hasNoLocalTokenIssuer() {
		assertThat(this.context.getBeanNamesForType(LocalTokenIssuer.class)).isEmpty();
	}

	@Test
	void demoTokenEndpointDoesNotExist() {
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		client.get()
			.uri("/demo/tokens/admin")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isIn(HttpStatus.UNAUTHORIZED.value(), HttpStatus.NOT_FOUND.value(),
					HttpStatus.FORBIDDEN.value()));
		client.post().uri("/graphql").bodyValue(Map.of("query", "{ __typename }")).exchange().expectStatus().isOk();
	}

}
