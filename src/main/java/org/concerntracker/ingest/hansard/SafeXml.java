package org.concerntracker.ingest.hansard;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.EntityDeclaration;

/**
 * The one way Hansard readers open XML: the JDK's own StAX parser, never resolving anything outside
 * the file, with entity expansion bounded.
 *
 * <p>Legacy ParlParse files ({@code westminster2009-10-28a.xml}) declare HTML entities such as
 * {@code &nbsp;} in an internal DTD, so internal DTDs are read. External DTDs and external entities
 * are refused: the resolver throws instead of fetching, and {@link
 * #externalEntity(XMLStreamReader)} lets a reader reject a file that merely declares one (the JDK
 * parser would otherwise drop the reference silently). Expansion limits stop "billion laughs" and
 * quadratic blow-up: no legacy file comes near them (the 2009 file expands 230 entities).
 */
final class SafeXml {

  /** Entity references expanded per document; a billion-laughs file needs about 10^9. */
  static final int ENTITY_EXPANSION_LIMIT = 100_000;

  /** Characters one general entity may expand to. */
  static final int MAX_ENTITY_SIZE = 65_536;

  /** Characters all entity expansions of a document may add up to. */
  static final int TOTAL_ENTITY_SIZE = 4_000_000;

  private static final String JDK = "http://www.oracle.com/xml/jaxp/properties/";

  private SafeXml() {}

  /** A pull parser over {@code in}; the encoding comes from the XML declaration. */
  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    return factory().createXMLStreamReader(in);
  }

  /** A pull parser over characters already decoded (see {@link Undecodable}). */
  static XMLStreamReader open(java.io.Reader in) throws XMLStreamException {
    return factory().createXMLStreamReader(in);
  }

  private static XMLInputFactory factory() {
    // newDefaultFactory: the JDK's parser even when Woodstox (from Hadoop) is on the class path,
    // so the limits below are understood.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, true);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(JDK + "entityExpansionLimit", String.valueOf(ENTITY_EXPANSION_LIMIT));
    f.setProperty(JDK + "maxGeneralEntitySizeLimit", String.valueOf(MAX_ENTITY_SIZE));
    f.setProperty(JDK + "totalEntitySizeLimit", String.valueOf(TOTAL_ENTITY_SIZE));
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException(
              "external DTD or entity '" + systemId + "' refused (never fetched)");
        });
    return f;
  }

  /**
   * At a DTD event: the first entity the DTD declares as external ({@code SYSTEM} or {@code
   * PUBLIC}), described for a reject reason; empty if there is none.
   */
  static Optional<String> externalEntity(XMLStreamReader xml) {
    Object declared = xml.getProperty("javax.xml.stream.entities");
    if (declared instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof EntityDeclaration e
            && (e.getSystemId() != null || e.getPublicId() != null)) {
          return Optional.of(
              "external entity '"
                  + e.getName()
                  + "' declared ("
                  + (e.getSystemId() != null ? "SYSTEM " + e.getSystemId() : "PUBLIC")
                  + "); external entities are never resolved, so the file is not read");
        }
      }
    }
    return Optional.empty();
  }

  /** A one-line reason for a parse failure: where it happened and what the parser said. */
  static String reason(Exception e) {
    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
    int at = msg.indexOf("Message: ");
    msg = (at >= 0 ? msg.substring(at + "Message: ".length()) : msg).strip().replaceAll("\\.$", "");
    Location loc = e instanceof XMLStreamException x ? x.getLocation() : null;
    String where =
        loc == null ? "" : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
    String what =
        msg.contains("JAXP0001")
            ? "XML entity expansion limit exceeded"
            : msg.contains("refused (never fetched)") ? "unsafe XML" : "malformed XML";
    return what + where + ": " + msg;
  }
}
