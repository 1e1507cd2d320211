package com.skillgap.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says where the service answers once its web server is up, so whoever started it knows where to go. */
@ConditionalOnWebApplication
@Component
class ServiceAddress implements ApplicationListener<WebServerInitializedEvent> {

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		System.out.println("Skillgap is running: open http://localhost:" + event.getWebServer().getPort()
				+ "/ to sign in and upload a sheet; the API is under /api.");
	}

}
