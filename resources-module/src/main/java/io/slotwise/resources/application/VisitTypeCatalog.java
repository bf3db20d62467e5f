package io.slotwise.resources.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.slotwise.resources.BrowseVisitTypes;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.domain.VisitTypes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Read side of visit types and insurance plans.
 */
@Service
@Transactional(readOnly = true)
class VisitTypeCatalog implements BrowseVisitTypes {

	private final VisitTypes visitTypes;

	VisitTypeCatalog(VisitTypes visitTypes) {
		this.visitTypes = visitTypes;
	}

	@Override
	public List<VisitType> visitTypes(@Nullable String specialty, int offset, int limit) {
		LocationCatalog.requirePage(offset, limit);
		return this.visitTypes.page(specialty, offset, limit);
	}

	@Override
	public Optional<VisitType> visitType(VisitTypeId id) {
		return this.visitTypes.find(id);
	}

	@Override
	public List<VisitType> visitTypesOf(Collection<VisitTypeId> ids) {
		return this.visitTypes.findAll(ids);
	}

	@Override
	public List<InsurancePlan> insurancePlans() {
		return this.visitTypes.insurancePlans();
	}

}
