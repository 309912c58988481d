package org.concerntracker.ingest.news;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concerntracker.ingest.Dates;
import org.concerntracker.ingest.DocumentReader;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.Inputs;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Reject;

/**
 * Reads news as JSON Lines: one article object per line, with the contract's fields and their
 * common aliases:
 *
 * <ul>
 *   <li>id: {@code id}, {@code doc_id} (else a hash of the URL);
 *   <li>date: {@code date}, {@code published}, {@code datePublished}, {@code published_at}, {@code
 *       publishedAt}, {@code pubDate} (text, or epoch seconds or milliseconds);
 *   <li>text: {@code text}, {@code body}, {@code content}, {@code articleBody} (a string, or an
 *       array of paragraphs); when all are missing or blank, {@code description}/{@code summary}
 *       stands in and a reject says so;
 *   <li>publisher: {@code publisher}, {@code source}, {@code outlet}, {@code site_name} (a string
 *       or an object with a {@code name});
 *   <li>byline: {@code author}, {@code byline}, {@code authors} (string, object or array);
 *   <li>title: {@code title}, {@code headline}; URL: {@code url}, {@code link}.
 * </ul>
 *
 * <p>Bad input never stops the file: each line that is not a JSON object, is broken JSON, is longer
 * than {@link #MAX_LINE_BYTES}, is not valid UTF-8 or has no text becomes one reject and the next
 * line is read. Invalid UTF-8 rejects the line rather than replacing the bytes: JSON Lines is UTF-8
 * by definition, so such a line comes from a mis-encoded export, and replacement characters inside
 * names would silently defeat member matching; the reject keeps the line (decoded with
 * replacements) for finding it again. A date that cannot be read (31/02/2024) keeps the article
 * with a null date and adds a reject explaining it: such articles are left out of monthly
 * aggregates.
 */
public final class JsonLinesNewsReader implements DocumentReader {

  /**
   * Longest line read (16 MiB, as for an HTML page): the longest real article seen is about 70 KB,
   * but feeds that embed the page's HTML in a field reach megabytes, and such a record is good.
   */
  public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  /** Bytes examined for binary content at the start of a file. */
  private static final int BINARY_CHECK = 1 << 13;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Override
  public void read(InputFile input, RecordSink sink) throws IOException {
    InputStream in;
    try {
      // A small buffer: when a gzip stream is cut short, the lines decoded in the failing read
      // are lost with it, so at most 8 KB of text before the cut goes unread.
      in = new BufferedInputStream(Inputs.open(input), 1 << 13);
    } catch (IOException e) {
      sink.reject(new Reject(input.path(), null, "ingest", "unreadable input: " + e, null));
      return;
    }
    Optional<String> binary = binary(in);
    if (binary.isPresent()) {
      in.close();
      sink.reject(reject(input, null, binary.get(), null));
      return;
    }
    long lastLine = 0;
    try (in) {
      ByteLines lines = new ByteLines(in, MAX_LINE_BYTES);
      ByteLines.Line line;
      while ((line = lines.next()) != null) {
        lastLine = line.number();
        readLine(input, line, sink);
      }
    } catch (IOException e) {
      sink.reject(
          reject(
              input,
              "line " + (lastLine + 1),
              "input unreadable after line "
                  + lastLine
                  + " (truncated or corrupt?): "
                  + e
                  + "; rest of the file skipped",
              null));
    }
  }

