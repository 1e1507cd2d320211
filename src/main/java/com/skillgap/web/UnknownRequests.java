package com.skillgap.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request for an address that does not exist, or with a method it does not take: problem JSON under
 * {@code /api/}, the error page elsewhere.
 */
@ConditionalOnWebApplication
@ControllerAdvice
class UnknownRequests {

	@ExceptionHandler(NoResourceFoundException.class)
	Object notFound(HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "There is no such address: check it against the README's list.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object wrongMethod(HttpServletRequest request, HttpRequestMethodNotSupportedException ex) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED,
				"This address does not take " + ex.getMethod() + "; it takes " + String.join(", ",
						ex.getSupportedMethods() == null ? new String[0] : ex.getSupportedMethods()) + ".");
	}

	private static Object answer(HttpServletRequest request, HttpStatus status, String detail) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ApiProblems.problem(status, detail);
		}
		return PageProblems.page(status, null);
	}

}
