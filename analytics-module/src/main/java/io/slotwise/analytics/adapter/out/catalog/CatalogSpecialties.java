package io.slotwise.analytics.adapter.out.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.slotwise.analytics.application.VisitTypeSpecialties;
import io.slotwise.resources.BrowseVisitTypes;
import io.slotwise.resources.CatalogEvent;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Visit type specialties from the catalog's published read port, remembered until the
 * catalog announces that the visit type changed.
 */
@Component
class CatalogSpecialties implements VisitTypeSpecialties {

	private final BrowseVisitTypes visitTypes;

	private final Map<UUID, String> known = new ConcurrentHashMap<>();

	CatalogSpecialties(BrowseVisitTypes visitTypes) {
		this.visitTypes = visitTypes;
	}

	@Override
	public Optional<String> specialtyOf(UUID visitType) {
		String specialty = this.known.get(visitType);
		if (specialty != null) {
			return Optional.of(specialty);
		}
		Optional<String> found = this.visitTypes.visitType(new VisitTypeId(visitType)).map(VisitType::specialty);
		found.ifPresent((value) -> this.known.put(visitType, value));
		return found;
	}

	// In-memory only, so a plain listener: nothing to retry if it is missed on restart.
	@EventListener
	void on(CatalogEvent.VisitTypeChanged changed) {
		this.known.remove(changed.visitType().value());
	}

}
