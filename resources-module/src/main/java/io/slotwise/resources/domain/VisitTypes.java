package io.slotwise.resources.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.slotwise.resources.BrowseVisitTypes.InsurancePlan;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import org.jspecify.annotations.Nullable;

/**
 * Visit types, and the insurance plans reference list.
 */
public interface VisitTypes {

	Optional<VisitType> find(VisitTypeId id);

	/** By name then id; null specialty means all. */
	List<VisitType> page(@Nullable String specialty, int offset, int limit);

	/** The visit types among the ids that exist, in no particular order: one query. */
	List<VisitType> findAll(Collection<VisitTypeId> ids);

	void save(VisitType visitType);

	List<InsurancePlan> insurancePlans();

	/** Codes of all known plans. */
	Set<String> insurancePlanCodes();

}
