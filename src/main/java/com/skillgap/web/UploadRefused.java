package com.skillgap.web;

import org.springframework.http.HttpStatus;

/** An upload that is not accepted, with the status to answer and a reason a person understands. */
class UploadRefused extends Exception {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;

	UploadRefused(HttpStatus status, String reason) {
		super(reason);
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

}
