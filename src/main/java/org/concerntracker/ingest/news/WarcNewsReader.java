package org.concerntracker.ingest.news;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concerntracker.ingest.DocumentReader;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.Inputs;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads crawled news from WARC files ({@code .warc}, {@code .warc.gz}, as Common Crawl's CC-NEWS
 * writes them) with jwarc. Each {@code response} record holding a successful HTML page becomes one
 * article, extracted by {@link HtmlArticleExtractor}: its URL is the record's {@code
 * WARC-Target-URI}, its date the page's own publication date else the record's {@code WARC-Date},
 * its origin {@code <path>#<WARC-Record-ID>}. Other records (warcinfo, request, metadata, revisit,
 * non-HTML or non-2xx responses) are skipped and counted.
 *
 * <p>Bad records: an HTML response without article text, or whose HTTP message cannot be parsed, is
 * one reject and reading goes on; so is a payload refused by {@link PageChecks} (binary, XML entity
 * declarations). A page date that cannot be read, or undecodable bytes, keep the article and add a
 * reject saying so. A record whose WARC header is corrupt is one reject; the file is then searched
 * for the next record header ({@code WARC/1.}) after it and reading resumes there. When the data
 * itself stops (a truncated or corrupt gzip stream) the rest of the file is one reject.
 */
public final class WarcNewsReader implements DocumentReader {

  /** What one file held. */
  public record Counts(long records, long documents, long skipped, long rejects) {}

  /** Largest HTML payload read (16 MiB). */
  public static final int MAX_PAGE_BYTES = HtmlNewsReader.MAX_PAGE_BYTES;

  /** Corrupt records after which the rest of one file is given up. */
  static final int MAX_RESYNCS = 100;

  private static final int MAX_MESSAGE = 240;

  private static final byte[] RECORD_START = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  @Override
  public void read(InputFile input, RecordSink sink) throws IOException {
    readCounting(input, sink);
  }

