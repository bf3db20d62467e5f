package io.slotwise.scheduling.adapter.in.graphql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.DependentDetails;
import io.slotwise.scheduling.ManageDependents;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.adapter.in.graphql.DependentControls.DependentView;
import io.slotwise.scheduling.adapter.in.graphql.GroupControls.GroupHoldMemberView;
import io.slotwise.scheduling.adapter.in.graphql.GroupControls.GroupHoldView;
import io.slotwise.scheduling.adapter.in.graphql.GroupControls.SlotView;
import io.slotwise.scheduling.group.Bundle;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Group bundles and bundle holds return the objects their ids point at, batched over a
 * whole page of bundles. The catalog is public; a member's dependent is one the caller
 * named in their own search or hold.
 */
@Controller
class BundleLinks {

	private final CatalogLinks catalog;

	private final ManageDependents dependents;

	BundleLinks(CatalogLinks catalog, ManageDependents dependents) {
		this.catalog = catalog;
		this.dependents = dependents;
	}

	@BatchMapping(typeName = "Bundle", field = "location")
	@PreAuthorize("permitAll()")
	Map<Bundle, LocationDetails> bundleLocation(List<Bundle> bundles) {
		return this.catalog.locations(bundles, Bundle::location);
	}

	@BatchMapping(typeName = "BundleSlot", field = "practitioner")
	@PreAuthorize("permitAll()")
	Map<SlotView, Practitioner> slotPractitioner(List<SlotView> slots) {
		return this.catalog.practitioners(slots, (slot) -> PractitionerId.of(slot.practitionerId()));
	}

	@BatchMapping(typeName = "BundleSlot", field = "visitType")
	@PreAuthorize("permitAll()")
	Map<SlotView, VisitType> slotVisitType(List<SlotView> slots) {
		return this.catalog.visitTypes(slots, (slot) -> VisitTypeId.of(slot.visitTypeId()));
	}

	@BatchMapping(typeName = "BundleSlot", field = "dependent")
	@PreAuthorize("permitAll()")
	Map<SlotView, DependentView> slotDependent(List<SlotView> slots) {
		return dependents(slots, SlotView::patientId);
	}

	@BatchMapping(typeName = "GroupHold", field = "location")
	@PreAuthorize("permitAll()")
	Map<GroupHoldView, LocationDetails> holdLocation(List<GroupHoldView> holds) {
		return this.catalog.locations(holds, (hold) -> LocationId.of(hold.locationId()));
	}

	@BatchMapping(typeName = "GroupHoldMember", field = "practitioner")
	@PreAuthorize("permitAll()")
	Map<GroupHoldMemberView, Practitioner> memberPractitioner(List<GroupHoldMemberView> members) {
		return this.catalog.practitioners(members, (member) -> PractitionerId.of(member.practitionerId()));
	}

	@BatchMapping(typeName = "GroupHoldMember", field = "visitType")
	@PreAuthorize("permitAll()")
	Map<GroupHoldMemberView, VisitType> memberVisitType(List<GroupHoldMemberView> members) {
		return this.catalog.visitTypes(members, (member) -> VisitTypeId.of(member.visitTypeId()));
	}

	@BatchMapping(typeName = "GroupHoldMember", field = "dependent")
	@PreAuthorize("permitAll()")
	Map<GroupHoldMemberView, DependentView> memberDependent(List<GroupHoldMemberView> members) {
		return dependents(members, GroupHoldMemberView::patientId);
	}

	/**
	 * One query for every member of the page; the account holder has no dependent row.
	 */
	private <S> Map<S, DependentView> dependents(List<S> sources, Function<S, @Nullable String> patient) {
		Map<PatientId, DependentDetails> found = this.dependents
			.byIds(sources.stream().map(patient).filter(Objects::nonNull).map(PatientId::of).distinct().toList());
		return sources.stream()
			.distinct()
			.filter((source) -> patient.apply(source) != null
					&& found.containsKey(PatientId.of(Objects.requireNonNull(patient.apply(source)))))
			.collect(Collectors.toMap(Function.identity(), (source) -> DependentView
				.of(found.get(PatientId.of(Objects.requireNonNull(patient.apply(source)))))));
	}

}
