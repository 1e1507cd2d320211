package com.skillgap.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit: {@code 413} with the limit in words, as problem JSON for the API and on the upload
 * page for people.
 */
@ConditionalOnWebApplication
@ControllerAdvice
class UploadTooLarge {

	private final DataSize limit;

	UploadTooLarge(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize limit) {
		this.limit = limit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		String message = "The file is larger than the limit of " + this.limit.toMegabytes()
				+ " MB: split the sheet into smaller files, one per team.";
		if (request.getRequestURI().startsWith("/api/")) {
			return ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, message);
		}
		ModelAndView page = new ModelAndView("upload-refused");
		page.addObject("message", message);
		page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		return page;
	}

}
