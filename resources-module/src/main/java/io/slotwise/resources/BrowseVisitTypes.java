package io.slotwise.resources;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads visit types and the insurance plans practitioners can accept.
 */
public interface BrowseVisitTypes {

	/** Visit types by name then id, optionally of one specialty (null: all). */
	List<VisitType> visitTypes(@Nullable String specialty, int offset, int limit);

	Optional<VisitType> visitType(VisitTypeId id);

	/** The visit types among the ids that exist, in no particular order: one query. */
	List<VisitType> visitTypesOf(Collection<VisitTypeId> ids);

	/** All plans, by carrier then plan name. */
	List<InsurancePlan> insurancePlans();

	/**
	 * @param code plan code, e.g. AETNA_PPO
	 * @param carrier carrier display name
	 * @param name plan display name
	 */
	record InsurancePlan(String code, String carrier, String name) {

	}

}
