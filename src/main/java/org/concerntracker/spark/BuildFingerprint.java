package org.concerntracker.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A checksum of the code and resources this run is built from (the class directory, or the jar),
 * recorded in {@code runs.versions} as {@code build}. The project version alone does not say
 * whether a {@code -SNAPSHOT} build changed (a new stance cue, a reader fix), and an incremental
 * run may reuse the previous version's results only if nothing that made them has changed.
 */
final class BuildFingerprint {

  private static String cached;

  private BuildFingerprint() {}

  static synchronized String get() {
    if (cached == null) {
      cached = compute();
    }
    return cached;
  }

  private static String compute() {
    try {
      Path source =
          Path.of(
              BuildFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(source)) {
        // Sorted relative paths and contents: the same classes give the same fingerprint.
        List<Path> files;
        try (Stream<Path> s = Files.walk(source)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          md.update(
              source.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          md.update((byte) 0);
          md.update(Files.readAllBytes(f));
        }
      } else {
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), md)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      return "unknown";
    }
  }
}
