package io.slotwise.scheduling.adapter.in.web;

import io.slotwise.scheduling.calendar.AppointmentFeeds;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a practitioner's private appointment feed at the URL issued to them. The token
 * in the path is the only credential (calendar apps cannot log in); an unknown, rotated
 * or revoked token answers 404, the same as a wrong path, and nothing is cached on the
 * way.
 */
@RestController
class AppointmentFeedEndpoint {

	private static final MediaType CALENDAR = new MediaType("text", "calendar",
			java.nio.charset.StandardCharsets.UTF_8);

	private final AppointmentFeeds feeds;

	AppointmentFeedEndpoint(AppointmentFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar/feeds/{file}")
	ResponseEntity<String> feed(@PathVariable String file) {
		String token = file.endsWith(".ics") ? file.substring(0, file.length() - ".ics".length()) : file;
		return this.feeds.feed(token)
			.map((ics) -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.cacheControl(CacheControl.noStore())
				.header("X-Robots-Tag", "noindex")
				.header("Content-Disposition", "inline; filename=\"slotwise-appointments.ics\"")
				.body(ics))
			.orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
	}

}
