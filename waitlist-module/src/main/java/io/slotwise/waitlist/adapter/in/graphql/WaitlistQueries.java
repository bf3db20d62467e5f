package io.slotwise.waitlist.adapter.in.graphql;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorException;
import graphql.schema.DataFetchingEnvironment;
import io.slotwise.resources.LocationId;
import io.slotwise.waitlist.EntryId;
import io.slotwise.waitlist.ListWaitlistEntries;
import io.slotwise.waitlist.ListWaitlistEntries.RankedEntry;
import io.slotwise.waitlist.OfferId;
import io.slotwise.waitlist.RespondToOffer;
import io.slotwise.waitlist.ViewOfferRounds;
import io.slotwise.waitlist.WaitlistOutcome;
import io.slotwise.waitlist.adapter.in.graphql.Views.EntryView;
import io.slotwise.waitlist.adapter.in.graphql.Views.OfferView;
import io.slotwise.waitlist.adapter.in.graphql.Views.RankedView;
import io.slotwise.waitlist.adapter.in.graphql.Views.RoundView;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * A patient's entries and offers; staff's ranked waitlist of a location.
 */
@Controller
class WaitlistQueries {

	private final ListWaitlistEntries entries;

	private final RespondToOffer offers;

	private final ViewOfferRounds rounds;

	private final Clock clock;

	WaitlistQueries(ListWaitlistEntries entries, RespondToOffer offers, ViewOfferRounds rounds, Clock clock) {
		this.entries = entries;
		this.offers = offers;
		this.rounds = rounds;
		this.clock = clock;
	}

	@QueryMapping
	@PreAuthorize("hasRole('PATIENT')")
	Window<EntryView> myWaitlistEntries(ScrollSubrange subrange, Caller caller) {
		LocalDate today = today();
		return Page.of(subrange)
			.fetch((offset, limit) -> this.entries.entriesOf(caller.patient(), offset, limit),
					(entry) -> EntryView.of(entry, today));
	}

	/** Null for another patient's entry, exactly as for none. */
	@QueryMapping
	@PreAuthorize("hasRole('PATIENT')")
	@Nullable EntryView waitlistEntry(@Argument EntryId id, Caller caller) {
		return this.entries.entryOf(caller.patient(), id).map((entry) -> EntryView.of(entry, today())).orElse(null);
	}

	/** Null for another patient's offer, exactly as for none. */
	@QueryMapping
	@PreAuthorize("hasRole('PATIENT')")
	@Nullable OfferView waitlistOffer(@Argument OfferId id, Caller caller) {
		return this.offers.offerOf(caller.patient(), id).map(OfferView::of).orElse(null);
	}

	@QueryMapping
	@PreAuthorize("hasRole('PATIENT')")
	Window<OfferView> myOffers(ScrollSubrange subrange, Caller caller) {
		return Page.of(subrange)
			.fetch((offset, limit) -> this.offers.offersOf(caller.patient(), offset, limit), OfferView::of);
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	Window<RankedView> waitlist(@Argument LocationId locationId, ScrollSubrange subrange, Caller caller) {
		LocalDate today = today();
		return Page.of(subrange).fetch((offset, limit) -> {
			return orRefusal(this.entries.waitlistAt(caller.requester(), locationId, offset, limit));
		}, (ranked) -> RankedView.of(ranked, today));
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	Window<RoundView> waitlistRounds(@Argument LocationId locationId, ScrollSubrange subrange, Caller caller) {
		return Page.of(subrange)
			.fetch((offset, limit) -> orRefusal(this.rounds.roundsAt(caller.requester(), locationId, offset, limit)),
					RoundView::of);
	}

	/** Counted only when selected, with the page's own filter: one COUNT. */
	@SchemaMapping(typeName = "WaitlistEntryConnection", field = "totalCount")
	@PreAuthorize("hasRole('PATIENT')")
	int myWaitlistEntriesCount(Caller caller) {
		return this.entries.countOf(caller.patient());
	}

	@SchemaMapping(typeName = "WaitlistOfferConnection", field = "totalCount")
	@PreAuthorize("hasRole('PATIENT')")
	int myOffersCount(Caller caller) {
		return this.offers.countOffersOf(caller.patient());
	}

	@SchemaMapping(typeName = "RankedWaitlistEntryConnection", field = "totalCount")
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	int waitlistCount(DataFetchingEnvironment environment, Caller caller) {
		return orRefusal(this.entries.waitlistSizeAt(caller.requester(), pagedLocation(environment)));
	}

	@SchemaMapping(typeName = "WaitlistRoundConnection", field = "totalCount")
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	int waitlistRoundsCount(DataFetchingEnvironment environment, Caller caller) {
		return orRefusal(this.rounds.roundCountAt(caller.requester(), pagedLocation(environment)));
	}

	/** The location argument of the connection's own field. */
	private static LocationId pagedLocation(DataFetchingEnvironment environment) {
		Object location = environment.getExecutionStepInfo().getParent().getArgument("locationId");
		return LocationId.of(String.valueOf(location));
	}

	/**
	 * A refused query is a GraphQL error with the waitlist's code (queries have no
	 * payload).
	 */
	private static <T> T orRefusal(WaitlistOutcome<T> outcome) {
		if (outcome instanceof WaitlistOutcome.Refused<T>(var problem)) {
			throw GraphqlErrorException.newErrorException()
				.message(problem.message())
				.extensions(Map.of("code", problem.code().name()))
				.build();
		}
		return ((WaitlistOutcome.Done<T>) outcome).value();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
