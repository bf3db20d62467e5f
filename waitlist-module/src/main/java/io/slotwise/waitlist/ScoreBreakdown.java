package io.slotwise.waitlist;

/**
 * Why a candidate ranks where it does: each component in {@code [0, 1]}, and the weighted
 * total in {@code [0, 100]}.
 *
 * @param fit how closely the slot matches what the patient named (practitioner, location)
 * @param waited how long the patient has waited, up to the configured horizon
 * @param flexibility how broad the patient's days and hours are and how short a notice
 * they accept
 * @param priority the clinical priority staff set
 * @param total the weighted sum the ranking orders by
 */
public record ScoreBreakdown(double fit, double waited, double flexibility, double priority, double total) {
}
