package io.slotwise.platform.graphql;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's java.time scalars. DateTime is always serialized in UTC so clients never
 * guess a zone; a location's zone is a separate field where it matters.
 */
@Configuration(proxyBeanMethods = false)
class TimeScalars {

	@Bean
	RuntimeWiringConfigurer timeScalarWiring() {
		return (wiring) -> wiring
			.scalar(IsoScalar.scalar("DateTime", "2026-11-24T14:30:00Z",
					(text) -> OffsetDateTime.parse(text).toInstant(), TimeScalars::instant))
			.scalar(IsoScalar.scalar("Date", "2026-11-24", LocalDate::parse, (value) -> ((LocalDate) value).toString()))
			.scalar(IsoScalar.scalar("LocalTime", "09:30", LocalTime::parse, (value) -> ((LocalTime) value).toString()))
			.scalar(IsoScalar.scalar("Duration", "PT30M", Duration::parse, (value) -> ((Duration) value).toString()));
	}

	private static String instant(Object value) {
		return switch (value) {
			case Instant instant -> instant.toString();
			case OffsetDateTime dateTime -> dateTime.toInstant().toString();
			case ZonedDateTime dateTime -> dateTime.toInstant().toString();
			default -> Instant.from((TemporalAccessor) value).toString();
		};
	}

}
