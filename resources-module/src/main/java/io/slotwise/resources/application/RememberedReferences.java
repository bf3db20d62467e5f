package io.slotwise.resources.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.slotwise.resources.RememberedCatalog;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.domain.VisitTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Every visit type and insurance plan code in memory, tagged with the planning version
 * (whose triggers cover visit types since V1_11 and insurance plans since V1_12) and
 * reloaded whole when it moved: a few dozen rows, two statements, once per change. The
 * version is read before the rows, so rows loaded while a change commits are tagged older
 * than they are and loaded again by the next call; never the reverse.
 */
@Service
class RememberedReferences implements RememberedCatalog {

	/** More visit types than any catalog of ours has; past it the list is cut. */
	static final int MAX_VISIT_TYPES = 10_000;

	private final CatalogVersions versions;

	private final VisitTypes visitTypes;

	private volatile @Nullable References current;

	RememberedReferences(CatalogVersions versions, VisitTypes visitTypes) {
		this.versions = versions;
		this.visitTypes = visitTypes;
	}

	@Override
	public <T> T atOneVersion(Supplier<T> work) {
		return this.versions.pinned(work);
	}

	@Override
	public Optional<VisitType> visitType(VisitTypeId id) {
		return Optional.ofNullable(current().byId().get(id));
	}

	@Override
	public List<VisitType> visitTypes(String specialty) {
		return current().byName().stream().filter((type) -> type.specialty().equals(specialty)).toList();
	}

	@Override
	public boolean knowsInsurancePlan(String code) {
		return current().planCodes().contains(code);
	}

	private References current() {
		long version = this.versions.planning();
		References held = this.current;
		if (held != null && held.version() >= version) {
			return held;
		}
		return reload(version);
	}

	// One reload at a time; the others wait for it rather than load again.
	private synchronized References reload(long version) {
		References held = this.current;
		if (held != null && held.version() >= version) {
			return held;
		}
		List<VisitType> byName = this.visitTypes.page(null, 0, MAX_VISIT_TYPES);
		References loaded = new References(version, byName,
				byName.stream().collect(Collectors.toUnmodifiableMap(VisitType::id, Function.identity())),
				Set.copyOf(this.visitTypes.insurancePlanCodes()));
		this.current = loaded;
		return loaded;
	}

	private record References(long version, List<VisitType> byName, Map<VisitTypeId, VisitType> byId,
			Set<String> planCodes) {

		References {
			byName = List.copyOf(byName);
		}

	}

}
