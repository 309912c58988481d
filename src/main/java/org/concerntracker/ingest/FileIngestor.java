package org.concerntracker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.members.SpeakerResolver;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.concerntracker.model.Source;

/**
 * Ingests one input file: checksums it, picks its reader, reads it, and resolves Hansard speakers
 * against the registry. Whatever happens inside, the result is documents plus rejects: a reader's
 * crash on a hostile file is that file's reject, not the run's end.
 */
public final class FileIngestor {

  /**
   * What one file gave; {@code inputKey} identifies the content read (see {@link Fingerprint}),
   * null if the file could not be read.
   */
  public record Result(
      FileInfo file, List<Document> documents, List<Reject> rejects, String inputKey)
      implements Serializable {}

  /** An input file as recorded in {@code runs.inputs}. */
  public record FileInfo(
      String kind, String path, long size, String sha256, int documents, int rejects)
      implements Serializable {}

  private FileIngestor() {}

  public static Result ingest(InputKind kind, InputFile file, MemberRegistry registry) {
    List<Document> docs = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    String sha = null;
    try {
      sha = sha256(file);
    } catch (IOException e) {
      rejects.add(
          new Reject(file.path(), null, "ingest", "unreadable file: " + e.getMessage(), null));
    }
    if (sha != null) {
      InputFormats.Choice choice = InputFormats.choose(kind, file);
      if (choice instanceof InputFormats.Read r && file.size() == 0) {
        // Every reader would find nothing; an empty input is usually a failed download or copy.
        rejects.add(new Reject(file.path(), null, "ingest", "empty file (0 bytes)", null));
      } else if (choice instanceof InputFormats.Read r) {
        read(r.reader(), file, docs, rejects);
      } else if (choice instanceof InputFormats.Unsupported u) {
        rejects.add(new Reject(file.path(), null, "ingest", u.reason(), null));
      }
    }
    SpeakerResolver resolver = new SpeakerResolver(registry);
    List<Document> resolved = new ArrayList<>(docs.size());
    for (Document d : docs) {
      resolved.add(d.source() == Source.HANSARD ? resolver.resolve(d) : d);
    }
    String k = kind.name().toLowerCase(java.util.Locale.ROOT);
    return new Result(
        new FileInfo(k, file.path(), file.size(), sha, resolved.size(), rejects.size()),
        resolved,
        rejects,
        sha == null ? null : key(kind, file, sha));
  }

  private static void read(
      DocumentReader reader, InputFile file, List<Document> docs, List<Reject> rejects) {
    try {
      CollectingSink sink = new CollectingSink();
      try {
        reader.read(file, sink);
      } finally {
        docs.addAll(sink.documents());
        rejects.addAll(sink.rejects());
      }
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      rejects.add(
          new Reject(
              file.path(),
              null,
              "ingest",
              "could not read the rest of the file after "
                  + docs.size()
                  + " documents: "
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage(),
              null));
    }
  }

  /**
   * What identifies a file's content for an incremental run: its SHA-256, and a key that also
   * covers the companion files its reader reads beside it (present or absent). Unreadable: nulls,
   * so that the file is read again (and its reject made again).
   */
  public record Fingerprint(String sha256, String key) implements Serializable {}

  public static Fingerprint fingerprint(InputKind kind, InputFile file) {
    try {
      String sha = sha256(file);
      return new Fingerprint(sha, key(kind, file, sha));
    } catch (IOException e) {
      return new Fingerprint(null, null);
    }
  }

  /** The key of a file whose SHA-256 is known; null if a companion cannot be read. */
  static String key(InputKind kind, InputFile file, String sha) {
    StringBuilder key = new StringBuilder(sha);
    Optional<DocumentReader> reader = InputFormats.readerFor(kind, file);
    try {
      for (String companion : reader.map(r -> r.companions(file)).orElse(List.of())) {
        Optional<InputFile> c = file.sibling(companion);
        key.append('\n')
            .append(companion)
            .append('=')
            .append(c.isPresent() ? sha256(c.get()) : "-");
      }
    } catch (IOException e) {
      return null;
    }
    return DocIds.sha256(key.toString());
  }

  /** Lower-case hex SHA-256 of the file's bytes as stored (compressed files are not expanded). */
  public static String sha256(InputFile file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(file.openRaw(), md)) {
      byte[] buf = new byte[1 << 16];
      while (in.read(buf) >= 0) {
        // reading is the point: the digest sees every byte
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
