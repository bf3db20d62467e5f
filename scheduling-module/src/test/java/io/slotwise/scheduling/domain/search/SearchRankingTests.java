package io.slotwise.scheduling.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SearchRankingTests {

	static final Instant NINE = Instant.parse("2026-12-01T14:00:00Z");

	@Test
	void higherScoreFirstThenEarlierSlotThenCloserThenIds() {
		UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
		UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
		SearchRanking.Key best = new SearchRanking.Key(90, Optional.of(NINE.plusSeconds(7200)), 8, b, a);
		SearchRanking.Key earlier = new SearchRanking.Key(80, Optional.of(NINE), 8, b, a);
		SearchRanking.Key closer = new SearchRanking.Key(80, Optional.of(NINE.plusSeconds(3600)), 1, b, a);
		SearchRanking.Key later = new SearchRanking.Key(80, Optional.of(NINE.plusSeconds(3600)), 2, b, a);
		SearchRanking.Key tieA = new SearchRanking.Key(70, Optional.empty(), 2, a, a);
		SearchRanking.Key tieB = new SearchRanking.Key(70, Optional.empty(), 2, b, a);
		List<SearchRanking.Key> keys = new ArrayList<>(List.of(tieB, later, closer, tieA, earlier, best));
		keys.sort(SearchRanking.ORDER);
		assertThat(keys).containsExactly(best, earlier, closer, later, tieA, tieB);
	}

}
