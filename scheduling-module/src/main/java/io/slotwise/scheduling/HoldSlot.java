package io.slotwise.scheduling;

/**
 * Holds every resource a slot needs (practitioner, a room with the capability, one unit
 * of each equipment type) for a short time, all or nothing, for the patient.
 */
public interface HoldSlot {

	Outcome<HoldDetails> holdSlot(PatientId holder, SlotRequest slot);

}
