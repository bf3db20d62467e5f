package io.slotwise.platform.graphql.limits;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL request bodies (query and variables) above the limit before anything
 * reads them: with 413 when the length is declared, and a body without a declared length
 * is refused too, since reading it would be the cost this limit exists to avoid.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

	private final int maxBytes;

	RequestBodyLimit(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		long length = request.getContentLengthLong();
		if (length < 0 || length > this.maxBytes) {
			response.setStatus((length < 0) ? HttpServletResponse.SC_LENGTH_REQUIRED
					: HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"A GraphQL request body (query and variables) may have at most "
						+ this.maxBytes + " bytes, with its length declared\",\"extensions\":{\"code\":\""
						+ ((length < 0) ? "LENGTH_REQUIRED" : "REQUEST_TOO_LARGE") + "\"}}]}");
			return;
		}
		chain.doFilter(request, response);
	}

}
