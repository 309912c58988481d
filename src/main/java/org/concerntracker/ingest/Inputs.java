package org.concerntracker.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Opening inputs: transparent {@code .gz} and {@code .bz2} decompression, and name handling. */
public final class Inputs {

  private Inputs() {}

  /** Opens the file's content, decompressed when its name ends in {@code .gz} or {@code .bz2}. */
  public static InputStream open(InputFile file) throws IOException {
    InputStream raw = new BufferedInputStream(file.openRaw(), 1 << 16);
    String name = file.name().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".gz")) {
        // Concatenated members (as written by some crawlers) are read as one stream.
        return new GzipCompressorInputStream(raw, true);
      }
      if (name.endsWith(".bz2")) {
        return new BZip2CompressorInputStream(raw, true);
      }
    } catch (IOException e) {
      raw.close();
      throw e;
    }
    return raw;
  }

  /** The file name without a compression suffix, lower-cased: {@code debates2023-03-28d.xml}. */
  public static String logicalName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      return n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".bz2")) {
      return n.substring(0, n.length() - 4);
    }
    return n;
  }
}
