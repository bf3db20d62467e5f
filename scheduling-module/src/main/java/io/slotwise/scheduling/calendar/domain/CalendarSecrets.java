package io.slotwise.scheduling.calendar.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What grants access to a calendar. Encrypted at rest; {@code toString} never shows it,
 * so a logged connection leaks nothing.
 */
public sealed interface CalendarSecrets {

	/** A feed URL, which often carries a private token in its path. */
	record FeedUrl(String url) implements CalendarSecrets {

		public FeedUrl {
			Objects.requireNonNull(url, "url");
		}

		@Override
		public String toString() {
			return "FeedUrl[***]";
		}

	}

	/**
	 * OAuth2 tokens.
	 *
	 * @param expiresAt when the access token stops working
	 */
	record Tokens(String accessToken, String refreshToken, Instant expiresAt) implements CalendarSecrets {

		public Tokens {
			Objects.requireNonNull(accessToken, "accessToken");
			Objects.requireNonNull(refreshToken, "refreshToken");
			Objects.requireNonNull(expiresAt, "expiresAt");
		}

		@Override
		public String toString() {
			return "Tokens[***, expiresAt=" + this.expiresAt + "]";
		}

	}

}
