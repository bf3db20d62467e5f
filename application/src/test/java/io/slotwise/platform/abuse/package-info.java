/**
 * The service used as an attacker would: scripted bots through HTTP against the rate
 * limits and anti-hoarding rules, beside a normal patient.
 */
@NullMarked
package io.slotwise.platform.abuse;

import org.jspecify.annotations.NullMarked;
