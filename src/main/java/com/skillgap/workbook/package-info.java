/**
 * What every workbook Skillgap writes shares, whether a report or the blank input template: text that no spreadsheet
 * program can take for a formula.
 */
package com.skillgap.workbook;
