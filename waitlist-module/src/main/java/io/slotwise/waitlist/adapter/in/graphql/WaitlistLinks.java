package io.slotwise.waitlist.adapter.in.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.BrowseVisitTypes;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.waitlist.adapter.in.graphql.Views.EntryView;
import io.slotwise.waitlist.adapter.in.graphql.Views.OfferView;
import io.slotwise.waitlist.adapter.in.graphql.Views.RoundView;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Waitlist entries and offers return the catalog objects they point at, through
 * resources' published API: one query per kind of object for a whole page. The catalog is
 * public, so whoever may see the entry or offer may see these.
 */
@Controller
class WaitlistLinks {

	private final FindPractitioners practitioners;

	private final BrowseLocations locations;

	private final BrowseVisitTypes visitTypes;

	WaitlistLinks(FindPractitioners practitioners, BrowseLocations locations, BrowseVisitTypes visitTypes) {
		this.practitioners = practitioners;
		this.locations = locations;
		this.visitTypes = visitTypes;
	}

	@BatchMapping(typeName = "WaitlistEntry", field = "visitType")
	@PreAuthorize("permitAll()")
	Map<EntryView, VisitType> entryVisitType(List<EntryView> entries) {
		return one(entries, (entry) -> List.of(entry.visitTypeId()), this::visitTypes);
	}

	@BatchMapping(typeName = "WaitlistEntry", field = "practitioners")
	@PreAuthorize("permitAll()")
	Map<EntryView, List<Practitioner>> entryPractitioners(List<EntryView> entries) {
		return many(entries, EntryView::practitionerIds, this::practitioners);
	}

	@BatchMapping(typeName = "WaitlistEntry", field = "locations")
	@PreAuthorize("permitAll()")
	Map<EntryView, List<LocationDetails>> entryLocations(List<EntryView> entries) {
		return many(entries, EntryView::locationIds, this::locations);
	}

	@BatchMapping(typeName = "WaitlistOffer", field = "practitioner")
	@PreAuthorize("permitAll()")
	Map<OfferView, Practitioner> offerPractitioner(List<OfferView> offers) {
		return one(offers, (offer) -> List.of(offer.practitionerId()), this::practitioners);
	}

	@BatchMapping(typeName = "WaitlistOffer", field = "location")
	@PreAuthorize("permitAll()")
	Map<OfferView, LocationDetails> offerLocation(List<OfferView> offers) {
		return one(offers, (offer) -> List.of(offer.locationId()), this::locations);
	}

	@BatchMapping(typeName = "WaitlistOffer", field = "visitType")
	@PreAuthorize("permitAll()")
	Map<OfferView, VisitType> offerVisitType(List<OfferView> offers) {
		return one(offers, (offer) -> List.of(offer.visitTypeId()), this::visitTypes);
	}

	@BatchMapping(typeName = "WaitlistRound", field = "practitioner")
	@PreAuthorize("permitAll()")
	Map<RoundView, Practitioner> roundPractitioner(List<RoundView> rounds) {
		return one(rounds, (round) -> List.of(round.practitionerId()), this::practitioners);
	}

	@BatchMapping(typeName = "WaitlistRound", field = "location")
	@PreAuthorize("permitAll()")
	Map<RoundView, LocationDetails> roundLocation(List<RoundView> rounds) {
		return one(rounds, (round) -> List.of(round.locationId()), this::locations);
	}

	@BatchMapping(typeName = "WaitlistRound", field = "visitType")
	@PreAuthorize("permitAll()")
	Map<RoundView, VisitType> roundVisitType(List<RoundView> rounds) {
		return one(rounds, (round) -> List.of(round.visitTypeId()), this::visitTypes);
	}

	private Map<UUID, Practitioner> practitioners(Set<UUID> ids) {
		return byId(this.practitioners.practitionersOf(ids.stream().map(PractitionerId::new).toList()),
				(practitioner) -> practitioner.id().value());
	}

	private Map<UUID, LocationDetails> locations(Set<UUID> ids) {
		return byId(this.locations.detailsOf(ids.stream().map(LocationId::new).toList()),
				(location) -> location.id().value());
	}

	private Map<UUID, VisitType> visitTypes(Set<UUID> ids) {
		return byId(this.visitTypes.visitTypesOf(ids.stream().map(VisitTypeId::new).toList()),
				(visitType) -> visitType.id().value());
	}

	private static <V> Map<UUID, V> byId(List<V> values, Function<V, UUID> id) {
		return values.stream().collect(Collectors.toMap(id, Function.identity()));
	}

	/** Each source points at one object (catalog entries are never deleted). */
	private static <S, V> Map<S, V> one(List<S> sources, Function<S, List<UUID>> ids,
			Function<Set<UUID>, Map<UUID, V>> load) {
		Map<S, List<V>> found = many(sources, ids, load);
		Map<S, V> single = new LinkedHashMap<>();
		found.forEach((source, values) -> values.stream().findFirst().ifPresent((value) -> single.put(source, value)));
		return single;
	}

	/** All ids of the page in one load; each source keeps its own ids' order. */
	private static <S, V> Map<S, List<V>> many(List<S> sources, Function<S, List<UUID>> ids,
			Function<Set<UUID>, Map<UUID, V>> load) {
		Map<UUID, V> loaded = load
			.apply(sources.stream().map(ids).flatMap(Collection::stream).collect(Collectors.toSet()));
		Map<S, List<V>> values = new LinkedHashMap<>();
		sources.forEach((source) -> values.putIfAbsent(source,
				ids.apply(source).stream().map(loaded::get).filter(Objects::nonNull).toList()));
		return values;
	}

}
