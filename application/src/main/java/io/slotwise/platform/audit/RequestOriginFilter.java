package io.slotwise.platform.audit;

import java.io.IOException;
import java.util.UUID;

import io.micrometer.context.ContextRegistry;
import io.slotwise.scheduling.audit.RequestOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens a {@link RequestOrigin} for every HTTP request: a server-chosen request id (also
 * sent back as {@code X-Request-Id}, so a patient's complaint can be matched to the audit
 * trail) and the client's address. GraphQL runs controllers on other (virtual) threads,
 * so the origin is registered for context propagation, like the security context.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestOriginFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	RequestOriginFilter() {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor("slotwise.request-origin", RequestOrigin.HOLDER::get,
					RequestOrigin.HOLDER::set, RequestOrigin.HOLDER::remove);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestOrigin origin = new RequestOrigin(UUID.randomUUID().toString(), request.getRemoteAddr());
		response.setHeader(HEADER, origin.requestId());
		RequestOrigin.HOLDER.set(origin);
		try {
			chain.doFilter(request, response);
		}
		finally {
			RequestOrigin.HOLDER.remove();
		}
	}

}
