package com.skillgap.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** The API's errors as {@code application/problem+json}, each with a message a person understands. */
@ConditionalOnWebApplication
@RestControllerAdvice(assignableTypes = ApiController.class)
class ApiProblems {

	@ExceptionHandler(UploadRefused.class)
	ResponseEntity<ProblemDetail> refused(UploadRefused refused) {
		return problem(refused.status(), refused.getMessage());
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> status(ResponseStatusException ex) {
		return problem(HttpStatus.valueOf(ex.getStatusCode().value()), ex.getReason());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> notFound() {
		return problem(HttpStatus.NOT_FOUND, "There is no such run, team or quarter: check the address.");
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
