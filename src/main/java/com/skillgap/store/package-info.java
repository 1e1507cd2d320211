/**
 * Storage in HSQLDB: what each run read (staging) and each team's analysed quarters (history), in portable SQL.
 */
package com.skillgap.store;
