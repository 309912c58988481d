package org.concerntracker.ingest;

/**
 * Reads one input file into documents and rejects. The contract every reader keeps: a malformed
 * record becomes a {@link org.concerntracker.model.Reject} and reading goes on with the next one;
 * an input that cannot be read at all becomes one reject; nothing is dropped silently and nothing
 * is thrown for bad content. Readers are stateless and thread-safe.
 */
public interface DocumentReader {

  /**
   * Reads {@code input} and passes every document and reject to {@code sink}.
   *
   * @throws java.io.IOException only when the storage itself fails (the caller records it as a
   *     reject)
   */
  void read(InputFile input, RecordSink sink) throws java.io.IOException;

  /**
   * Names of the files beside {@code input} that this reader also reads when they exist
   * (ParlaMint's {@code -meta.tsv}); an incremental run re-reads {@code input} when one of them
   * changes.
   */
  default java.util.List<String> companions(InputFile input) {
    return java.util.List.of();
  }
}
