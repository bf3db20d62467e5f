package io.slotwise.waitlist.application;

import io.slotwise.waitlist.domain.FlexibilityScoring;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Binds the settings; scheduling is enabled for the expiry cascade and delivery retries.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WaitlistSettings.class)
@EnableScheduling
class WaitlistConfiguration {

	@Bean
	FlexibilityScoring flexibilityScoring(WaitlistSettings settings) {
		return new FlexibilityScoring(settings.weights().toScoreWeights());
	}

}
