package org.concerntracker.ingest.hansard;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concerntracker.ingest.DocumentReader;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.Inputs;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Reject;

/**
 * Reads ParlParse / TheyWorkForYou XML ({@code <publicwhip>}): Commons and Lords debates,
 * Westminster Hall, written answers ({@code <ques>}/{@code <reply>}) and written ministerial
 * statements, in the current form ({@code person_id="uk.org.publicwhip/person/N"}) and the legacy
 * one ({@code speakerid="uk.org.publicwhip/member/N"}, {@code speakeroffice}, an internal DTD of
 * HTML entities, ISO-8859-1).
 *
 * <p>Produces one document per {@code <speech>}, {@code <ques>} and {@code <reply>} (see {@link
 * ParlParseRecord}), titled by the {@code major-heading}/{@code minor-heading} above it; {@code
 * oral-heading} ("Oral Answers to Questions") is not a title, and divisions are not speeches.
 *
 * <p>Rejects: a record without an id, with an id already seen in the file, or without text is
 * rejected alone and reading goes on. A record with no readable date in its id or the file name is
 * kept without a date, and a reject row says so. A file that declares an external entity, is not
 * {@code <publicwhip>}, or stops being well-formed is one reject; documents read completely before
 * the fault are kept, and the reject says where reading stopped. Bytes the file's encoding cannot
 * decode cost only the records holding them ({@link Undecodable}).
 */
public final class ParlParseReader implements DocumentReader {

  static final String STAGE = "ingest";

  @Override
  public void read(InputFile input, RecordSink sink) throws IOException {
    Undecodable.Buffer first = new Undecodable.Buffer();
    Exception failure = readOnce(input, first, false);
    if (failure == null || !Undecodable.is(failure)) {
      first.replay(sink);
      return;
    }
    // Bytes the encoding cannot decode: read again with them replaced, rejecting only the
    // records that hold them (see Undecodable).
    sink.reject(Undecodable.fileReject(input, STAGE, failure));
    readOnce(input, Undecodable.rejectingReplaced(input, STAGE, sink), true);
  }

  /**
   * Reads the file once, passing documents and rejects to {@code sink}; returns the exception that
   * stopped it early (already reported to the sink as a reject), or null.
   */
  private static Exception readOnce(InputFile input, RecordSink sink, boolean replacing)
      throws IOException {
    try (InputStream in = open(input, sink)) {
      if (in == null) {
        return null;
      }
      XMLStreamReader xml;
      try {
        xml = replacing ? Undecodable.openReplacing(in) : SafeXml.open(in);
      } catch (XMLStreamException e) {
        sink.reject(new Reject(input.path(), null, STAGE, SafeXml.reason(e), null));
        return e;
      }
      Progress progress = new Progress();
      try {
        readRecords(input, xml, sink, progress);
        return null;
      } catch (XMLStreamException | RuntimeException e) {
        sink.reject(
            new Reject(
                input.path(),
                progress.current,
                STAGE,
                SafeXml.reason(e)
                    + (progress.kept > 0
                        ? "; the " + progress.kept + " documents read before it are kept"
                        : ""),
                progress.current == null ? null : "while reading " + progress.current));
        return e;
      } finally {
        closeQuietly(xml);
      }
    }
  }

  /**
   * The file's content, decompressed; null, after one reject, when it cannot be opened or is not in
   * the compression its name says (a ".bz2" that is not bzip2).
   */
  static InputStream open(InputFile input, RecordSink sink) {
    try {
      return Inputs.open(input);
    } catch (IOException e) {
      sink.reject(
          new Reject(
              input.path(), null, STAGE, "cannot open or decompress: " + e.getMessage(), null));
      return null;
    }
  }

  /** Where reading has got to, for a reject that says where it stopped. */
  private static final class Progress {
    String current;
    int kept;
  }

  private static void readRecords(
      InputFile input, XMLStreamReader xml, RecordSink sink, Progress progress)
      throws XMLStreamException {
    ParlParseRecord records = new ParlParseRecord(input);
    Headings headings = new Headings();
    Set<String> seen = new HashSet<>();
    boolean root = true;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        Optional<String> external = SafeXml.externalEntity(xml);
        if (external.isPresent()) {
          sink.reject(new Reject(input.path(), null, STAGE, external.get(), null));
          return;
        }
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = xml.getLocalName();
      if (root) {
        root = false;
        if (!name.equals("publicwhip")) {
          sink.reject(
              new Reject(
                  input.path(),
                  null,
                  STAGE,
                  "not ParlParse XML: root element <" + name + ">, expected <publicwhip>",
                  null));
          return;
        }
        continue;
      }
      switch (name) {
        case "major-heading" -> headings.major(MarkupFlattener.read(xml).joined());
        case "minor-heading" -> headings.minor(MarkupFlattener.read(xml).joined());
        case "speech", "ques", "reply" -> {
          progress.current = xml.getAttributeValue(null, "id");
          if (records.read(name, xml, headings, seen, sink)) {
            progress.kept++;
          }
          progress.current = null;
        }
        case "oral-heading", "division" -> skip(xml);
        default -> {}
      }
    }
  }

  /** Moves past the element the reader is on, ignoring its content. */
  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static void closeQuietly(XMLStreamReader xml) {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // already failed or finished; nothing more to report
    }
  }
}
