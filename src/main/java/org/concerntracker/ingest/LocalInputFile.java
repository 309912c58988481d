package org.concerntracker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** An {@link InputFile} on the local file system (tests, and tools that run without Spark). */
public final class LocalInputFile implements InputFile {

  private final Path path;

  public LocalInputFile(Path path) {
    this.path = path;
  }

  @Override
  public String path() {
    return path.toString();
  }

  @Override
  public String name() {
    return path.getFileName().toString();
  }

  @Override
  public long size() {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public InputStream openRaw() throws IOException {
    return Files.newInputStream(path);
  }

  @Override
  public Optional<InputFile> sibling(String name) {
    Path p = path.resolveSibling(name);
    return Files.isRegularFile(p) ? Optional.of(new LocalInputFile(p)) : Optional.empty();
  }
}
