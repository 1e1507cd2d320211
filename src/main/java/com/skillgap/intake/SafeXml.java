package com.skillgap.intake;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
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

	static XMLStreamReader open(InputStream input) throws XMLStreamException {
		return FACTORY.createXMLStreamReader(input);
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
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

}
