package org.concerntracker.ingest.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so that each line can be decoded (and
 * rejected) on its own, and so that one huge line cannot exhaust memory: past {@code maxBytes} a
 * line's bytes are counted and skipped, only its head kept for the reject's excerpt.
 */
final class ByteLines {

  /** One line: its 1-based number, its bytes (the head only, when too long) and full length. */
  record Line(long number, byte[] bytes, long length, boolean tooLong) {}

  private static final int HEAD = 1024;

  private final InputStream in;
  private final int maxBytes;
  private long number;
  private boolean atStart = true;

  ByteLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line (without its {@code \n} or {@code \r\n}), or null at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    long length = 0;
    int b;
    boolean any = false;
    while ((b = in.read()) != -1) {
      any = true;
      if (b == '\n') {
        break;
      }
      if (length < maxBytes || length < HEAD) {
        buf.write(b);
      }
      length++;
    }
    if (!any) {
      return null;
    }
    number++;
    byte[] bytes = buf.toByteArray();
    if (atStart) {
      atStart = false;
      if (bytes.length >= 3
          && (bytes[0] & 0xff) == 0xef
          && (bytes[1] & 0xff) == 0xbb
          && (bytes[2] & 0xff) == 0xbf) {
        bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
        length -= 3;
      }
    }
    if (length > maxBytes) {
      return new Line(number, Arrays.copyOf(bytes, Math.min(bytes.length, HEAD)), length, true);
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
      length--;
    }
    return new Line(number, bytes, length, false);
  }
}
