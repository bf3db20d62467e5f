package io.slotwise.scheduling;

/**
 * Where an appointment is in its life.
 */
public enum AppointmentStatus {

	BOOKED, CANCELLED

}
