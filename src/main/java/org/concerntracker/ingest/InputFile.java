package org.concerntracker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * One input file, wherever it lives (the local disk in tests, any Hadoop file system under Spark).
 * Readers see only this, so they stay free of Spark and Hadoop.
 */
public interface InputFile {

  /** The path as the user would recognise it; used in {@code origin} and {@code rejects.input}. */
  String path();

  /** The last path component, e.g. {@code debates2023-03-28d.xml.gz}. */
  String name();

  /** Size in bytes, or -1 if unknown. */
  long size();

  /** The raw bytes, still compressed if the file is (see {@link Inputs#open(InputFile)}). */
  InputStream openRaw() throws IOException;

  /** A file in the same directory, if it exists (ParlaMint's {@code -meta.tsv} beside its XML). */
  Optional<InputFile> sibling(String name);
}
