package io.slotwise.scheduling.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.slotwise.scheduling.domain.TimeRange;
import org.junit.jupiter.api.Test;

class BusyTimesTests {

	private static final Duration BUFFER = Duration.ofMinutes(15);

	@Test
	void theBufferBlocksAQuarterHourOnEachSideAndTouchingEdgesAreFree() {
		BusyTimes meeting = new BusyTimes(List.of(range("10:00", "11:00")), BUFFER);
		assertThat(meeting.blocked()).containsExactly(range("09:45", "11:15"));
		assertThat(meeting.blocks(range("09:15", "09:45"))).isFalse();
		assertThat(meeting.blocks(range("09:30", "10:00"))).isTrue();
		assertThat(meeting.blocks(range("11:00", "11:30"))).isTrue();
		assertThat(meeting.blocks(range("11:15", "11:45"))).isFalse();
	}

	@Test
	void overlappingWidenedIntervalsOfSeveralCalendarsMerge() {
		BusyTimes work = new BusyTimes(List.of(range("10:00", "11:00"), range("11:20", "12:00")), BUFFER);
		BusyTimes hospital = new BusyTimes(List.of(range("14:00", "15:00")), Duration.ZERO);
		assertThat(BusyTimes.blockedByAll(List.of(work, hospital))).containsExactly(range("09:45", "12:15"),
				range("14:00", "15:00"));
	}

	private static TimeRange range(String from, String to) {
		return new TimeRange(Instant.parse("2026-11-02T" + from + ":00Z"), Instant.parse("2026-11-02T" + to + ":00Z"));
	}

}
