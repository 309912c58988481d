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
        return new Decompressed(new GzipCompressorInputStream(raw, true), ".gz");
      }
      if (name.endsWith(".bz2")) {
        return new Decompressed(new BZip2CompressorInputStream(raw, true), ".bz2");
      }
    } catch (IOException e) {
      raw.close();
      throw e;
    }
    return raw;
  }

  /**
   * A decompressing stream whose failures are all {@link IOException}s. Corrupt bzip2 data makes
   * commons-compress throw {@link IllegalStateException} (and other runtime exceptions) from {@code
   * read}; readers treat I/O failures as "the rest of the file is unreadable", so that is what
   * corrupt data must look like. After the first failure every read fails the same way.
   */
  private static final class Decompressed extends java.io.FilterInputStream {
    private final String format;
    private IOException failed;

    Decompressed(InputStream in, String format) {
      super(in);
      this.format = format;
    }

    @Override
    public int read() throws IOException {
      check();
      try {
        return super.read();
      } catch (RuntimeException e) {
        throw fail(e);
      } catch (IOException e) {
        failed = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      check();
      try {
        return super.read(b, off, len);
      } catch (RuntimeException e) {
        throw fail(e);
      } catch (IOException e) {
        failed = e;
        throw e;
      }
    }

    @Override
    public long skip(long n) throws IOException {
      check();
      try {
        return super.skip(n);
      } catch (RuntimeException e) {
        throw fail(e);
      }
    }

    @Override
    public int available() throws IOException {
      check();
      try {
        return super.available();
      } catch (RuntimeException e) {
        throw fail(e);
      }
    }

    private void check() throws IOException {
      if (failed != null) {
        throw new IOException(failed.getMessage(), failed);
      }
    }

    private IOException fail(RuntimeException e) {
      failed = new IOException("corrupt " + format + " data (" + e + ")", e);
      return failed;
    }
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
