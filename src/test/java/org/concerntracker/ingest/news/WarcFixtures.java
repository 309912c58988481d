package org.concerntracker.ingest.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds WARC files in the shape of CC-NEWS with jwarc's writer: a warcinfo record, then per page a
 * request, a response and a metadata record. Record ids and dates are fixed, so the same input
 * gives the same bytes. Each record's start offset is kept, so tests can damage a chosen record.
 */
final class WarcFixtures {

  static final Instant CRAWLED = Instant.parse("2024-06-01T12:00:00Z");

  private final List<WarcRecord> records = new ArrayList<>();
  private int serial;

  WarcFixtures warcinfo(String filename) {
    records.add(
        new Warcinfo.Builder()
            .filename(filename)
            .fields(Map.of("software", List.of("concern-tracker test fixtures")))
            .recordId(nextId())
            .date(CRAWLED)
            .build());
    return this;
  }

  /** A request, a 200 text/html response holding {@code html}, and a metadata record. */
  WarcFixtures page(String url, byte[] html) throws IOException {
    return response(url, 200, "text/html; charset=utf-8", html, true);
  }

  WarcFixtures response(String url, int status, String contentType, byte[] body, boolean extras)
      throws IOException {
    URI uri = URI.create(url);
    UUID requestId = nextId();
    if (extras) {
      records.add(
          new WarcRequest.Builder(uri)
              .body(
                  new HttpRequest.Builder("GET", uri.getRawPath())
                      .addHeader("Host", uri.getHost())
                      .addHeader("User-Agent", "concern-tracker-tests")
                      .build())
              .recordId(requestId)
              .date(CRAWLED)
              .build());
    }
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .addHeader("Content-Type", contentType)
            .body(MediaType.parse(contentType), body)
            .build();
    records.add(
        new WarcResponse.Builder(uri)
            .body(http)
            .recordId(nextId())
            .date(CRAWLED)
            .concurrentTo(URI.create("urn:uuid:" + requestId))
            .build());
    if (extras) {
      records.add(
          new WarcMetadata.Builder()
              .targetURI(uri)
              .fields(Map.of("fetchTimeMs", List.of("120")))
              .recordId(nextId())
              .date(CRAWLED)
              .build());
    }
    return this;
  }

  /** A response record whose block is not an HTTP message at all. */
  WarcFixtures brokenHttp(String url) {
    records.add(
        new WarcResponse.Builder(URI.create(url))
            .body(
                MediaType.parse("application/http;msgtype=response"),
                "this is not an HTTP response\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
            .recordId(nextId())
            .date(CRAWLED)
            .build());
    return this;
  }

  /** The id the next record will get. */
  UUID nextIdPreview() {
    return UUID.nameUUIDFromBytes(("record-" + serial).getBytes(StandardCharsets.UTF_8));
  }

  private UUID nextId() {
    UUID id = nextIdPreview();
    serial++;
    return id;
  }

  /** The file's bytes, and where each record starts. */
  record Written(byte[] bytes, List<Long> offsets) {}

  Written write(WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    try (WarcWriter writer =
        new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      for (WarcRecord r : records) {
        offsets.add(writer.position());
        writer.write(r);
      }
    }
    return new Written(out.toByteArray(), offsets);
  }
}
