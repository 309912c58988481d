package org.concerntracker.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputStoreTest {

  private static void writeVersion(OutputStore s, String marker) throws Exception {
    Path table = Path.of(s.tablePath(Tables.DOCUMENTS));
    Files.createDirectories(table);
    Files.writeString(table.resolve("part-0.parquet"), marker);
  }

  private static long versions(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir.resolve(".out.versions"))) {
      return s.count();
    }
  }

  @Test
  void publishesEachVersionByReplacingOneLink(@TempDir Path dir) throws Exception {
    String out = dir.resolve("out").toString();
    OutputStore first = new OutputStore(out, "20260101T000000Z-a");
    writeVersion(first, "one");
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
    first.commit(new Configuration());
    assertThat(Files.isSymbolicLink(dir.resolve("out"))).isTrue();
    assertThat(Files.readString(dir.resolve("out/documents/part-0.parquet"))).isEqualTo("one");

    OutputStore second = new OutputStore(out, "20260102T000000Z-b");
    writeVersion(second, "two");
    // Until the commit, readers still see the first version.
    assertThat(Files.readString(dir.resolve("out/documents/part-0.parquet"))).isEqualTo("one");
    second.commit(new Configuration());
    assertThat(Files.readString(dir.resolve("out/documents/part-0.parquet"))).isEqualTo("two");
    assertThat(versions(dir)).isEqualTo(2);
  }

  @Test
  void keepsOnlyTheNewAndThePreviousVersionAndClearsAbandonedOnes(@TempDir Path dir)
      throws Exception {
    String out = dir.resolve("out").toString();
    for (String id : new String[] {"20260101T000000Z-a", "20260102T000000Z-b"}) {
      OutputStore s = new OutputStore(out, id);
      writeVersion(s, id);
      s.commit(new Configuration());
    }
    // A run killed before its commit leaves a half-written version behind.
    writeVersion(new OutputStore(out, "20260103T000000Z-killed"), "partial");
    OutputStore third = new OutputStore(out, "20260104T000000Z-d");
    writeVersion(third, "four");
    third.commit(new Configuration());
    try (Stream<Path> s = Files.list(dir.resolve(".out.versions"))) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("20260102T000000Z-b", "20260104T000000Z-d");
    }
  }

  @Test
  void setsAsideAnOutputDirectoryFromBeforeVersioning(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("out/documents"));
    Files.writeString(dir.resolve("out/documents/old.parquet"), "old");
    OutputStore s = new OutputStore(dir.resolve("out").toString(), "20260101T000000Z-a");
    writeVersion(s, "new");
    s.commit(new Configuration());
    assertThat(Files.readString(dir.resolve("out/documents/part-0.parquet"))).isEqualTo("new");
    assertThat(
            Files.readString(
                dir.resolve(".out.versions/pre-20260101T000000Z-a/documents/old.parquet")))
        .isEqualTo("old");
  }

  @Test
  void aSecondRunOnTheSameOutputIsToldWhoHoldsItUntilTheFirstEnds(@TempDir Path dir)
      throws Exception {
    String out = dir.resolve("out").toString();
    try (OutputStore.Lock first = OutputStore.lock(out, "20260101T000000Z-a")) {
      assertThatThrownBy(() -> OutputStore.lock(out, "20260101T000001Z-b"))
          .isInstanceOf(OutputLockedException.class)
          .hasMessageStartingWith("--out " + out + " is being written by another pipeline run")
          .hasMessageContaining("run 20260101T000000Z-a, pid " + ProcessHandle.current().pid())
          .hasMessageNotContaining("\n");
    }
    try (OutputStore.Lock again = OutputStore.lock(out, "20260101T000002Z-c")) {
      assertThat(Files.readString(dir.resolve(".out.lock"))).startsWith("run 20260101T000002Z-c");
    }
  }

  @Test
  void aCommitClearsNewLinksThatKilledRunsLeftUnrenamed(@TempDir Path dir) throws Exception {
    String out = dir.resolve("out").toString();
    Files.createSymbolicLink(
        dir.resolve(".out.link-20260101T000000Z-killed"), Path.of(".out.versions/nowhere"));
    OutputStore s = new OutputStore(out, "20260102T000000Z-b");
    writeVersion(s, "two");
    s.commit(new Configuration());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("out", ".out.versions");
    }
  }
}
