/**
 * The service's web side: sign-in, the pages managers upload their sheet on and follow the run, the JSON API, and
 * who may see which team.
 */
package com.skillgap.web;
