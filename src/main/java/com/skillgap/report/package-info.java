/**
 * Reports: the per-team PDF and Excel gap reports and the run's {@code run-summary.json}, each written atomically.
 */
package com.skillgap.report;
