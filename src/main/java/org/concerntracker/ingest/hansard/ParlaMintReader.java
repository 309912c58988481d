package org.concerntracker.ingest.hansard;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concerntracker.ingest.Dates;
import org.concerntracker.ingest.DocumentReader;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.Inputs;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Reject;

/**
 * Reads a ParlaMint TEI sitting ({@code ParlaMint-GB_2022-07-21-commons.xml}, or its linguistically
 * annotated {@code .ana.xml}) with the {@code -meta.tsv} beside it ({@link ParlaMintMeta}).
 *
 * <p>Produces one document per {@code <u>} (see {@link ParlaMintUtterance}); the sitting's date and
 * house come from the TEI header ({@code <setting><date when>}, {@code <meeting
 * ana="#parla.lower">}), else the metadata, else the file name; the url is the Hansard record in
 * {@code <sourceDesc><bibl><idno type="URI">}. Without the metadata file the utterances are still
 * read, without speaker names or parties, and one reject says so.
 *
 * <p>Rejects: an utterance without an {@code xml:id}, with a repeated one or without text, alone; a
 * file that is not {@code <TEI>}, declares an external entity or is not well-formed, as one reject
 * (utterances read completely before the fault are kept). An unreadable or missing sitting date
 * keeps the utterances (without a date if none is readable) and adds one reject for the file. Bytes
 * the file's encoding cannot decode cost only the utterances holding them ({@link Undecodable}).
 */
public final class ParlaMintReader implements DocumentReader {

  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final Pattern FILE_DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern FILE_HOUSE = Pattern.compile("(?i)-(commons|lords)\\b");

  @Override
  public void read(InputFile input, RecordSink sink) throws IOException {
    Optional<ParlaMintMeta> found = ParlaMintMeta.besides(input, sink);
    if (found.isEmpty()) {
      sink.reject(
          new Reject(
              input.path(),
              null,
              ParlParseReader.STAGE,
              "ParlaMint metadata "
                  + ParlaMintMeta.siblingName(input.name())
                  + " not found beside the file: utterances are read without speaker names or"
                  + " parties",
              null));
    }
    ParlaMintMeta meta = found.orElse(ParlaMintMeta.none());
    Undecodable.Buffer first = new Undecodable.Buffer();
    Exception failure = readOnce(input, meta, first, false);
    if (failure == null || !Undecodable.is(failure)) {
      first.replay(sink);
      return;
    }
    // Bytes the encoding cannot decode: read again with them replaced, rejecting only the
    // utterances that hold them (see Undecodable).
    sink.reject(Undecodable.fileReject(input, ParlParseReader.STAGE, failure));
    readOnce(input, meta, Undecodable.rejectingReplaced(input, ParlParseReader.STAGE, sink), true);
  }

  /** The metadata file beside a sitting, plain or compressed. */
  @Override
  public java.util.List<String> companions(InputFile input) {
    String name = ParlaMintMeta.siblingName(input.name());
    return java.util.List.of(name, name + ".gz", name + ".bz2");
  }

