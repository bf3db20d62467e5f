package io.slotwise.scheduling.adapter.in.graphql;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.calendar.CalendarCaller;
import io.slotwise.scheduling.calendar.CalendarConnectionDetails;
import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.CalendarSync;
import io.slotwise.scheduling.calendar.CalendarSyncStatus;
import io.slotwise.scheduling.calendar.ConnectionId;
import io.slotwise.scheduling.calendar.ConnectionStatus;
import io.slotwise.scheduling.calendar.ManageCalendars;
import io.slotwise.scheduling.calendar.WatchCalendars;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * External calendar connections and the freshness of each practitioner's calendar data.
 * Who may manage whose calendars is decided behind {@link ManageCalendars}.
 */
@Controller
class CalendarControls {

	/** Connections per practitioner are few; a page of 50 covers any real case. */
	private static final int MAX_PAGE = 50;

	private static final int DEFAULT_PAGE = 20;

	private final ManageCalendars calendars;

	private final CalendarSyncStatus syncStatus;

	private final WatchCalendars watch;

	CalendarControls(ManageCalendars calendars, CalendarSyncStatus syncStatus, WatchCalendars watch) {
		this.calendars = calendars;
		this.watch = watch;
		this.syncStatus = syncStatus;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'STAFF', 'ADMIN')")
	Window<ConnectionView> calendarConnections(@Argument PractitionerId practitionerId, ScrollSubrange subrange,
			CalendarCaller caller) {
		Page page = Page.of(subrange, DEFAULT_PAGE, MAX_PAGE);
		return switch (this.calendars.connections(caller, practitionerId)) {
			case Outcome.Done<List<CalendarConnectionDetails>>(List<CalendarConnectionDetails> found) ->
				page.fromOverfetch(
						found.stream().skip(page.offset()).limit(page.size() + 1L).map(ConnectionView::of).toList());
			case Outcome.Refused<List<CalendarConnectionDetails>>(Problem problem) -> throw UserErrors.raised(problem);
		};
	}

