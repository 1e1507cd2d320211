/**
 * Mailing each team's report to its managers over SMTP, or to the outbox folder when no server is configured, with
 * retries and a delivery log that mails a team, quarter and recipient only once.
 */
package com.skillgap.mail;
