package com.skillgap.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import com.skillgap.store.UploadLog;

/**
 * When the service starts, an upload still queued or running was cut off by the service stopping: it is marked
 * failed with a reason to upload again, so no run page waits for it forever. (The sheet itself is kept.)
 */
@ConditionalOnWebApplication
@Component
class UnfinishedUploads implements ApplicationListener<ApplicationReadyEvent> {

	static final String REASON = "The service stopped before this run finished: upload the sheet again.";

	private static final Logger logger = LoggerFactory.getLogger(UnfinishedUploads.class);

	private final UploadLog uploads;

	UnfinishedUploads(UploadLog uploads) {
		this.uploads = uploads;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		int abandoned = this.uploads.abandonUnfinished(REASON);
		if (abandoned > 0) {
			logger.warn("{} upload runs were cut off when the service stopped; they are marked failed", abandoned);
		}
	}

}
