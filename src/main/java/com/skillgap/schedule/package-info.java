/**
 * The quarterly run: when it is due (a cron expression in a time zone), starting it exactly once per quarter — also
 * after downtime and with several instances on one database — and taking up runs cut off by a dying process.
 */
package com.skillgap.schedule;
