/**
 * The blank input template: a workbook with the current matrix's columns, drop-downs of the scale and a guide, which
 * intake reads without a single issue once it is filled in.
 */
package com.skillgap.template;
