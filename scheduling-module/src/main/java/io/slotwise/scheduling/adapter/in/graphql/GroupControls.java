package io.slotwise.scheduling.adapter.in.graphql;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.GraphqlErrorException;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.adapter.in.graphql.UserErrors.UserError;
import io.slotwise.scheduling.group.Bundle;
import io.slotwise.scheduling.group.BundleOutcome;
import io.slotwise.scheduling.group.BundleQuery;
import io.slotwise.scheduling.group.CancelGroupBooking;
import io.slotwise.scheduling.group.ConfirmGroupBooking;
import io.slotwise.scheduling.group.FindBundles;
import io.slotwise.scheduling.group.GroupBookingDetails;
import io.slotwise.scheduling.group.GroupBookingId;
import io.slotwise.scheduling.group.GroupHoldDetails;
import io.slotwise.scheduling.group.HoldGroup;
import io.slotwise.scheduling.group.MemberRequest;
import io.slotwise.scheduling.group.MemberWish;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Group search and group booking. Who may act for whom is decided by the domain from the
 * caller's roles, locations and dependents (see {@link CallerArguments}).
 */
@Controller
class GroupControls {

	static final int DEFAULT_PAGE = 10;

	static final int MAX_PAGE = 50;

	private final FindBundles bundles;

	private final HoldGroup holdGroup;

	private final ConfirmGroupBooking confirm;

	private final CancelGroupBooking cancel;

