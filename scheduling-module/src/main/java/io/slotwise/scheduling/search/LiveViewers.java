package io.slotwise.scheduling.search;

import java.time.Duration;

/**
 * How many distinct people looked at a practitioner's page recently. A real count of
 * recorded views, never an estimate: each viewer counts once however often they reload.
 *
 * @param count distinct viewers within the window
 * @param window how far back the count reaches
 */
public record LiveViewers(int count, Duration window) {

	public LiveViewers {
		if (count < 0) {
			throw new IllegalArgumentException("A viewer count cannot be negative");
		}
	}

}
