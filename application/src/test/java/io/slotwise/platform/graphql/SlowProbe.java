package io.slotwise.platform.graphql;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * A test-only field (schema in {@code graphql/probe/slow.graphqls}) that answers when the
 * test releases it: slower than the execution timeout by construction, not by sleeping a
 * guessed time.
 */
@Controller
class SlowProbe {

	static volatile CountDownLatch release = new CountDownLatch(0);

	@QueryMapping
	@PreAuthorize("permitAll()")
	String probeSlow() throws InterruptedException {
		release.await(5, TimeUnit.SECONDS);
		return "late";
	}

}
