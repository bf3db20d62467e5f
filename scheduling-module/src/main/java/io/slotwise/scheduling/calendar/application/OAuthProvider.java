package io.slotwise.scheduling.calendar.application;

import java.net.URI;

import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.domain.CalendarSecrets;

/**
 * The OAuth2 side of a calendar provider: where to send the browser, and its token
 * endpoint.
 */
public interface OAuthProvider {

	CalendarKind kind();

	/**
	 * The authorization-code request with PKCE (S256) and the state to check on return.
	 */
	URI authorizationUri(String state, String codeChallenge);

	Grant exchange(String code, String codeVerifier);

	Grant refresh(CalendarSecrets.Tokens current);

	/** What the token endpoint answered. */
	sealed interface Grant {

		record Granted(CalendarSecrets.Tokens tokens) implements Grant {
		}

		/** invalid_grant or a revoked consent: only a new authorization helps. */
		record Rejected(String reason) implements Grant {
		}

		/** Timeout, 5xx, network: back off and retry. */
		record Unavailable(String reason) implements Grant {
		}

	}

}
