package com.skillgap.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The leaf parts of a received message, with their content types, file names and bytes. */
record MailedParts(List<Leaf> leaves) {

	record Leaf(String contentType, String fileName, byte[] bytes) {

		String text() {
			return new String(this.bytes, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

	static MailedParts of(Part message) throws MessagingException, IOException {
		List<Leaf> leaves = new ArrayList<>();
		collect(message, leaves);
		return new MailedParts(leaves);
	}

	private static void collect(Part part, List<Leaf> leaves) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				collect(child, leaves);
			}
			return;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (content instanceof String text) {
			bytes.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		else {
			try (InputStream in = part.getInputStream()) {
				in.transferTo(bytes);
			}
		}
		leaves.add(new Leaf(part.getContentType(), part.getFileName(), bytes.toByteArray()));
	}

	Leaf first(String contentType) {
		return this.leaves.stream()
			.filter(leaf -> leaf.contentType().toLowerCase().startsWith(contentType))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + contentType + " part in " + this.leaves));
	}

}
