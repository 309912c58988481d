package org.concerntracker.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a run writes its tables, and how it publishes them all at once.
 *
 * <p>On a local disk, {@code --out output} is a symbolic link to one complete version, {@code
 * .output.versions/<run id>/}, holding every table. A run writes a new version beside the old one
 * and then replaces the link with {@code rename(2)}, which is atomic: a reader (or a run killed at
 * any moment) sees the previous complete set of tables or the new complete set, never a mix and
 * never a partial table. The previous version is kept for readers still using it; older ones are
 * removed.
 *
 * <p>A run killed at any moment (SIGKILL included) leaves either no link (a first run) or the link
 * to the previous complete version, plus a half-written version directory that the next run's
 * commit deletes. {@link #lock} keeps a second run off the same output while one is running: the
 * lock is the operating system's, so a killed run never leaves a stale one.
 *
 * <p>Readers should resolve the link once and read every table from that version ({@link
 * OutputTables} does): a reader that re-opens {@code out} between tables may straddle a commit. The
 * version a reader holds stays until the next-but-one commit.
 *
 * <p>On other file systems (HDFS, object stores) the tables are written under {@code
 * <out>/_staging/<run id>} and then moved into place one by one: each table is complete, but for a
 * moment the set can mix two runs; there is no lock.
 */
final class OutputStore {

  /** Where a version keeps what the next incremental run needs (see {@link StateTables}). */
  static final String STATE_DIR = "_state";

  private static final String VERSIONS_SUFFIX = ".versions";

  /** The new link is made under this name beside {@code out}, then renamed over it. */
  private static final java.util.function.Function<Path, String> LINK_PREFIX =
      link -> "." + link.getFileName() + ".link-";

  private final String out;
  private final String runId;
  private final boolean local;

  OutputStore(String out, String runId) {
    this.out = out;
    this.runId = runId;
    URI u = URI.create(out.replace(" ", "%20"));
    this.local = u.getScheme() == null || u.getScheme().equals("file");
  }

  /** The directory this run writes its tables into (not visible under {@code out} until commit). */
  String versionDir() {
    return local ? localVersion().toString() : out + "/_staging/" + runId;
  }

  /** Where the table of this run is written. */
  String tablePath(Tables t) {
    return versionDir() + "/" + t.table();
  }

  /** The directory readers use for the table of the committed version. */
  static String committedTable(String out, Tables t) {
    return out + "/" + t.table();
  }

  /** Where this run's copy of an internal state table goes. */
  String statePath(StateTables t) {
    return versionDir() + "/" + STATE_DIR + "/" + t.table();
  }

  /** The committed version's directory, if {@code out} is a version link; for incremental runs. */
  static Path committedVersion(String out) throws IOException {
    if (!isLocal(out)) {
      return null;
    }
    Path link = localPath(out);
    return Files.isSymbolicLink(link) ? link.toRealPath() : null;
  }

  private static boolean isLocal(String out) {
    URI u = URI.create(out.replace(" ", "%20"));
    return u.getScheme() == null || u.getScheme().equals("file");
  }

  /** The output's lock, held for a whole run; released on close or when the process dies. */
  static final class Lock implements AutoCloseable {
    private final java.nio.channels.FileChannel channel;
    private final java.nio.channels.FileLock lock;

    private Lock(java.nio.channels.FileChannel channel, java.nio.channels.FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() throws IOException {
      try {
        if (lock != null) {
          lock.release();
        }
      } finally {
        if (channel != null) {
          channel.close();
        }
      }
    }
  }

  /**
   * Takes the lock of a local output ({@code .<out>.lock} beside it), or fails at once with a
   * {@link OutputLockedException} naming the run that holds it. Other file systems: no lock.
   */
  static Lock lock(String out, String runId) throws IOException {
    if (!isLocal(out)) {
      return new Lock(null, null);
    }
    Path link = localPath(out);
    Files.createDirectories(link.getParent());
    Path file = link.resolveSibling("." + link.getFileName() + ".lock");
    java.nio.channels.FileChannel ch =
        java.nio.channels.FileChannel.open(
            file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
    java.nio.channels.FileLock held;
    try {
      held = ch.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      held = null; // another run in this JVM holds it
    }
    if (held == null) {
      ch.close();
      String holder = "";
      try {
        holder = Files.readString(file).strip();
      } catch (IOException e) {
        // the holder is still writing its line; the message goes without it
      }
      throw new OutputLockedException(
          "--out "
              + out
              + " is being written by another pipeline run"
              + (holder.isEmpty() ? "" : " (" + holder + ")")
              + "; wait for it to finish");
    }
    ch.truncate(0);
    ch.write(
        java.nio.ByteBuffer.wrap(
            ("run "
                    + runId
                    + ", pid "
                    + ProcessHandle.current().pid()
                    + ", since "
                    + java.time.Instant.now()
                    + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return new Lock(ch, held);
  }

  private Path localVersion() {
    Path link = localPath(out);
    return versionsDir(link).resolve(runId);
  }

  private static Path localPath(String out) {
    return Path.of(out.startsWith("file:") ? URI.create(out).getPath() : out)
        .toAbsolutePath()
        .normalize();
  }

  private static Path versionsDir(Path link) {
    return link.resolveSibling("." + link.getFileName() + VERSIONS_SUFFIX);
  }

  /** Publishes this run's version. */
  void commit(org.apache.hadoop.conf.Configuration conf) throws IOException {
    if (!local) {
      commitRemote(conf);
      return;
    }
    Path link = localPath(out);
    Path versions = versionsDir(link);
    Path previous = Files.isSymbolicLink(link) ? link.toRealPath() : null;
    if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
      // An output directory from before versioned output: set it aside as a version of its own.
      previous = versions.resolve("pre-" + runId);
      Files.move(link, previous);
    }
    Path tmp = link.resolveSibling(LINK_PREFIX.apply(link) + runId);
    Files.deleteIfExists(tmp);
    Files.createSymbolicLink(tmp, link.getParent().relativize(localVersion()));
    try {
      Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "the output's file system cannot replace a link atomically: " + link, e);
    }
    Steps.mark("published");
    prune(versions, previous);
  }

  /**
   * Keeps the new version and the one it replaced (a reader may still be in it); removes the rest,
   * including versions that killed runs left half-written, and new links a run killed inside its
   * commit left unrenamed.
   */
  private void prune(Path versions, Path previous) throws IOException {
    Path link = localPath(out);
    try (Stream<Path> s = Files.list(link.getParent())) {
      for (Path p : s.toList()) {
        if (p.getFileName().toString().startsWith(LINK_PREFIX.apply(link))) {
          Files.deleteIfExists(p);
        }
      }
    }
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(versions)) {
      s.forEach(all::add);
    }
    Path current = localVersion().toRealPath();
    for (Path p : all) {
      Path real = p.toRealPath();
      if (!real.equals(current) && !real.equals(previous)) {
        deleteTree(p);
      }
    }
  }

  /** Deletes a version directory left by a run that did not finish (never the committed one). */
  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }

  private void commitRemote(org.apache.hadoop.conf.Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path base = new org.apache.hadoop.fs.Path(out);
    var fs = base.getFileSystem(conf);
    for (Tables t : Tables.values()) {
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(base, t.table());
      fs.delete(target, true);
      if (!fs.rename(new org.apache.hadoop.fs.Path(tablePath(t)), target)) {
        throw new IOException("could not move " + tablePath(t) + " to " + target);
      }
    }
    org.apache.hadoop.fs.Path state = new org.apache.hadoop.fs.Path(base, STATE_DIR);
    fs.delete(state, true);
    fs.rename(new org.apache.hadoop.fs.Path(versionDir() + "/" + STATE_DIR), state);
    fs.delete(new org.apache.hadoop.fs.Path(base, "_staging/" + runId), true);
  }
}
