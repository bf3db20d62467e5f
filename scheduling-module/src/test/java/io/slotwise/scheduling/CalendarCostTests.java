package io.slotwise.scheduling;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.CALENDAR_BUSY;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.CALENDAR_CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.application.ConnectionTokens;
import io.slotwise.scheduling.calendar.application.SecretCipher;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * What external calendars cost a hold and a booking (issue 15, ADR 0030): nothing for a
 * practitioner without a calendar connection (no busy-time query, no look-up of
 * connections, no write-back publication in the registry), and everything as before for
 * one with a connection, seen by the next hold once any instance connected it.
 */
@ApplicationModuleTest
@Import(CalendarCostTests.CalendarStatements.class)
class CalendarCostTests extends SchedulingTestSupport {

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	BookWithoutHold book;

	@Autowired
	DSLContext db;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SecretCipher cipher;

	@Autowired
	ConnectionTokens tokens;

	@Autowired
	CalendarStatements.Log statements;

	@Test
	void aPractitionerWithoutACalendarCostsNoCalendarStatementAndNoWriteBackPublication() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		HoldDetails hold = done(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))));
		AppointmentDetails held = done(this.confirm.confirmBooking(patient, hold.id(), Optional.empty()));
		AppointmentDetails direct = done(this.book.bookWithoutHold(clinic.staff(), Clinic.patient(),
				clinic.procedure(clinic.at(2, LocalTime.of(14, 0))), Optional.empty()));

		assertThat(this.statements.about(clinic.practitioner())).isEmpty();
		assertThat(writeBackPublications(held)).isZero();
		assertThat(writeBackPublications(direct)).isZero();
	}

	@Test
	void aCalendarConnectedOnAnotherInstanceIsCheckedAndWrittenBackFromTheNextHold() {
		Clinic clinic = clinic(1, 1, 1);
		// This instance looks first and remembers a practitioner without a calendar.
		done(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(16, 0)))));

		// Another instance connects a feed with a meeting 10:00-11:00: the connection and
		// its busy time in PostgreSQL, then a new token in Redis, as its desk does.
		UUID connection = UUID.randomUUID();
		this.db.insertInto(CALENDAR_CONNECTION)
			.set(CALENDAR_CONNECTION.ID, connection)
			.set(CALENDAR_CONNECTION.PRACTITIONER_ID, clinic.practitioner().value())
			.set(CALENDAR_CONNECTION.KIND, "ICAL_FEED")
			.set(CALENDAR_CONNECTION.STATUS, "CONNECTED")
			.set(CALENDAR_CONNECTION.BUFFER_MINUTES, 0)
			.set(CALENDAR_CONNECTION.SECRET, this.cipher.encrypt("https://calendar.example.org/feed.ics"))
			.execute();
		this.db.insertInto(CALENDAR_BUSY)
			.set(CALENDAR_BUSY.CONNECTION_ID, connection)
			.set(CALENDAR_BUSY.STARTS_AT, clinic.at(2, LocalTime.of(10, 0)).atOffset(ZoneOffset.UTC))
			.set(CALENDAR_BUSY.ENDS_AT, clinic.at(2, LocalTime.of(11, 0)).atOffset(ZoneOffset.UTC))
			.execute();
		this.tokens.renew();

		assertThat(
				refused(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))))
					.code())
			.isEqualTo(Problem.Code.EXTERNAL_CALENDAR_CONFLICT);
		PatientId patient = Clinic.patient();
		HoldDetails hold = done(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(2, LocalTime.of(14, 0)))));
		this.statements.clear();
		AppointmentDetails booked = done(this.confirm.confirmBooking(patient, hold.id(), Optional.empty()));
		assertThat(this.statements.about(clinic.practitioner())).as("the confirmation checks the busy times")
			.anyMatch((sql) -> sql.contains("calendar_busy"));
		assertThat(writeBackPublications(booked)).isEqualTo(1);
	}

	private int writeBackPublications(AppointmentDetails booked) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from event_publication where listener_id like '%CalendarWriteBack%' and serialized_event like ?",
				Integer.class, "%" + booked.id().value() + "%");
		return (count != null) ? count : 0;
	}

	/**
	 * Records the SQL of every jOOQ statement on a calendar table that binds a given
	 * practitioner's id, so background jobs (syncs, refreshes) never blur the count.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class CalendarStatements {

		@Bean
		Log calendarStatementLog() {
			return new Log();
		}

		@Bean
		DefaultExecuteListenerProvider calendarStatementListener(Log log) {
			return new DefaultExecuteListenerProvider(log);
		}

		static final class Log implements ExecuteListener {

			private final List<Statement> statements = new ArrayList<>();

			@Override
			public void executeStart(ExecuteContext context) {
				String sql = context.sql();
				if (sql != null && sql.contains("calendar_") && context.query() != null) {
					synchronized (this.statements) {
						this.statements.add(new Statement(sql, new ArrayList<>(context.query().getBindValues())));
					}
				}
			}

			void clear() {
				synchronized (this.statements) {
					this.statements.clear();
				}
			}

			List<String> about(PractitionerId practitioner) {
				synchronized (this.statements) {
					return this.statements.stream()
						.filter((statement) -> statement.binds().contains(practitioner.value()))
						.map(Statement::sql)
						.toList();
				}
			}

			record Statement(String sql, List<Object> binds) {
			}

		}

	}

}
