package com.skillgap.mail;

import java.nio.file.Path;
import java.util.List;

/**
 * One team's quarterly message, the same for each of its managers.
 *
 * @param attachments the PDF first, then the workbook when it is attached too
 */
public record ReportMail(String teamId, String quarter, String subject, String text, String html,
		List<Path> attachments) {

	public ReportMail {
		attachments = List.copyOf(attachments);
	}

}
