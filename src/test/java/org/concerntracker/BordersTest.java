package org.concerntracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers apart: Spark only in {@code spark} and {@code cli}, CoreNLP only in {@code nlp},
 * and the model free of both, so parsing, resolution, stance and tallies stay plain Java.
 */
class BordersTest {

  private static final Path MAIN = TestData.repo().resolve("src/main/java/org/concerntracker");

  private static List<String> filesImporting(String prefix, String... allowedPackages)
      throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(
              f -> {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                for (String a : allowedPackages) {
                  if (pkg.equals(a) || pkg.startsWith(a + ".")) {
                    return false;
                  }
                }
                return true;
              })
          .filter(
              f -> {
                try {
                  return Files.readAllLines(f).stream()
                      .anyMatch(
                          l ->
                              l.startsWith("import " + prefix)
                                  || l.startsWith("import static " + prefix));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .map(f -> MAIN.relativize(f).toString())
          .toList();
    }
  }

  @Test
  void onlyTheSparkAndCliPackagesImportSpark() throws IOException {
    assertThat(filesImporting("org.apache.spark", "spark", "cli")).isEmpty();
    assertThat(filesImporting("org.apache.hadoop", "spark")).isEmpty();
    assertThat(filesImporting("scala.", "spark", "cli")).isEmpty();
  }

  @Test
  void onlyTheNlpPackageImportsCoreNlp() throws IOException {
    assertThat(filesImporting("edu.stanford", "nlp")).isEmpty();
  }
}
