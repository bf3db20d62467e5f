package io.slotwise.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.testing.WebhookReceiver;
import io.slotwise.testing.Clinic;
import io.slotwise.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.AvailabilityQuery;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.CancelBooking;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.SlotRequest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The waitlist end to end on real PostgreSQL and Redis, with the real resources and
 * scheduling modules, a real SMTP server (GreenMail) and a real HTTP webhook receiver: a
 * cancellation reaches exactly the top three with 15/10/5-minute windows on every
 * channel, a replay sends nothing twice, the first acceptance books, lapses cascade to
 * the fourth candidate and an exhausted list gives the slot back.
 */
@SpringBootTest
class OfferFlowTests {

	static final String SECRET = "test-secret";

	static final GreenMail smtp = new GreenMail(
			new ServerSetup(WebhookReceiver.freePort(), null, ServerSetup.PROTOCOL_SMTP));

	static final WebhookReceiver webhook = WebhookReceiver.start((delivery) -> true);

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("slotwise.waitlist.webhooks[0].name", () -> "gateway");
		registry.add("slotwise.waitlist.webhooks[0].url", webhook::url);
		registry.add("slotwise.waitlist.webhooks[0].secret", () -> SECRET);
	}

	@AfterAll
	static void stop() {
		smtp.stop();
		webhook.stop();
	}

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	BookWithoutHold book;

	@Autowired
	CancelBooking cancel;

	@Autowired
	FindAvailableSlots slots;

	@Autowired
	io.slotwise.scheduling.RescheduleBooking reschedule;

	@Autowired
	JoinWaitlist join;

	@Autowired
	SetWaitlistPriority priority;

	@Autowired
	RespondToOffer respond;

	@Autowired
	ExpireOffers expiry;

	@Autowired
	WatchOffers watch;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	Clinic clinic;

	ZoneId zone = ZoneId.of("America/New_York");

	Instant start;

	final List<OfferNotice> inApp = new CopyOnWriteArrayList<>();

	Disposable listening;

	@BeforeEach
	void clinic() {
		this.clinic = Clinic.open(this.catalog);
		// the clinic's first working hours are new capacity too (they open rounds for
		// whoever waits): seen before anyone joins
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject("select count(*) from waitlist.hours_seen where practitioner_id = ?",
					Integer.class, this.clinic.practitioner().value()) > 0);
		this.start = day(2).atTime(10, 0).atZone(this.zone).toInstant();
		this.listening = this.watch.notices(new PatientId(UUID.randomUUID())).subscribe();
	}

	@AfterEach
	void reset() {
		this.clock.reset();
		this.listening.dispose();
	}

	@Test
	void cancellationOffersTheTopThreeOnEveryChannelAndTheFirstToAcceptIsBooked() throws Exception {
		List<PatientId> ranked = waitingPatients();
		AppointmentDetails booked = bookAndCancel();
		List<OfferDetails> offers = awaitOffers(ranked, 3);

		assertThat(offers).extracting(OfferDetails::patient).containsExactlyElementsOf(ranked.subList(0, 3));
		assertThat(offers).extracting((offer) -> Duration.between(offer.offeredAt(), offer.deadline()))
			.containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(5));
		assertThat(offers).allMatch((offer) -> offer.othersOffered() == 2 && offer.start().equals(this.start));
		assertThat(this.respond.offersOf(ranked.get(3), 0, 10)).isEmpty();
		assertThat(publicSlots()).doesNotContain(this.start);

		Set<UUID> offerIds = offers.stream()
			.map((offer) -> offer.id().value())
			.collect(java.util.stream.Collectors.toSet());
		// in-app for those who chose it (ranks 1 and 3), e-mail for ranks 1 and 2, the
		// webhook for all three
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.inApp).filteredOn((n) -> n.kind() == OfferNotice.Kind.OFFERED)
				.extracting(OfferNotice::patient)
				.containsExactlyInAnyOrder(ranked.get(0), ranked.get(2));
			assertThat(offerMails()).extracting(OfferFlowTests::recipient)
				.contains("first@example.com", "second@example.com");
			assertThat(webhook.calls()).filteredOn((call) -> offerIds.contains(UUID.fromString(call.get("offer"))))
				.hasSize(3);
		});
		assertThat(this.inApp).filteredOn((n) -> n.patient().equals(ranked.get(0)))
			.singleElement()
			.satisfies((notice) -> assertThat(notice.text()).contains("held for you until")
				.contains("15 minutes")
				.contains("2 other patients"));
		for (Map<String, String> call : webhook.calls()) {
			assertThat(call.get("signature"))
				.isEqualTo("sha256=" + hmac(call.get("timestamp") + "." + call.get("body")));
		}
		int mails = smtp.getReceivedMessages().length;

		// the cancellation again (a replayed publication): no second round, no second
		// message
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new BookingEvent.Cancelled(booked.id(), booked.patient(), booked.practitioner(),
					booked.location(), booked.visitType(), booked.start(), booked.end(), this.clock.instant())));
		Thread.sleep(500);
		assertThat(ranked.stream().mapToInt((p) -> this.respond.offersOf(p, 0, 10).size()).sum()).isEqualTo(3);
		assertThat(smtp.getReceivedMessages()).hasSize(mails);
		assertThat(webhook.calls()).filteredOn((call) -> offerIds.contains(UUID.fromString(call.get("offer"))))
			.hasSize(3);

		OfferDetails second = offers.get(1);
		OfferDetails accepted = done(this.respond.accept(second.patient(), second.id()));
		assertThat(accepted.status()).isEqualTo(OfferDetails.Status.ACCEPTED);
		assertThat(accepted.appointment()).isPresent();
		assertThat(problem(this.respond.accept(offers.get(0).patient(), offers.get(0).id())).code())
			.isEqualTo(WaitlistProblem.Code.OFFER_TAKEN);
		assertThat(this.respond.offersOf(offers.get(2).patient(), 0, 1).getFirst().status())
			.isEqualTo(OfferDetails.Status.WITHDRAWN);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.inApp).filteredOn((n) -> n.kind() == OfferNotice.Kind.WITHDRAWN).hasSize(2));
	}

	@Test
	void lapsedWindowsCascadeToTheFourthAndAnExhaustedListFreesTheSlot() {
		List<PatientId> ranked = waitingPatients();
		bookAndCancel();
		List<OfferDetails> offers = awaitOffers(ranked, 3);

		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.expiry.expireDue()).isPositive();
		assertThat(this.expiry.expireDue()).isZero();
		assertThat(this.respond.offersOf(offers.get(2).patient(), 0, 1).getFirst().status())
			.isEqualTo(OfferDetails.Status.EXPIRED);
		OfferDetails fourth = this.respond.offersOf(ranked.get(3), 0, 1).getFirst();
		assertThat(Duration.between(fourth.offeredAt(), fourth.deadline())).isEqualTo(Duration.ofMinutes(5));
		assertThat(problem(this.respond.accept(offers.get(2).patient(), offers.get(2).id())).code())
			.isEqualTo(WaitlistProblem.Code.OFFER_EXPIRED);

		done(this.respond.decline(offers.get(0).patient(), offers.get(0).id()));
		this.clock.advance(Duration.ofMinutes(20));
		this.expiry.expireDue();
		assertThat(publicSlots()).contains(this.start);
		assertThat(this.respond.offersOf(ranked.get(4), 0, 10)).isEmpty();
	}

	@Test
	void theOldSlotOfARescheduleIsOfferedOnce() {
		List<PatientId> ranked = waitingPatients();
		PatientId owner = new PatientId(UUID.randomUUID());
		AppointmentDetails booked = scheduled(
				this.book.bookWithoutHold(Requester.patient(owner), owner, new SlotRequest(this.clinic.practitioner(),
						this.clinic.location(), this.clinic.visitType(), this.start), Optional.empty()));
		scheduled(this.reschedule.rescheduleBooking(Requester.patient(owner), booked.id(),
				this.start.plus(Duration.ofHours(3))));
		List<OfferDetails> offers = awaitOffers(ranked, 3);
		assertThat(offers).allMatch((offer) -> offer.start().equals(this.start));
	}

	@Test
	void twoCandidatesAcceptingAtOnceMakeOneBooking() throws Exception {
		List<PatientId> ranked = waitingPatients();
		bookAndCancel();
		List<OfferDetails> offers = awaitOffers(ranked, 3);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Future<WaitlistOutcome<OfferDetails>>> answers = new ArrayList<>();
		for (OfferDetails offer : offers.subList(0, 2)) {
			answers.add(threads.submit(() -> {
				go.await();
				return this.respond.accept(offer.patient(), offer.id());
			}));
		}
		go.countDown();
		List<WaitlistOutcome<OfferDetails>> outcomes = new ArrayList<>();
		for (Future<WaitlistOutcome<OfferDetails>> answer : answers) {
			outcomes.add(answer.get());
		}
		threads.shutdown();
		assertThat(outcomes).filteredOn(WaitlistOutcome.Done.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(WaitlistOutcome.Refused.class::isInstance)
			.extracting((outcome) -> ((WaitlistOutcome.Refused<OfferDetails>) outcome).problem().code())
			.containsExactly(WaitlistProblem.Code.OFFER_TAKEN);
	}

	/**
	 * Six patients; the first four suit the slot in this rank order, the last two do not
	 * (wrong weekday, too short a notice).
	 */
	private List<PatientId> waitingPatients() {
		List<PatientId> patients = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			patients.add(new PatientId(UUID.randomUUID()));
		}
		DayOfWeek slotDay = day(2).getDayOfWeek();
		EntryId urgent = entry(joined(patients.get(0), prefs(List.of(this.clinic.practitioner()), Set.of(), List.of(),
				Duration.ZERO, Set.of(Channel.IN_APP, Channel.EMAIL), "first@example.com")));
		done(this.priority.setPriority(
				new Requester(UUID.randomUUID(), Requester.Standing.STAFF, Set.of(this.clinic.location())), urgent, 3));
		joined(patients.get(1), prefs(List.of(this.clinic.practitioner()), Set.of(), List.of(), Duration.ZERO,
				Set.of(Channel.EMAIL), "second@example.com"));
		joined(patients.get(2),
				prefs(List.of(), Set.of(), List.of(), Duration.ofHours(2), Set.of(Channel.IN_APP), null));
		joined(patients.get(3),
				prefs(List.of(), Set.of(slotDay), List.of(new TimeWindow(LocalTime.of(9, 0), LocalTime.of(11, 0))),
						Duration.ofHours(12), Set.of(Channel.IN_APP), null));
		joined(patients.get(4),
				prefs(List.of(), Set.of(slotDay.plus(1)), List.of(), Duration.ZERO, Set.of(Channel.IN_APP), null));
		joined(patients.get(5),
				prefs(List.of(), Set.of(), List.of(), Duration.ofDays(5), Set.of(Channel.IN_APP), null));
		patients.forEach((patient) -> this.watch.notices(patient).subscribe(this.inApp::add));
		return patients;
	}

	private Preferences prefs(List<io.slotwise.resources.PractitionerId> practitioners, Set<DayOfWeek> days,
			List<TimeWindow> windows, Duration notice, Set<Channel> channels, String email) {
		return new Preferences(this.clinic.visitType(), practitioners, List.of(this.clinic.location()), null, null,
				day(0), day(10), days, windows, notice, channels, email);
	}

	private WaitlistEntry joined(PatientId patient, Preferences wish) {
		return done(this.join.join(patient, wish));
	}

	private static EntryId entry(WaitlistEntry entry) {
		return entry.id();
	}

	private AppointmentDetails bookAndCancel() {
		PatientId owner = new PatientId(UUID.randomUUID());
		AppointmentDetails booked = scheduled(
				this.book.bookWithoutHold(Requester.patient(owner), owner, new SlotRequest(this.clinic.practitioner(),
						this.clinic.location(), this.clinic.visitType(), this.start), Optional.empty()));
		scheduled(this.cancel.cancelBooking(Requester.patient(owner), booked.id()));
		return booked;
	}

	private List<OfferDetails> awaitOffers(List<PatientId> ranked, int count) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> ranked.stream().filter((p) -> !this.respond.offersOf(p, 0, 1).isEmpty()).count() >= count);
		return ranked.stream()
			.flatMap((p) -> this.respond.offersOf(p, 0, 1).stream())
			.sorted(java.util.Comparator.comparingInt(OfferDetails::rank))
			.toList();
	}

	private List<Instant> publicSlots() {
		return scheduled(this.slots.availableSlots(new AvailabilityQuery(this.clinic.practitioner(),
				this.clinic.location(), this.clinic.visitType(), day(2), day(2))))
			.stream()
			.map(Slot::start)
			.toList();
	}

	private LocalDate day(int ahead) {
		return this.clock.instant().atZone(this.zone).toLocalDate().plusDays(ahead);
	}

	static <T> T done(WaitlistOutcome<T> outcome) {
		assertThat(outcome).isInstanceOf(WaitlistOutcome.Done.class);
		return ((WaitlistOutcome.Done<T>) outcome).value();
	}

	static WaitlistProblem problem(WaitlistOutcome<?> outcome) {
		assertThat(outcome).isInstanceOf(WaitlistOutcome.Refused.class);
		return ((WaitlistOutcome.Refused<?>) outcome).problem();
	}

	static <T> T scheduled(Outcome<T> outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Done.class);
		return ((Outcome.Done<T>) outcome).value();
	}

	/** The offer e-mails GreenMail received. */
	static List<MimeMessage> offerMails() {
		return java.util.Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
			try {
				return mail.getSubject().startsWith("An earlier appointment");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hmac(String payload) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
	}

}
