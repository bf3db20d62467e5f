package io.slotwise.analytics.application;

import io.slotwise.analytics.domain.Pseudonyms;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the settings and the pseudonym key.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsSettings.class)
class AnalyticsConfiguration {

	@Bean
	Pseudonyms pseudonyms(AnalyticsSettings settings) {
		return new Pseudonyms(settings.key());
	}

}
