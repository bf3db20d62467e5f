package io.slotwise.platform.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;

/**
 * Leaves out the registry's "processing" update (issue 15, ADR 0030): Spring Modulith 2.1
 * writes each publication's row three times (stored, processing, completed), and the
 * middle write, one statement per listener and event, decides nothing here. A publication
 * is incomplete until its completion date is set, whatever its status, and that is all
 * the scheduled resubmission looks at ({@code completion_date is null}); no staleness
 * monitor reads the status. So at-least-once delivery is unchanged: a listener that dies
 * mid-way leaves its row "published" instead of "processing", and it is resubmitted as
 * before.
 */
@Component
class CompletionOnlyPublications implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (!(bean instanceof EventPublicationRepository repository)) {
			return bean;
		}
		return Proxy.newProxyInstance(EventPublicationRepository.class.getClassLoader(),
				new Class<?>[] { EventPublicationRepository.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("markProcessing")) {
						return null;
					}
					try {
						return method.invoke(repository, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
