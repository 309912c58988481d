package org.concerntracker.ingest.hansard;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;

/**
 * Recovery from bytes an XML file's encoding cannot decode (a mis-encoded byte in a UTF-8 file). A
 * conforming parser stops at the first such byte, which would lose every record after it. The
 * Hansard readers therefore read a file once into a {@link Buffer}; if that read ends on
 * undecodable bytes they drop it and read again {@linkplain #openReplacing replacing} those bytes
 * with U+FFFD, and {@linkplain #rejectingReplaced reject} just the records that held them: one bad
 * byte costs one record, not the rest of the file. (The same rule as JSON Lines: a record with
 * bytes its encoding cannot decode is rejected, since replacement characters inside a name would
 * silently defeat member matching.)
 */
final class Undecodable {

  private static final char REPLACEMENT = '\uFFFD';
  private static final Pattern ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  private Undecodable() {}

  /** Whether a parse failed on bytes the file's encoding cannot decode. */
  static boolean is(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException) {
        return true;
      }
      if (t instanceof XMLStreamException x
          && x.getNestedException() instanceof CharConversionException) {
        return true;
      }
    }
    return false;
  }

  /** A pull parser that decodes {@code in} itself, replacing undecodable bytes with U+FFFD. */
  static XMLStreamReader openReplacing(InputStream in) throws IOException, XMLStreamException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(1024);
    byte[] head = b.readNBytes(1024);
    b.reset();
    if (head.length >= 3
        && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      b.skipNBytes(3);
    }
    Charset charset = declared(head);
    InputStreamReader reader =
        new InputStreamReader(
            b,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    return SafeXml.open(reader);
  }

  /** The encoding the XML declaration names, else UTF-8 (the XML default). */
  static Charset declared(byte[] head) {
    Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
    if (m.find()) {
      try {
        return Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** The file-level reject that says what happened and where. */
  static Reject fileReject(InputFile input, String stage, Exception cause) {
    return new Reject(
        input.path(),
        null,
        stage,
        SafeXml.reason(cause)
                .replaceFirst("^malformed XML", "bytes the file's encoding cannot decode")
            + "; the file was read again with such bytes replaced, and the records holding them"
            + " are rejected",
        null);
  }

  /** Passes documents on, except those holding a replaced byte, which become rejects. */
  static RecordSink rejectingReplaced(InputFile input, String stage, RecordSink sink) {
    return new RecordSink() {
      @Override
      public void document(Document d) {
        if (holds(d.text()) || holds(d.speaker()) || holds(d.docId())) {
          sink.reject(
              new Reject(
                  input.path(),
                  d.docId(),
                  stage,
                  "record holds bytes the file's encoding cannot decode (shown as U+FFFD):"
                      + " record rejected",
                  d.text()));
        } else {
          sink.document(d);
        }
      }

      @Override
      public void reject(Reject r) {
        sink.reject(r);
      }
    };
  }

  private static boolean holds(String s) {
    return s != null && s.indexOf(REPLACEMENT) >= 0;
  }

  /** Holds what a first read gave until the reader knows whether to keep it. */
  static final class Buffer implements RecordSink {
    private final List<Object> items = new ArrayList<>();

    @Override
    public void document(Document d) {
      items.add(d);
    }

    @Override
    public void reject(Reject r) {
      items.add(r);
    }

    void replay(RecordSink sink) {
      for (Object o : items) {
        if (o instanceof Document d) {
          sink.document(d);
        } else {
          sink.reject((Reject) o);
        }
      }
    }
  }
}
