package io.slotwise.waitlist.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.slotwise.resources.SchedulingCatalog.WorkingWindow;

/**
 * The working time a change of working hours opened: what is worked now and was not
 * before. Both lists sorted and non-overlapping, as the catalog answers them.
 */
public final class OpenedHours {

	private OpenedHours() {
	}

	public static List<WorkingWindow> between(List<WorkingWindow> before, List<WorkingWindow> now) {
		List<WorkingWindow> opened = new ArrayList<>();
		for (WorkingWindow window : now) {
			Instant from = window.start();
			for (WorkingWindow old : before) {
				if (!old.end().isAfter(from) || !old.start().isBefore(window.end())) {
					continue;
				}
				if (old.start().isAfter(from)) {
					opened.add(new WorkingWindow(from, old.start()));
				}
				from = old.end().isAfter(from) ? old.end() : from;
				if (!from.isBefore(window.end())) {
					break;
				}
			}
			if (from.isBefore(window.end())) {
				opened.add(new WorkingWindow(from, window.end()));
			}
		}
		return opened;
	}

}
