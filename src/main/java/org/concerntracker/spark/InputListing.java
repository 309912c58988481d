package org.concerntracker.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.concerntracker.ingest.InputKind;

/**
 * Expands the user's {@code --hansard} and {@code --news} arguments into files: a file stands for
 * itself, a directory for every file below it (recursively, hidden files and {@code _}-prefixed
 * files skipped, as Spark does). A path that does not exist is a usage error, reported at once.
 */
final class InputListing {

  /** One input file and the option it came from. */
  record Entry(InputKind kind, String uri, long size) implements Serializable {}

  private InputListing() {}

  static List<Entry> list(InputKind kind, List<String> paths, Configuration conf)
      throws IOException {
    List<Entry> out = new ArrayList<>();
    for (String p : paths) {
      Path path = new Path(p);
      FileSystem fs = path.getFileSystem(conf);
      Path q = fs.makeQualified(path);
      if (!fs.exists(q)) {
        throw new IllegalArgumentException(
            "--"
                + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " "
                + p
                + ": no such file or directory");
      }
      FileStatus st = fs.getFileStatus(q);
      if (st.isFile()) {
        out.add(new Entry(kind, q.toString(), st.getLen()));
        continue;
      }
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(q, true);
      List<Entry> found = new ArrayList<>();
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        if (f.isFile() && !hidden(q, f.getPath())) {
          found.add(new Entry(kind, f.getPath().toString(), f.getLen()));
        }
      }
      found.sort(Comparator.comparing(Entry::uri));
      out.addAll(found);
    }
    return out;
  }

  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith(".") || n.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