	GroupControls(FindBundles bundles, HoldGroup holdGroup, ConfirmGroupBooking confirm, CancelGroupBooking cancel) {
		this.bundles = bundles;
		this.holdGroup = holdGroup;
		this.confirm = confirm;
		this.cancel = cancel;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('PATIENT', 'STAFF', 'ADMIN')")
	Window<Bundle> groupSlots(@Argument GroupSlotsInput input, ScrollSubrange subrange, Requester caller) {
		Page page = Page.of(subrange, DEFAULT_PAGE, MAX_PAGE);
		return switch (this.bundles.findBundles(caller, input.toQuery(), (int) page.offset(), page.size())) {
			case BundleOutcome.Found found ->
				page.window(found.options(), page.offset() + found.options().size() < found.total());
			case BundleOutcome.Refused refused -> throw raised(refused);
		};
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PATIENT', 'STAFF', 'ADMIN')")
	HoldGroupPayload holdGroup(@Argument HoldGroupInput input, Requester caller) {
		Outcome<GroupHoldDetails> outcome = this.holdGroup.holdGroup(caller,
				input.members().stream().map(GroupSlotInput::toRequest).toList());
		Instant blockedUntil = (outcome instanceof Outcome.Refused<GroupHoldDetails>(Problem problem))
				? problem.blockedUntil().orElse(null) : null;
		GroupHoldDetails hold = Payloads.value(outcome);
		return new HoldGroupPayload((hold != null) ? GroupHoldView.of(hold) : null, blockedUntil,
				UserErrors.of(outcome, Paths.INPUT));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PATIENT', 'STAFF', 'ADMIN')")
	GroupBookingPayload confirmGroupBooking(@Argument ConfirmGroupBookingInput input, Requester caller) {
		return GroupBookingPayload.of(this.confirm.confirmGroupBooking(caller, input.holdId(),
				Optional.ofNullable(input.idempotencyKey()).filter((key) -> !key.isBlank())));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PATIENT', 'STAFF', 'ADMIN')")
	GroupBookingPayload cancelGroupBooking(@Argument CancelGroupBookingInput input, Requester caller) {
		return GroupBookingPayload
			.of(this.cancel.cancelGroupBooking(caller, input.groupBookingId(), Optional.ofNullable(input.memberId())));
	}

	@SchemaMapping(typeName = "Bundle", field = "locationId")
	String locationId(Bundle bundle) {
		return bundle.location().value().toString();
	}

	@SchemaMapping(typeName = "Bundle", field = "slots")
	List<SlotView> slots(Bundle bundle) {
		return bundle.slots().stream().map(SlotView::of).toList();
	}

	@SchemaMapping(typeName = "Bundle", field = "scoreBreakdown")
	List<Bundle.Factor> scoreBreakdown(Bundle bundle) {
		return bundle.breakdown();
	}

	/** Like a search refusal, plus the earliest day with a bundle when there is one. */
	private static GraphqlErrorException raised(BundleOutcome.Refused refused) {
		GraphqlErrorException error = UserErrors.raised(refused.problem());
		if (refused.earliestDate().isEmpty()) {
			return error;
		}
		Map<String, Object> extensions = new HashMap<>(error.getExtensions());
		extensions.put("earliestDate", refused.earliestDate().get().toString());
		return GraphqlErrorException.newErrorException().message(error.getMessage()).extensions(extensions).build();
	}

	record GroupMemberInput(@Nullable PatientId patientId, VisitTypeId visitTypeId,
			@Nullable PractitionerId practitionerId) {
	}

	record GroupSlotsInput(List<GroupMemberInput> members, @Nullable LocationId locationId, @Nullable String zip,
			@Nullable Double radiusMiles, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable LocalTime earliestTime, @Nullable LocalTime latestTime, @Nullable List<DayOfWeek> weekdays) {

		BundleQuery toQuery() {
			return new BundleQuery(
					this.members.stream()
						.map((member) -> new MemberWish(member.patientId(), member.visitTypeId(),
								member.practitionerId()))
						.toList(),
					this.locationId, this.zip, this.radiusMiles, this.from, this.to, this.earliestTime, this.latestTime,
					(this.weekdays != null) ? Set.copyOf(this.weekdays) : Set.of());
		}

	}

	record GroupSlotInput(PatientId patientId, PractitionerId practitionerId, LocationId locationId,
			VisitTypeId visitTypeId, Instant start) {

		MemberRequest toRequest() {
			return new MemberRequest(this.patientId,
					new SlotRequest(this.practitionerId, this.locationId, this.visitTypeId, this.start));
		}

	}

	record HoldGroupInput(List<GroupSlotInput> members) {
	}

	record ConfirmGroupBookingInput(HoldId holdId, @Nullable String idempotencyKey) {
	}

	record CancelGroupBookingInput(GroupBookingId groupBookingId, @Nullable PatientId memberId) {
	}

	record SlotView(int member, @Nullable String patientId, String practitionerId, String visitTypeId, Instant start,
			Instant end) {

		static SlotView of(Bundle.MemberSlot slot) {
			return new SlotView(slot.member(), (slot.patient() != null) ? slot.patient().value().toString() : null,
					slot.practitioner().value().toString(), slot.visitType().value().toString(), slot.start(),
					slot.end());
		}

	}

	record GroupHoldMemberView(String patientId, String practitionerId, String visitTypeId, Instant start,
			Instant end) {
	}

	/**
	 * @param locationId every member's location (the schema's GroupHold.location)
	 */
	record GroupHoldView(String id, Instant expiresAt, List<GroupHoldMemberView> members, String locationId) {

		static GroupHoldView of(GroupHoldDetails hold) {
			return new GroupHoldView(hold.id().value().toString(), hold.expiresAt(),
					hold.members()
						.stream()
						.map((member) -> new GroupHoldMemberView(member.request().patient().value().toString(),
								member.request().slot().practitioner().value().toString(),
								member.request().slot().visitType().value().toString(), member.request().slot().start(),
								member.end()))
						.toList(),
					hold.members().getFirst().request().slot().location().value().toString());
		}

	}

	record HoldGroupPayload(@Nullable GroupHoldView hold, @Nullable Instant blockedUntil, List<UserError> errors) {
	}

	record GroupBookingView(String id, List<io.slotwise.scheduling.AppointmentDetails> appointments) {
	}

	record GroupBookingPayload(@Nullable GroupBookingView groupBooking, List<UserError> errors) {

		static GroupBookingPayload of(Outcome<GroupBookingDetails> outcome) {
			GroupBookingDetails group = Payloads.value(outcome);
			return new GroupBookingPayload(
					(group != null) ? new GroupBookingView(group.id().value().toString(), group.appointments()) : null,
					UserErrors.of(outcome, Paths.INPUT));
		}

	}

}
