package org.concerntracker.ingest.hansard;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concerntracker.ingest.DocumentReader;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.Inputs;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.concerntracker.model.Source;

/**
 * Reads ParlParse / TheyWorkForYou debate XML ({@code <publicwhip>}): one document per {@code
 * <speech>}, titled by the headings above it, its paragraphs kept. The date and house come from the
 * speech id ({@code uk.org.publicwhip/debate/2023-03-28d.993.1} is the Commons on 2023-03-28).
 *
 * <p>External entities are never resolved; the JDK's entity-expansion limits apply.
 */
public final class ParlParseReader implements DocumentReader {

  private static final Pattern ID_DATE =
      Pattern.compile("uk\\.org\\.publicwhip/([a-z]+)/(\\d{4}-\\d{2}-\\d{2})");

  @Override
  public void read(InputFile input, RecordSink sink) throws IOException {
    try (InputStream in = Inputs.open(input)) {
      XMLStreamReader xml = factory().createXMLStreamReader(in);
      String major = null;
      String minor = null;
      try {
        while (xml.hasNext()) {
          if (xml.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          switch (xml.getLocalName()) {
            case "major-heading" -> {
              major = clean(xml.getElementText());
              minor = null;
            }
            case "minor-heading" -> minor = clean(xml.getElementText());
            case "speech" -> sink.document(speech(input, xml, title(major, minor)));
            default -> {}
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      sink.reject(
          new Reject(input.path(), null, "ingest", "malformed XML: " + e.getMessage(), null));
    }
  }

  private static Document speech(InputFile input, XMLStreamReader xml, String title)
      throws XMLStreamException {
    String id = xml.getAttributeValue(null, "id");
    String name = xml.getAttributeValue(null, "speakername");
    String ref = xml.getAttributeValue(null, "person_id");
    if (ref == null) {
      ref = xml.getAttributeValue(null, "speakerid");
    }
    String office = xml.getAttributeValue(null, "speakeroffice");
    String url = emptyToNull(xml.getAttributeValue(null, "url"));
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (xml.getLocalName().equals("p")) {
          flush(current, paragraphs);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (xml.getLocalName().equals("p")) {
          flush(current, paragraphs);
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        current.append(xml.getText());
      }
    }
    flush(current, paragraphs);
    Matcher m = ID_DATE.matcher(id == null ? "" : id);
    boolean dated = m.find();
    LocalDate date = dated ? LocalDate.parse(m.group(2)) : null;
    String house = dated ? house(m.group(1)) : null;
    return new Document(
        id,
        Source.HANSARD,
        date,
        title,
        url,
        url == null ? List.of() : List.of(url),
        input.path() + "#" + id,
        emptyToNull(name),
        emptyToNull(ref),
        emptyToNull(office),
        null,
        null,
        house,
        null,
        String.join(Document.PARAGRAPH_BREAK, paragraphs),
        null);
  }

  private static String house(String kind) {
    return switch (kind) {
      case "debate" -> "commons";
      case "westminhall" -> "westminster-hall";
      case "lords" -> "lords";
      case "wrans" -> "written-answers";
      case "wms" -> "written-statements";
      default -> kind;
    };
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String p = clean(current.toString());
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
    current.setLength(0);
  }

  private static String title(String major, String minor) {
    if (major == null) {
      return minor;
    }
    return minor == null ? major : major + " — " + minor;
  }

  static String clean(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    // Legacy files declare HTML entities in an internal DTD, so DTDs are read, but nothing
    // external.
    f.setProperty(XMLInputFactory.SUPPORT_DTD, true);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
