package org.concerntracker.ingest.hansard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concerntracker.ingest.DocumentReader;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;

/** What a reader gave for one file: its documents and rejects, in order. */
final class Collected implements RecordSink {

  final List<Document> documents = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();
  final List<Object> all = new ArrayList<>();

  @Override
  public void document(Document document) {
    documents.add(document);
    all.add(document);
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
    all.add(reject);
  }

  static Collected read(DocumentReader reader, Path path) {
    return read(reader, new LocalInputFile(path));
  }

  static Collected read(DocumentReader reader, InputFile input) {
    Collected c = new Collected();
    try {
      reader.read(input, c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c;
  }

  Document doc(String id) {
    return find(id).orElseThrow(() -> new AssertionError("no document " + id));
  }

  Optional<Document> find(String id) {
    return documents.stream().filter(d -> d.docId().equals(id)).findFirst();
  }
}
