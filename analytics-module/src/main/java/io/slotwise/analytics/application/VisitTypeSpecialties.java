package io.slotwise.analytics.application;

import java.util.Optional;
import java.util.UUID;

/**
 * The specialty a visit type belongs to, so facts can be reported by specialty although
 * scheduling's events name only the visit type.
 */
public interface VisitTypeSpecialties {

	Optional<String> specialtyOf(UUID visitType);

}
