package io.slotwise.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.search.SearchOutcome;
import org.junit.jupiter.api.Test;

/**
 * The search bulkhead with real threads: searches beyond its permits are answered
 * SEARCH_BUSY instead of queueing for database connections, and a permit comes back when
 * a search ends, whatever its outcome.
 */
class SearchBulkheadTests {

	@Test
	void searchesBeyondThePermitsAreTurnedAwayAndPermitsComeBack() throws Exception {
		SearchBulkhead bulkhead = new SearchBulkhead(2, Duration.ZERO);
		// two threads of its own: the common pool may have only one on a two-core machine
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch running = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		List<CompletableFuture<SearchOutcome>> slow = List.of(1, 2)
			.stream()
			.map((i) -> CompletableFuture.supplyAsync(() -> bulkhead.run(() -> {
				running.countDown();
				await(release);
				return new SearchOutcome.Found(List.of(), 0);
			}), threads))
			.toList();
		assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
		SearchOutcome third = bulkhead.run(() -> new SearchOutcome.Found(List.of(), 0));
		assertThat(third).isInstanceOfSatisfying(SearchOutcome.Refused.class,
				(refused) -> assertThat(refused.problem().code()).isEqualTo(Problem.Code.SEARCH_BUSY));
		release.countDown();
		slow.forEach(CompletableFuture::join);
		threads.shutdown();
		assertThat(bulkhead.run(() -> new SearchOutcome.Found(List.of(), 0))).isInstanceOf(SearchOutcome.Found.class);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
