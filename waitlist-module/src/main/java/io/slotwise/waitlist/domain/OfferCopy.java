package io.slotwise.waitlist.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.slotwise.waitlist.OfferDetails;
import io.slotwise.waitlist.OfferNotice;

/**
 * The words of a notice: the real deadline and the real number of others offered the same
 * slot, nothing invented.
 */
public final class OfferCopy {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private OfferCopy() {
	}

	public static OfferNotice notice(OfferDetails offer, OfferNotice.Kind kind, ZoneId zone, Instant now) {
		String slot = DAY.format(offer.start().atZone(zone));
		return switch (kind) {
			case OFFERED -> {
				// to the nearest minute: a notice delivered a moment after the offer
				// still says 15
				long minutes = Math.max(0, Math.round(Duration.between(now, offer.deadline()).toSeconds() / 60.0));
				String others = switch (offer.othersOffered()) {
					case 0 -> "No one else has been offered this slot.";
					case 1 -> "1 other patient has been offered this slot; the first to accept gets it.";
					default -> offer.othersOffered()
							+ " other patients have been offered this slot; the first to accept gets it.";
				};
				yield new OfferNotice(offer.id(), offer.patient(), kind, offer.start(), offer.deadline(),
						offer.othersOffered(), "An earlier appointment: " + slot,
						"A slot on " + slot + " is held for you until " + TIME.format(offer.deadline().atZone(zone))
								+ " — " + minutes + " minutes. " + others);
			}
			case WITHDRAWN -> new OfferNotice(offer.id(), offer.patient(), kind, offer.start(), offer.deadline(),
					offer.othersOffered(), "Slot no longer available: " + slot,
					"The slot on " + slot + " is no longer available. You stay on the waitlist.");
			case BOOKED -> new OfferNotice(offer.id(), offer.patient(), kind, offer.start(), offer.deadline(),
					offer.othersOffered(), "Booked: " + slot, "You are booked for " + slot + ".");
		};
	}

}
