package io.slotwise.resources.adapter.in.graphql;

import java.util.List;

import io.slotwise.resources.BrowseVisitTypes;
import io.slotwise.resources.BrowseVisitTypes.InsurancePlan;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.jspecify.annotations.Nullable;

/**
 * Public visit type and insurance plan queries.
 */
@Controller
class VisitTypeQueries {

	private final BrowseVisitTypes browse;

	VisitTypeQueries(BrowseVisitTypes browse) {
		this.browse = browse;
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	Window<VisitType> visitTypes(@Argument @Nullable String specialty, ScrollSubrange subrange) {
		return Pages.window(subrange, (offset, limit) -> this.browse.visitTypes(specialty, offset, limit));
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	@Nullable VisitType visitType(@Argument VisitTypeId id) {
		return this.browse.visitType(id).orElse(null);
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	List<InsurancePlan> insurancePlans() {
		return this.browse.insurancePlans();
	}

	@SchemaMapping(typeName = "VisitType", field = "id")
	@PreAuthorize("permitAll()")
	String id(VisitType visitType) {
		return visitType.id().value().toString();
	}

	@SchemaMapping(typeName = "VisitType", field = "roomCapability")
	@PreAuthorize("permitAll()")
	@Nullable String roomCapability(VisitType visitType) {
		return visitType.roomCapability().orElse(null);
	}

	@SchemaMapping(typeName = "VisitType", field = "locationIds")
	@PreAuthorize("permitAll()")
	List<String> locationIds(VisitType visitType) {
		return visitType.locations().stream().map((id) -> id.value().toString()).sorted().toList();
	}

}
