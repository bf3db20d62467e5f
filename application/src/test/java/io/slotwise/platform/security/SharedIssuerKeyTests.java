package io.slotwise.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Demo tokens work on every instance: another instance starting against the same database
 * builds its issuer from the key pair this one stored, so this instance accepts its
 * tokens, while an issuer with its own key is still refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SharedIssuerKeyTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TokenPolicy policy;

	@Autowired
	JwtDecoder decoder;

	@Test
	void aTokenFromAnotherInstanceIsAcceptedHere() {
		LocalTokenIssuer otherInstance = SharedIssuerKey.issuer(this.jdbc, this.policy, Clock.systemUTC());
		UUID patient = UUID.randomUUID();

		String token = otherInstance.issue(patient, "Pat", List.of(Role.PATIENT), Map.of(), Duration.ofMinutes(5));

		assertThat(this.decoder.decode(token).getSubject()).isEqualTo(patient.toString());
		String foreign = TestIssuers.foreignKey()
			.issue(patient, "Pat", List.of(Role.PATIENT), Map.of(), Duration.ofMinutes(5));
		assertThatThrownBy(() -> this.decoder.decode(foreign)).isInstanceOf(JwtException.class);
	}

}
