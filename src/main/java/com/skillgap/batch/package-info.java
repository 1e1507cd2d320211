/**
 * The gap-analysis job (import, analyse, report, summarise) and the one-shot command that runs it.
 */
package com.skillgap.batch;
