/**
 * The PHI audit trail, a named interface of the scheduling module: every module that
 * reads or changes a patient's data records it through
 * {@link io.slotwise.scheduling.audit.AuditTrail}; administrators read it, patients and
 * staff read an appointment's history through
 * {@link io.slotwise.scheduling.audit.ReadAuditTrail} (ADR 0016).
 */
@NamedInterface("audit")
@NullMarked
package io.slotwise.scheduling.audit;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
