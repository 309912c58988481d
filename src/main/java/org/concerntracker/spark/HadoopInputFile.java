package org.concerntracker.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.concerntracker.ingest.InputFile;

/**
 * An {@link InputFile} on any Hadoop file system (local disk, HDFS, S3A ...), so the same job reads
 * local inputs in tests and cluster storage when submitted.
 */
final class HadoopInputFile implements InputFile, Serializable {

  private final String uri;
  private final long size;

  HadoopInputFile(String uri, long size) {
    this.uri = uri;
    this.size = size;
  }

  @Override
  public String path() {
    return uri.startsWith("file:") ? new Path(uri).toUri().getPath() : uri;
  }

  @Override
  public String name() {
    return new Path(uri).getName();
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public InputStream openRaw() throws IOException {
    Path p = new Path(uri);
    return p.getFileSystem(new Configuration()).open(p);
  }

  @Override
  public Optional<InputFile> sibling(String name) {
    try {
      Path p = new Path(new Path(uri).getParent(), name);
      FileSystem fs = p.getFileSystem(new Configuration());
      if (!fs.exists(p)) {
        return Optional.empty();
      }
      return Optional.of(new HadoopInputFile(p.toString(), fs.getFileStatus(p).getLen()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
