package io.slotwise.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The production decoder checks the issuer however the keys are found: a token signed
 * with the provider's key but naming another issuer is refused, and a configuration that
 * names no issuer does not start.
 */
class IssuerValidationTests {

	static final String ISSUER = "https://idp.example.test";

	LocalTokenIssuer provider = new LocalTokenIssuer(new TokenPolicy(ISSUER, "slotwise"), Clock.systemUTC());

	HttpServer jwks;

	@BeforeEach
	void serveKeys() throws IOException {
		byte[] keys = this.provider.publicJwks().toString().getBytes(StandardCharsets.UTF_8);
		this.jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.jwks.createContext("/jwks", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, keys.length);
			exchange.getResponseBody().write(keys);
			exchange.close();
		});
		this.jwks.start();
	}

	@AfterEach
	void stop() {
		this.jwks.stop(0);
	}

	@Test
	void withOnlyAJwkSetUriAForeignIssuerIsStillRefused() {
		JwtDecoder decoder = IssuerValidation.decoder(ISSUER, jwkSetUri(), List.of("slotwise"));
		assertThat(decoder.decode(token(Map.of())).getIssuer().toString()).isEqualTo(ISSUER);
		assertThatThrownBy(() -> decoder.decode(token(Map.of("iss", "https://other-tenant.example.test"))))
			.isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("iss");
	}

	@Test
	void aConfigurationWithoutAnIssuerDoesNotStart() {
		assertThatThrownBy(() -> IssuerValidation.decoder("", jwkSetUri(), List.of("slotwise")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ISSUER_URI");
	}

	private String token(Map<String, Object> claims) {
		return this.provider.issue(UUID.randomUUID(), "Pat", List.of(Role.PATIENT), claims, Duration.ofMinutes(5));
	}

	private String jwkSetUri() {
		return "http://127.0.0.1:" + this.jwks.getAddress().getPort() + "/jwks";
	}

}
