package io.slotwise.scheduling.calendar.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import io.slotwise.scheduling.calendar.domain.CalendarSecrets;
import io.slotwise.scheduling.domain.TimeRange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes each booking to the practitioner's connected OAuth calendars as a busy event,
 * moves it on reschedule and removes it on cancel — after the booking committed, on
 * another thread, through the event publication registry: a slow or failing provider
 * never slows or fails a booking. A failure throws, which leaves the publication
 * incomplete so the scheduled resubmission retries it; what was already written is
 * recorded, so a replay writes nothing twice.
 *
 * <p>
 * The registry records a {@link WriteBackDue} only for a practitioner who may have a
 * connection (ADR 0030): a booking event is relayed in its own transaction, so the
 * publication commits with the booking or not at all, as before. Cancellations are always
 * relayed: they are rare, and a cancel must remove what an earlier write-back wrote.
 */
@Component
class CalendarWriteBack {

	private final Map<CalendarKind, CalendarWriter> writers;

	private final CalendarConnections connections;

	private final WrittenEvents written;

	private final ConnectedPractitioners connected;

	private final ApplicationEventPublisher events;

	CalendarWriteBack(List<CalendarWriter> writers, CalendarConnections connections, WrittenEvents written,
			ConnectedPractitioners connected, ApplicationEventPublisher events) {
		this.writers = writers.stream().collect(Collectors.toMap(CalendarWriter::kind, Function.identity()));
		this.connections = connections;
		this.written = written;
		this.connected = connected;
		this.events = events;
	}

	/**
	 * In the booking's transaction: decides from this instance's last look (taken when
	 * the booking planned or confirmed, moments ago), never waiting for Redis while the
	 * booking holds its connection and locks.
	 */
	@EventListener
	void relay(BookingEvent event) {
		if (event instanceof BookingEvent.Cancelled || this.connected.lastSeenWith(event.practitioner().value())) {
			this.events.publishEvent(WriteBackDue.of(event));
		}
	}

	@ApplicationModuleListener
	void on(WriteBackDue due) {
		BookingEvent event = due.booking();
		UUID appointment = event.appointment().value();
		List<String> failures = this.connections.of(List.of(event.practitioner()))
			.stream()
			.filter((connection) -> connection.counts() && this.writers.containsKey(connection.kind()))
			.map((connection) -> write(event, appointment, connection))
			.flatMap(Optional::stream)
			.toList();
		if (!failures.isEmpty()) {
			throw new WriteBackFailed(appointment, failures);
		}
	}

	/**
	 * @return why it failed, if it did
	 */
	private Optional<String> write(BookingEvent event, UUID appointment, CalendarConnection connection) {
		CalendarWriter writer = this.writers.get(connection.kind());
		CalendarSecrets.Tokens tokens = (CalendarSecrets.Tokens) connection.secrets();
		Optional<WrittenEvents.Written> earlier = this.written.find(appointment, connection.id());
		String eventId = eventId(appointment);
		CalendarWriter.Write result = switch (event) {
			case BookingEvent.Confirmed confirmed -> earlier.isPresent() ? new CalendarWriter.Write.Done()
					: remember(writer.insert(tokens, eventId, new TimeRange(confirmed.start(), confirmed.end())),
							appointment, connection, new TimeRange(confirmed.start(), confirmed.end()));
			case BookingEvent.Rescheduled moved -> {
				TimeRange to = new TimeRange(moved.start(), moved.end());
				CalendarWriter.Write answer = earlier.isPresent() ? writer.move(tokens, eventId, to)
						: new CalendarWriter.Write.Missing();
				yield (answer instanceof CalendarWriter.Write.Missing)
						? remember(writer.insert(tokens, eventId, to), appointment, connection, to)
						: remember(answer, appointment, connection, to);
			}
			case BookingEvent.Cancelled cancelled -> {
				if (earlier.isEmpty()) {
					yield new CalendarWriter.Write.Done();
				}
				CalendarWriter.Write answer = writer.remove(tokens, eventId);
				if (!(answer instanceof CalendarWriter.Write.Failed)) {
					this.written.delete(appointment, connection.id());
				}
				yield answer;
			}
		};
		return (result instanceof CalendarWriter.Write.Failed(String reason)) ? Optional.of(reason) : Optional.empty();
	}

	private CalendarWriter.Write remember(CalendarWriter.Write answer, UUID appointment, CalendarConnection connection,
			TimeRange time) {
		if (answer instanceof CalendarWriter.Write.Done) {
			this.written.save(new WrittenEvents.Written(appointment, connection.id(), eventId(appointment), time));
		}
		return answer;
	}

	/**
	 * Our id for the appointment's event: Google accepts ids of 5-1024 characters from
	 * a-v and 0-9, and a UUID's hex digits fit; the same appointment always gets the same
	 * id, so the provider itself refuses a duplicate.
	 */
	static String eventId(UUID appointment) {
		return "slot" + appointment.toString().replace("-", "");
	}

	/** Leaves the publication incomplete, so it is resubmitted. */
	static final class WriteBackFailed extends RuntimeException {

		WriteBackFailed(UUID appointment, List<String> reasons) {
			super("Writing appointment " + appointment + " to the practitioner's calendar failed: " + reasons);
		}

	}

}
