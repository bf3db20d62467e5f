package io.slotwise.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.testing.Clinic;
import io.slotwise.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.slotwise.instances.SecondWaitlistInstance;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.CancelBooking;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In-app notices reach every instance: a second application context on the same
 * PostgreSQL and Redis (instance B, whose own deliverer is parked) holds the patient's
 * subscription; instance A handles the cancellation and delivers the offer; B's
 * subscriber receives it.
 */
@SpringBootTest
class TwoInstanceNoticesTests {

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	BookWithoutHold book;

	@Autowired
	CancelBooking cancel;

	@Autowired
	JoinWaitlist join;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Test
	void aSubscriberOnInstanceBReceivesAnOfferDeliveredByInstanceA() {
		Clinic clinic = Clinic.open(this.catalog);
		// the clinic's first working hours are new capacity too: let them be seen before
		// anyone waits
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject("select count(*) from waitlist.hours_seen where practitioner_id = ?",
					Integer.class, clinic.practitioner().value()) > 0);
		ZoneId zone = ZoneId.of("America/New_York");
		LocalDate day = this.clock.instant().atZone(zone).toLocalDate().plusDays(2);
		PatientId patient = new PatientId(UUID.randomUUID());
		assertThat(this.join.join(patient,
				new Preferences(clinic.visitType(), List.of(), List.of(clinic.location()), null, null, day, day,
						Set.of(), List.of(), Duration.ZERO, Set.of(Channel.IN_APP), null)))
			.isInstanceOf(WaitlistOutcome.Done.class);

		try (ConfigurableApplicationContext instanceB = secondInstance()) {
			List<OfferNotice> onB = new CopyOnWriteArrayList<>();
			Disposable subscription = instanceB.getBean(WatchOffers.class).notices(patient).subscribe(onB::add);

			Instant start = day.atTime(10, 0).atZone(zone).toInstant();
			PatientId owner = new PatientId(UUID.randomUUID());
			Outcome<AppointmentDetails> booked = this.book.bookWithoutHold(Requester.patient(owner), owner,
					new SlotRequest(clinic.practitioner(), clinic.location(), clinic.visitType(), start),
					Optional.empty());
			AppointmentDetails appointment = ((Outcome.Done<AppointmentDetails>) booked).value();
			assertThat(this.cancel.cancelBooking(Requester.patient(owner), appointment.id()))
				.isInstanceOf(Outcome.Done.class);

			await().atMost(Duration.ofSeconds(20)).until(() -> !onB.isEmpty());
			assertThat(onB).singleElement().satisfies((notice) -> {
				assertThat(notice.kind()).isEqualTo(OfferNotice.Kind.OFFERED);
				assertThat(notice.start()).isEqualTo(start);
				assertThat(notice.text()).contains("held for you until");
			});
			// the in-app row was sent, and B's deliverer never ran after startup: A sent
			// it
			assertThat(this.jdbc.queryForObject(
					"select count(*) from waitlist.delivery d join waitlist.offer o on o.id = d.offer_id"
							+ " where o.patient_id = ? and d.channel = 'IN_APP' and d.status = 'SENT'",
					Integer.class, patient.value()))
				.isOne();
			subscription.dispose();
		}
	}

	private ConfigurableApplicationContext secondInstance() {
		Map<String, Object> shared = new HashMap<>();
		for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
				"spring.data.redis.host", "spring.data.redis.port", "spring.data.redis.database")) {
			shared.put(key, this.environment.getRequiredProperty(key));
		}
		shared.put("spring.main.web-application-type", "none");
		// B subscribes but does not deliver: its outbox poll is parked, and it handles no
		// events of A's (listeners run on the instance that published)
		shared.put("slotwise.waitlist.delivery-scan-interval", "PT1H");
		shared.put("slotwise.waitlist.expiry-scan-interval", "PT1H");
		return new SpringApplicationBuilder(SecondWaitlistInstance.class).properties(shared).run();
	}

}
