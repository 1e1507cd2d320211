package com.skillgap.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way intake parses XML from an uploaded workbook: no DTDs, no external entities, no entity expansion. A part
 * that carries a DOCTYPE at all is refused by the cursors that read it.
 */
final class SafeXml {

	private static final XMLInputFactory FACTORY = newFactory();

	private SafeXml() {
	}

	/**
	 * Opens a part for reading. Excel and LibreOffice write UTF-8: such a part is decoded here, strictly, so that bad
	 * bytes fail as an exception instead of the JDK parser printing "[Fatal Error]" on standard error. A part that
	 * starts with a UTF-16 byte order mark is left to the parser.
	 */
	static XMLStreamReader open(InputStream input) throws XMLStreamException {
		BufferedInputStream buffered = new BufferedInputStream(input);
		try {
			buffered.mark(3);
			byte[] head = buffered.readNBytes(3);
			buffered.reset();
			if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
					|| (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
				return FACTORY.createXMLStreamReader(buffered);
			}
			if (head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
				buffered.skipNBytes(3);
			}
		}
		catch (IOException ex) {
			throw new XMLStreamException("the part cannot be read: " + ex.getMessage(), ex);
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return FACTORY.createXMLStreamReader(new InputStreamReader(buffered, utf8));
	}

	/**
	 * The text of the element whose start tag was just read, up to its end tag, appended to {@code text}. More than
	 * {@code maxLength} characters in all are refused as they arrive, before they are held.
	 */
	static void appendElementText(XMLStreamReader xml, StringBuilder text, int maxLength,
			Supplier<UnreadableFileException> tooLong) throws XMLStreamException, UnreadableFileException {
		int depth = 1;
		while (depth > 0 && xml.hasNext()) {
			switch (xml.next()) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (text.length() + xml.getTextLength() > maxLength) {
						throw tooLong.get();
					}
					text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
				}
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				default -> {
				}
			}
		}
	}

	/** A parse failure in one line a person can read: where it is and what is wrong, without the parser's layout. */
	static String describe(XMLStreamException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				return "it holds bytes that are not UTF-8 text";
			}
		}
		String message = ex.getNestedException() != null && ex.getNestedException().getMessage() != null
				? ex.getNestedException().getMessage() : String.valueOf(ex.getMessage());
		int detail = message.indexOf("Message: ");
		message = (detail >= 0 ? message.substring(detail + "Message: ".length()) : message).strip()
			.replaceAll("\\s+", " ");
		Location location = ex.getLocation();
		return location == null || location.getLineNumber() < 1 ? message
				: "line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": " + message;
	}

	/** Why a part with a document type declaration is refused. */
	static UnreadableFileException doctypeRefused(String part) {
		return new UnreadableFileException(part + " contains an XML document type declaration (DOCTYPE), which Excel "
				+ "never writes and which can be used to attack a server; the file was not read: "
				+ "open it in Excel or LibreOffice and save it again as .xlsx");
	}

	private static XMLInputFactory newFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		// Text arrives in pieces, so a huge cell is refused before it is held whole.
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

}
