package io.slotwise.resources;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a search asks of the catalog many times a second (visit types, insurance plans),
 * answered from memory that every call checks against the catalog's versions, so a change
 * made on any instance or by a plain SQL script is seen by the next call (ADR 0031).
 * {@link #atOneVersion} reads those versions once for a whole piece of work: inside it,
 * these answers, {@link FindPractitioners#near} and
 * {@link SchedulingCatalog#bookableVisit} cost no statement when nothing changed.
 */
public interface RememberedCatalog {

	/**
	 * Runs the work with the catalog's versions read at most once, when first needed;
	 * nested calls share the outer one.
	 */
	<T> T atOneVersion(Supplier<T> work);

	Optional<VisitType> visitType(VisitTypeId id);

	/**
	 * The specialty's visit types by name then id, as {@link BrowseVisitTypes} pages
	 * them.
	 */
	List<VisitType> visitTypes(String specialty);

	/** Whether an insurance plan has this code. */
	boolean knowsInsurancePlan(String code);

}
