package org.concerntracker.ingest.hansard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small XML files written for one test. */
final class TempFiles {

  private TempFiles() {}

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content, StandardCharsets.UTF_8);
  }

  static Path write(Path dir, String name, String content, Charset charset) {
    try {
      return Files.writeString(dir.resolve(name), content, charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
