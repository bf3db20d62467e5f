package io.slotwise.platform.infrastructure;

import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's Redisson client connects when it is first used, not when it is built
 * (ADR 0033): an instance restarted while Redis is down must start, serve what it can
 * from PostgreSQL, and take Redis up again by itself. Built eagerly, the client throws
 * from its constructor and the whole context fails. A call made before Redis ever
 * answered tries to connect then (Redisson's retry attempts and delay, a few seconds) and
 * fails like any Redis call that gets no answer; once connected, Redisson reconnects and
 * resubscribes after an outage as before.
 */
@Configuration(proxyBeanMethods = false)
class RedisOnDemand {

	@Bean
	RedissonAutoConfigurationCustomizer connectOnFirstUse() {
		return (config) -> config.setLazyInitialization(true);
	}

}