  /**
   * Whether the file starts like a binary file (or UTF-16 text): NUL bytes never occur in UTF-8
   * JSON. Such a file is one reject rather than a reject per "line" of noise.
   */
  private static Optional<String> binary(InputStream in) {
    try {
      in.mark(BINARY_CHECK);
      byte[] head = in.readNBytes(BINARY_CHECK);
      in.reset();
      for (int i = 0; i < head.length; i++) {
        if (head[i] == 0) {
          return Optional.of(
              "binary content (or UTF-16), not JSON Lines: NUL byte at offset "
                  + i
                  + "; file skipped");
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      // Unreadable from the start: the line reader reports it.
      try {
        in.reset();
      } catch (IOException again) {
        // nothing more to do; reading will fail and be reported
      }
      return Optional.empty();
    }
  }

  private static void readLine(InputFile input, ByteLines.Line line, RecordSink sink) {
    String record = "line " + line.number();
    if (line.tooLong()) {
      sink.reject(
          reject(
              input,
              record,
              "line of " + line.length() + " bytes is longer than the limit of " + MAX_LINE_BYTES,
              lenient(line.bytes())));
      return;
    }
    Decoded decoded = decodeUtf8(line.bytes());
    if (decoded.text() == null) {
      sink.reject(
          reject(
              input,
              record,
              "not valid UTF-8 (undecodable byte at offset " + decoded.badOffset() + ")",
              lenient(line.bytes())));
      return;
    }
    String text = decoded.text();
    if (text.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      sink.reject(reject(input, record, "not valid JSON: " + e.getOriginalMessage(), text));
      return;
    }
    if (node == null || !node.isObject()) {
      String kind = node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
      sink.reject(reject(input, record, "not a JSON object but " + kind, text));
      return;
    }
    article(input, record, node, text, sink);
  }

  private static void article(
      InputFile input, String record, JsonNode node, String line, RecordSink sink) {
    String body = NewsText.fromPlainText(textOf(node, "text", "body", "content", "articleBody"));
    if (body.isEmpty()) {
      body = NewsText.fromPlainText(textOf(node, "description", "summary", "standfirst"));
      if (body.isEmpty()) {
        sink.reject(reject(input, record, "article has no text", line));
        return;
      }
      sink.reject(
          reject(input, record, "article has no body: kept with its description as text", line));
    }
    String rawDate =
        dateOf(
            node, "date", "published", "datePublished", "published_at", "publishedAt", "pubDate");
    Optional<LocalDate> date = Dates.parse(rawDate);
    if (rawDate != null && date.isEmpty()) {
      sink.reject(
          reject(
              input,
              record,
              "unreadable date '" + rawDate + "': article kept without a date",
              line));
    }
    sink.document(
        NewsArticles.article(
            stringOf(node, "id", "doc_id"),
            stringOf(node, "url", "link"),
            date.orElse(null),
            stringOf(node, "title", "headline"),
            namesOf(node, "author", "byline", "authors"),
            namesOf(node, "publisher", "source", "outlet", "site_name"),
            body,
            input.path() + "#" + record));
  }

  /** The first field that is a non-blank string (or number), as text. */
  private static String stringOf(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  /** A text field: a string, or an array of paragraph strings joined by blank lines. */
  private static String textOf(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v == null) {
        continue;
      }
      if (v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
      if (v.isArray()) {
        List<String> parts = new ArrayList<>();
        v.forEach(p -> parts.add(p.isTextual() ? p.asText() : ""));
        String joined = String.join("\n\n", parts);
        if (!joined.isBlank()) {
          return joined;
        }
      }
    }
    return null;
  }

  /** A name field: a string, an object with {@code name}, or an array of either, joined. */
  private static String namesOf(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v == null) {
        continue;
      }
      List<String> found = new ArrayList<>();
      for (JsonNode item : v.isArray() ? v : List.of(v)) {
        JsonNode name = item.isObject() ? item.get("name") : item;
        if (name != null && name.isTextual() && !name.asText().isBlank()) {
          found.add(name.asText().strip());
        }
      }
      if (!found.isEmpty()) {
        return String.join(", ", found);
      }
    }
    return null;
  }

  /** A date field as text; epoch seconds or milliseconds become an ISO date (UTC). */
  private static String dateOf(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && v.isIntegralNumber()) {
        long t = v.asLong();
        Instant i =
            Math.abs(t) < 100_000_000_000L ? Instant.ofEpochSecond(t) : Instant.ofEpochMilli(t);
        return i.atOffset(ZoneOffset.UTC).toLocalDate().toString();
      }
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  /** A line decoded as strict UTF-8: the text, or null and the offset of the first bad byte. */
  private record Decoded(String text, int badOffset) {}

  private static Decoded decodeUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return new Decoded(decoder.decode(in).toString(), -1);
    } catch (CharacterCodingException e) {
      return new Decoded(null, in.position());
    }
  }

  private static String lenient(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Reject reject(InputFile input, String record, String reason, String excerpt) {
    return new Reject(input.path(), record, "ingest", reason, excerpt);
  }
}