  /** Reads {@code input} as {@link #read} does, and says what it found. */
  public Counts readCounting(InputFile input, RecordSink sink) throws IOException {
    Tally tally = new Tally(input, sink);
    long base = 0;
    int resyncs = 0;
    WarcReader reader;
    try {
      reader = open(Inputs.open(input));
    } catch (IOException | RuntimeException e) {
      tally.reject(null, "unreadable input: " + message(e), null);
      return new Counts(0, 0, 0, tally.rejects);
    }
    try {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          long failedAt = base + reader.position();
          boolean canResync = reader.compression() == WarcCompression.NONE;
          reader.close();
          Optional<Resumed> resumed;
          if (!canResync) {
            resumed = giveUp(failedAt, "unreadable", e, tally);
          } else if (resyncs++ >= MAX_RESYNCS) {
            resumed = giveUp(failedAt, "too many corrupt records", e, tally);
          } else {
            resumed = resume(input, failedAt, e, tally);
          }
          if (resumed.isEmpty()) {
            break;
          }
          base = resumed.get().offset();
          reader = open(resumed.get().stream());
          continue;
        }
        if (next.isEmpty()) {
          break;
        }
        tally.records++;
        record(next.get(), tally);
      }
    } finally {
      reader.close();
    }
    return new Counts(tally.records, tally.documents, tally.skipped, tally.rejects);
  }

  private static WarcReader open(InputStream in) throws IOException {
    WarcReader reader = new WarcReader(in);
    reader.setLenient(true);
    return reader;
  }

  private static void record(WarcRecord record, Tally tally) {
    if (!(record instanceof WarcResponse response)) {
      tally.skipped++;
      return;
    }
    String id = "record " + tally.records;
    String target = null;
    try {
      id = record.id().toString();
      target = response.target();
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        tally.skipped++;
        return;
      }
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      if (type.equals(MediaType.OCTET_STREAM) && response.identifiedPayloadType().isPresent()) {
        type = response.identifiedPayloadType().get();
      }
      if (http.status() < 200
          || http.status() > 299
          || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
        tally.skipped++;
        return;
      }
      byte[] html;
      try (InputStream body = http.bodyDecoded().stream()) {
        html = body.readNBytes(MAX_PAGE_BYTES + 1);
      }
      if (html.length > MAX_PAGE_BYTES) {
        tally.reject(id, "page larger than " + MAX_PAGE_BYTES + " bytes", target);
        return;
      }
      Optional<String> refused = PageChecks.refusal(html);
      if (refused.isPresent()) {
        tally.reject(id, refused.get(), target);
        return;
      }
      Optional<HtmlArticle> article = HtmlArticleExtractor.extract(html, charset(type), target);
      if (article.isEmpty()) {
        tally.reject(id, "no article text found", target + " | " + HtmlNewsReader.excerpt(html));
        return;
      }
      HtmlArticle a = article.get();
      LocalDate date = a.date() != null ? a.date() : warcDate(record);
      if (a.rawDate() != null && a.date() == null) {
        tally.reject(
            id,
            "unreadable date '"
                + a.rawDate()
                + "': "
                + (date != null ? "the crawl date (WARC-Date) is used" : "kept without a date"),
            target);
      }
      for (String warning : PageChecks.warnings(html, a, false)) {
        tally.reject(id, warning, target);
      }
      Document d = HtmlNewsReader.document(a, target, date, tally.input.path() + "#" + id);
      tally.document(d);
    } catch (IOException | RuntimeException e) {
      tally.reject(id, "unreadable HTTP response: " + message(e), target);
    }
  }

  /**
   * Opens the input again and finds the first record header after {@code failedAt}; one reject says
   * what was skipped.
   */
  private static Optional<Resumed> resume(
      InputFile input, long failedAt, Exception cause, Tally tally) {
    long from = failedAt + 1;
    try {
      InputStream in = new BufferedInputStream(Inputs.open(input), 1 << 16);
      if (!skip(in, from)) {
        in.close();
        tally.reject(
            "offset " + failedAt,
            "corrupt WARC record at byte " + failedAt + ": " + message(cause) + "; none follows",
            null);
        return Optional.empty();
      }
      long found = scan(in, from);
      if (found < 0) {
        in.close();
        tally.reject(
            "offset " + failedAt,
            "corrupt WARC record at byte " + failedAt + ": " + message(cause) + "; none follows",
            null);
        return Optional.empty();
      }
      tally.reject(
          "offset " + failedAt,
          "corrupt WARC record at byte "
              + failedAt
              + ": "
              + message(cause)
              + "; skipped to the next record at byte "
              + found,
          null);
      InputStream resumed =
          new SequenceInputStream(
              new ByteArrayInputStream(RECORD_START, 1, RECORD_START.length - 1), in);
      return Optional.of(new Resumed(resumed, found));
    } catch (IOException e) {
      return giveUp(failedAt, "unreadable", e, tally);
    }
  }

  /** Skips {@code n} bytes; false if the data ends first (a corrupt stream throws). */
  private static boolean skip(InputStream in, long n) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long left = n;
    while (left > 0) {
      int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (r < 0) {
        return false;
      }
      left -= r;
    }
    return true;
  }

  /** The offset of the next record header ("WARC/1." at the start of a line), or -1. */
  private static long scan(InputStream in, long from) throws IOException {
    long pos = from;
    int matched = 0;
    int b;
    while ((b = in.read()) != -1) {
      pos++;
      if (b == RECORD_START[matched]) {
        matched++;
        if (matched == RECORD_START.length) {
          return pos - RECORD_START.length + 1;
        }
      } else {
        matched = b == RECORD_START[0] ? 1 : 0;
      }
    }
    return -1;
  }

  private static Optional<Resumed> giveUp(long failedAt, String why, Exception cause, Tally tally) {
    tally.reject(
        "offset " + failedAt,
        "WARC file "
            + why
            + " from byte "
            + failedAt
            + " (truncated or corrupt?): "
            + message(cause)
            + "; rest of the file skipped",
        null);
    return Optional.empty();
  }

  /** The record's WARC-Date as a UTC calendar date, or null if it has none that reads. */
  private static LocalDate warcDate(WarcRecord record) {
    try {
      return record.date().atOffset(ZoneOffset.UTC).toLocalDate();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String charset(MediaType type) {
    String c = type.parameters().get("charset");
    try {
      return c != null && Charset.isSupported(c) ? c : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName()
        + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }

  /** A stream positioned at a record header, and that header's offset in the file. */
  private record Resumed(InputStream stream, long offset) {}

  /** The sink and counters of one file. */
  private static final class Tally {
    final InputFile input;
    final RecordSink sink;
    long records;
    long documents;
    long skipped;
    long rejects;

    Tally(InputFile input, RecordSink sink) {
      this.input = input;
      this.sink = sink;
    }

    void document(Document d) {
      documents++;
      sink.document(d);
    }

    void reject(String record, String reason, String excerpt) {
      rejects++;
      sink.reject(new Reject(input.path(), record, "ingest", reason, excerpt));
    }
  }
}