  /**
   * Reads the sitting once; returns the exception that stopped it early (already reported to the
   * sink as a reject), or null.
   */
  private static Exception readOnce(
      InputFile input, ParlaMintMeta meta, RecordSink sink, boolean replacing) throws IOException {
    Sitting sitting = new Sitting(input, meta);
    try (InputStream in = ParlParseReader.open(input, sink)) {
      if (in == null) {
        return null;
      }
      XMLStreamReader xml;
      try {
        xml = replacing ? Undecodable.openReplacing(in) : SafeXml.open(in);
      } catch (XMLStreamException e) {
        sink.reject(new Reject(input.path(), null, ParlParseReader.STAGE, SafeXml.reason(e), null));
        return e;
      }
      String current = null;
      try {
        ParlaMintUtterance utterances = new ParlaMintUtterance(input, sitting);
        Deque<String> titles = new ArrayDeque<>();
        Deque<String> open = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        boolean root = true;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.DTD) {
            Optional<String> external = SafeXml.externalEntity(xml);
            if (external.isPresent()) {
              sink.reject(
                  new Reject(input.path(), null, ParlParseReader.STAGE, external.get(), null));
              return null;
            }
          }
          if (event == XMLStreamConstants.END_ELEMENT) {
            open.poll();
            if (xml.getLocalName().equals("div")) {
              titles.poll();
            }
          }
          if (event != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String name = xml.getLocalName();
          if (root) {
            root = false;
            if (!name.equals("TEI")) {
              sink.reject(
                  new Reject(
                      input.path(),
                      null,
                      ParlParseReader.STAGE,
                      "not a ParlaMint sitting: root element <" + name + ">, expected <TEI>",
                      null));
              return null;
            }
            continue;
          }
          String parent = open.peek();
          open.push(name);
          switch (name) {
            case "meeting" -> sitting.meeting(xml.getAttributeValue(null, "ana"));
            case "idno" -> {
              // sourceDesc/bibl/idno: the Hansard record the sitting was built from.
              if ("bibl".equals(parent) && "URI".equals(xml.getAttributeValue(null, "type"))) {
                sitting.source(xml.getElementText());
                open.pop();
              }
            }
            case "date" -> {
              // The sitting's date, not the corpus's publication date beside it.
              if ("setting".equals(parent) || "bibl".equals(parent)) {
                sitting.headerDate(xml.getAttributeValue(null, "when"));
              }
            }
            case "div" -> titles.push("");
            case "head" -> {
              String head = MarkupFlattener.read(xml).joined();
              open.pop();
              if (!titles.isEmpty()) {
                titles.pop();
                titles.push(head);
              }
            }
            case "u" -> {
              current = xml.getAttributeValue(XML_NS, "id");
              String title = titles.stream().filter(t -> !t.isEmpty()).findFirst().orElse(null);
              utterances.read(xml, title, seen, sink);
              open.pop();
              current = null;
            }
            default -> {}
          }
        }
        return null;
      } catch (XMLStreamException | RuntimeException e) {
        sink.reject(
            new Reject(
                input.path(),
                current,
                ParlParseReader.STAGE,
                SafeXml.reason(e),
                current == null ? null : "while reading " + current));
        return e;
      } finally {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // already failed or finished
        }
      }
    }
  }

  /** What the file says about the sitting as a whole. */
  static final class Sitting {
    final ParlaMintMeta meta;
    private final InputFile input;
    private LocalDate headerDate;
    private String badDate;
    private boolean reported;
    private String headerHouse;
    private String sourceUrl;

    Sitting(InputFile input, ParlaMintMeta meta) {
      this.input = input;
      this.meta = meta;
    }

    void meeting(String ana) {
      if (headerHouse == null && ana != null) {
        headerHouse =
            ana.contains("#parla.lower")
                ? "commons"
                : ana.contains("#parla.upper") ? "lords" : null;
      }
    }

    void source(String url) {
      if (sourceUrl == null && url != null && !url.isBlank()) {
        sourceUrl = url.strip();
      }
    }

    /** The Hansard record the sitting was built from ({@code sourceDesc/bibl/idno}), if named. */
    String url() {
      return sourceUrl;
    }

    void headerDate(String when) {
      if (headerDate == null && when != null && when.matches("\\d{4}-\\d{2}-\\d{2}")) {
        headerDate = Dates.parse(when).orElse(null);
        if (headerDate == null && badDate == null) {
          badDate = when;
        }
      }
    }

    /**
     * The header's date, else the utterance's metadata row, else the file name's; empty if none is
     * readable. The first time a date given is unreadable ({@code 2024-02-31}), or none is found,
     * one reject row for the file says so: the utterances are kept, without a date when none could
     * be read.
     */
    Optional<LocalDate> date(String utteranceId, RecordSink sink) {
      Optional<LocalDate> d = Optional.ofNullable(headerDate);
      if (d.isEmpty()) {
        Optional<String> fromMeta = meta.get(utteranceId, "Date");
        d = fromMeta.flatMap(Dates::parse);
        if (fromMeta.isPresent() && d.isEmpty() && badDate == null) {
          badDate = fromMeta.get();
        }
      }
      if (d.isEmpty()) {
        Matcher m = FILE_DATE.matcher(input.name());
        if (m.find()) {
          d = Dates.parse(m.group(1));
          if (d.isEmpty() && badDate == null) {
            badDate = m.group(1);
          }
        }
      }
      if (!reported && (d.isEmpty() || badDate != null)) {
        reported = true;
        String bad = badDate == null ? "" : "unreadable sitting date '" + badDate + "'";
        sink.reject(
            new Reject(
                input.path(),
                null,
                ParlParseReader.STAGE,
                d.isPresent()
                    ? bad + ": the next source's date (TEI header, metadata, file name) is used"
                    : (bad.isEmpty() ? "no sitting date" : bad)
                        + " in the TEI header, metadata or file name: utterances kept without a"
                        + " date",
                null));
      }
      return d;
    }

    /** The header's house, else the metadata's body, else the file name's. */
    String house(String utteranceId) {
      if (headerHouse != null) {
        return headerHouse;
      }
      Optional<String> body = meta.get(utteranceId, "Body");
      if (body.isPresent()) {
        return body.get().startsWith("Lower") ? "commons" : "lords";
      }
      Matcher m = FILE_HOUSE.matcher(Inputs.logicalName(input.name()));
      return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
  }
}
