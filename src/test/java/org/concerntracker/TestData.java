package org.concerntracker;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find their data: {@code data-samples/} in the repository, and the real corpus in
 * {@code ../shared/corpus} (override with {@code -Dct.shared=DIR}). The corpus may not be copied
 * into the repository, so tests that need it skip, saying why, where it is absent.
 */
public final class TestData {

  private TestData() {}

  /** The repository's root (Maven runs tests there). */
  public static Path repo() {
    return Path.of("").toAbsolutePath();
  }

  /** A path under {@code data-samples/}. */
  public static Path sample(String relative) {
    return repo().resolve("data-samples").resolve(relative);
  }

  /** The shared directory beside the repository, holding {@code corpus/}. */
  public static Path shared() {
    return Path.of(System.getProperty("ct.shared", "../shared")).toAbsolutePath().normalize();
  }

  /**
   * A path under {@code ../shared/corpus}; the calling test is skipped, with the path in the
   * message, when it is absent.
   */
  public static Path corpus(String relative) {
    Path p = shared().resolve("corpus").resolve(relative);
    assumeTrue(
        Files.exists(p), "real corpus not present at " + p + " (tests that need it are skipped)");
    return p;
  }
}
