/**
 * Intake: reads team skill spreadsheets one row at a time and turns each row into a person or a clear data issue.
 */
package com.skillgap.intake;
