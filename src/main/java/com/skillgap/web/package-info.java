/**
 * The service's web side: sign-in, the pages managers upload their sheet on and follow the run, the JSON API, and
 * who may see which team. Every bean here exists only when the application runs as the service: a one-shot run
 * ({@code --once}, {@code --template}) has no web server and none of them.
 */
package com.skillgap.web;