	/** The connections listed are loaded whole anyway: counting them costs one load. */
	@SchemaMapping(typeName = "CalendarConnectionConnection", field = "totalCount")
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'STAFF', 'ADMIN')")
	int calendarConnectionsCount(DataFetchingEnvironment environment, CalendarCaller caller) {
		Object practitioner = environment.getExecutionStepInfo().getParent().getArgument("practitionerId");
		return switch (this.calendars.connections(caller, PractitionerId.of(String.valueOf(practitioner)))) {
			case Outcome.Done<List<CalendarConnectionDetails>>(List<CalendarConnectionDetails> found) -> found.size();
			case Outcome.Refused<List<CalendarConnectionDetails>>(Problem problem) -> throw UserErrors.raised(problem);
		};
	}

	/**
	 * The freshness of the practitioner's calendar data beside their free slots: the
	 * practitioner is the {@code availableSlots} argument this connection answers.
	 */
	@SchemaMapping(typeName = "SlotConnection", field = "calendarSync")
	@PreAuthorize("permitAll()")
	CalendarSync slotsCalendarSync(DataFetchingEnvironment environment) {
		Object argument = environment.getExecutionStepInfo().getParent().getArgument("practitionerId");
		if (argument == null) {
			return CalendarSync.none();
		}
		PractitionerId practitioner = PractitionerId.of(argument.toString());
		return this.syncStatus.syncOf(List.of(practitioner)).getOrDefault(practitioner, CalendarSync.none());
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'STAFF', 'ADMIN')")
	ConnectionPayload connectCalendarFeed(@Argument ConnectFeedInput input, CalendarCaller caller) {
		URI url;
		try {
			url = new URI(input.feedUrl().trim());
		}
		catch (URISyntaxException ex) {
			return ConnectionPayload
				.of(Outcome.refused(Problem.inField("feedUrl", Problem.Code.VALIDATION_FAILED, "Not a URL")));
		}
		return ConnectionPayload
			.of(this.calendars.connectFeed(caller, input.practitionerId(), url, Optional.ofNullable(input.buffer())));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'STAFF', 'ADMIN')")
	AuthorizationPayload startCalendarAuthorization(@Argument StartAuthorizationInput input, CalendarCaller caller) {
		Outcome<URI> started = this.calendars.startAuthorization(caller, input.practitionerId(), input.kind(),
				Optional.ofNullable(input.buffer()));
		return new AuthorizationPayload((started instanceof Outcome.Done<URI>(URI uri)) ? uri.toString() : null,
				UserErrors.of(started, Paths.INPUT));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'STAFF', 'ADMIN')")
	ConnectionPayload completeCalendarAuthorization(@Argument CompleteAuthorizationInput input, CalendarCaller caller) {
		return ConnectionPayload.of(this.calendars.completeAuthorization(caller, input.state(), input.code()));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'STAFF', 'ADMIN')")
	ConnectionPayload refreshCalendar(@Argument ConnectionInput input, CalendarCaller caller) {
		return ConnectionPayload.of(this.calendars.refreshNow(caller, input.connectionId()));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'STAFF', 'ADMIN')")
	ConnectionPayload disconnectCalendar(@Argument ConnectionInput input, CalendarCaller caller) {
		return ConnectionPayload.of(this.calendars.disconnect(caller, input.connectionId()));
	}

	@SubscriptionMapping
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'STAFF', 'ADMIN')")
	Flux<ConnectionView> calendarConnectionChanged(@Argument PractitionerId practitionerId, CalendarCaller caller) {
		return switch (this.watch.changes(caller, practitionerId)) {
			case Outcome.Done<Flux<CalendarConnectionDetails>>(Flux<CalendarConnectionDetails> changes) ->
				changes.map(ConnectionView::of);
			case Outcome.Refused<Flux<CalendarConnectionDetails>>(Problem problem) -> throw UserErrors.raised(problem);
		};
	}

	/**
	 * Public, like availability: a patient may see that a practitioner's calendar is out
	 * of sync.
	 */
	@BatchMapping(typeName = "Practitioner", field = "calendarSync")
	@PreAuthorize("permitAll()")
	Map<Practitioner, CalendarSync> calendarSync(List<Practitioner> practitioners) {
		Map<PractitionerId, CalendarSync> sync = this.syncStatus
			.syncOf(practitioners.stream().map(Practitioner::id).distinct().toList());
		return practitioners.stream()
			.distinct()
			.collect(
					java.util.stream.Collectors.toMap((p) -> p, (p) -> sync.getOrDefault(p.id(), CalendarSync.none())));
	}

	record ConnectFeedInput(PractitionerId practitionerId, String feedUrl, @Nullable Duration buffer) {
	}

	record StartAuthorizationInput(PractitionerId practitionerId, CalendarKind kind, @Nullable Duration buffer) {
	}

	record CompleteAuthorizationInput(String state, String code) {
	}

	record ConnectionInput(ConnectionId connectionId) {
	}

	/** A connection in the schema's shape: ids as text, absent values as null. */
	record ConnectionView(String id, String practitionerId, CalendarKind kind, ConnectionStatus status, Duration buffer,
			@Nullable Instant lastSyncedAt, @Nullable String lastError) {

		static ConnectionView of(CalendarConnectionDetails details) {
			return new ConnectionView(details.id().value().toString(), details.practitioner().value().toString(),
					details.kind(), details.status(), details.buffer(), details.lastSyncedAt().orElse(null),
					details.lastError().orElse(null));
		}

	}

	record ConnectionPayload(@Nullable ConnectionView connection, List<UserErrors.UserError> errors) {

		static ConnectionPayload of(Outcome<CalendarConnectionDetails> outcome) {
			return new ConnectionPayload(
					(outcome instanceof Outcome.Done<CalendarConnectionDetails>(CalendarConnectionDetails details))
							? ConnectionView.of(details) : null,
					UserErrors.of(outcome, Paths.INPUT));
		}

	}

	record AuthorizationPayload(@Nullable String authorizationUrl, List<UserErrors.UserError> errors) {
	}

}
