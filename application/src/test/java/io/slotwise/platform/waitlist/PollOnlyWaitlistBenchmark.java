package io.slotwise.platform.waitlist;

import org.junit.jupiter.api.Tag;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link WaitlistBenchmark} as the waitlist delivered before delivery on commit: the
 * outbox drained only by its poll every 200 ms. Run beside it for a before/after on the
 * same machine and load. Not part of the build.
 */
@Tag("benchmark")
@TestPropertySource(
		properties = { "slotwise.waitlist.deliver-on-commit=false", "slotwise.waitlist.delivery-scan-interval=PT0.2S" })
class PollOnlyWaitlistBenchmark extends WaitlistBenchmark {

}
