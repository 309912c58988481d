package org.concerntracker.ingest.news;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concerntracker.ingest.Dates;
import org.concerntracker.ingest.DocIds;
import org.concerntracker.ingest.DocumentReader;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.Inputs;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.concerntracker.model.Source;

/**
 * Reads news as JSON Lines: one article object per line, with the contract's fields and their
 * common aliases ({@code published}/{@code date}/{@code datePublished}, {@code body}/{@code
 * content}/{@code text}, {@code source}/{@code publisher}/{@code outlet}, {@code author}/{@code
 * byline}). A line that is not a JSON object, or has no text, becomes a reject; the next line is
 * read regardless.
 */
public final class JsonLinesNewsReader implements DocumentReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void read(InputFile input, RecordSink sink) throws IOException {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(Inputs.open(input), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String record = "line " + number;
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          sink.reject(reject(input, record, "not valid JSON: " + firstLine(e.getMessage()), line));
          continue;
        }
        if (node == null || !node.isObject()) {
          sink.reject(reject(input, record, "not a JSON object", line));
          continue;
        }
        article(input, record, node, line, sink);
      }
    }
  }

  private static void article(
      InputFile input, String record, JsonNode node, String line, RecordSink sink) {
    String text = first(node, "text", "body", "content", "articleBody");
    if (text == null || text.isBlank()) {
      sink.reject(reject(input, record, "article has no text", line));
      return;
    }
    String url = first(node, "url", "link");
    String id = first(node, "id", "doc_id");
    if (id == null) {
      id = url != null ? DocIds.forUrl(url) : DocIds.forContent(first(node, "title"), text);
    }
    String rawDate = first(node, "date", "published", "datePublished", "published_at");
    Optional<LocalDate> date = Dates.parse(rawDate);
    if (rawDate != null && !rawDate.isBlank() && date.isEmpty()) {
      sink.reject(
          reject(
              input,
              record,
              "unreadable date '" + rawDate + "': article kept without a date",
              line));
    }
    sink.document(
        new Document(
            id,
            Source.NEWS,
            date.orElse(null),
            first(node, "title", "headline"),
            url,
            url == null ? List.of() : List.of(url),
            input.path() + "#" + record,
            first(node, "author", "byline"),
            null,
            null,
            null,
            null,
            null,
            first(node, "publisher", "source", "outlet"),
            paragraphs(text),
            null));
  }

  /** Normalises line breaks: a blank line separates paragraphs, single breaks become spaces. */
  static String paragraphs(String text) {
    String[] parts = text.replace("\r\n", "\n").split("\\n\\s*\\n");
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      String p = part.replaceAll("\\s+", " ").strip();
      if (!p.isEmpty()) {
        if (out.length() > 0) {
          out.append(Document.PARAGRAPH_BREAK);
        }
        out.append(p);
      }
    }
    return out.toString();
  }

  private static String first(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
      if (v != null && v.isArray() && !v.isEmpty() && v.get(0).isTextual()) {
        return v.get(0).asText().strip();
      }
    }
    return null;
  }

  private static Reject reject(InputFile input, String record, String reason, String line) {
    return new Reject(input.path(), record, "ingest", reason, line);
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
