package com.skillgap.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.skillgap.RunsAsService;
import com.skillgap.batch.LiveInstances;
import com.skillgap.store.UploadLog;

/**
 * Uploads queued in a process that died before their runs began (killed, crashed, stopped with a queue) are taken up
 * by this one — at start-up and every half minute — and run: no upload waits forever, none runs twice. (A run that
 * had begun is taken up by the schedule's recovery of cut-off runs.)
 */
@RunsAsService
@Component
class UnfinishedUploads {

	private static final Logger logger = LoggerFactory.getLogger(UnfinishedUploads.class);

	private final UploadLog uploads;

	private final UploadService service;

	private final LiveInstances instances;

	UnfinishedUploads(UploadLog uploads, UploadService service, LiveInstances instances) {
		this.uploads = uploads;
		this.service = service;
		this.instances = instances;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		takeUpQueuedUploads();
	}

	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
	void takeUpQueuedUploads() {
		this.uploads.queued().forEach((upload, instance) -> {
			if (!this.instances.isAlive(instance) && this.uploads.takeOver(upload.id(), instance, this.instances.self())) {
				logger.warn("Upload {} was queued when its process stopped; it is run now", upload.id());
				this.service.submit(upload);
			}
		});
	}

}
