/**
 * The gap analysis: pure functions from people's assessed levels and a matrix to fits, gaps and team coverage.
 */
package com.skillgap.analysis;
