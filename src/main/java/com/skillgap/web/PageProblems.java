package com.skillgap.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page gets: whether the user is an admin (for the navigation), and the pages' refusals with the reason
 * the application gave and nothing else: no exception text of a library or the database ever reaches a page.
 */
@ConditionalOnWebApplication
@ControllerAdvice(assignableTypes = { PageController.class, SchedulePageController.class })
class PageProblems {

	private final TeamAccess access;

	PageProblems(TeamAccess access) {
		this.access = access;
	}

	/** Whether the signed-in user is an admin, for the navigation every page shows. */
	@ModelAttribute("admin")
	boolean admin(Authentication user) {
		return this.access.isAdmin(user);
	}

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView refused(ResponseStatusException ex) {
		return page(HttpStatus.valueOf(ex.getStatusCode().value()), ex.getReason());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND, "There is no such page: check the address.");
	}

	static ModelAndView page(HttpStatus status, String reason) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status.value());
		page.addObject("reason", reason);
		page.setStatus(status);
		return page;
	}

}
