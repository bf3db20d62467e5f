package io.slotwise.platform.graphql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import graphql.GraphqlErrorException;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The root operations that belong to no module. Countdowns (holds, waitlist offers) are
 * computed against the server's clock, so clients can ask for it.
 */
@Controller
class ServerClock {

	private final Clock clock;

	ServerClock(Clock clock) {
		this.clock = clock;
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	Instant serverTime() {
		return this.clock.instant();
	}

	@MutationMapping
	@PreAuthorize("isAuthenticated()")
	String ping() {
		return "pong";
	}

	@SubscriptionMapping
	@PreAuthorize("permitAll()")
	Flux<Instant> serverClock(@Argument int everySeconds) {
		if (everySeconds < 1 || everySeconds > 60) {
			throw GraphqlErrorException.newErrorException()
				.message("everySeconds must be between 1 and 60")
				.extensions(Map.of("code", InputFault.CODE, "field", "everySeconds"))
				.build();
		}
		return Flux.interval(Duration.ZERO, Duration.ofSeconds(everySeconds)).map((tick) -> this.clock.instant());
	}

}
