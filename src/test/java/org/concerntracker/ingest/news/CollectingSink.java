package org.concerntracker.ingest.news;

import java.util.ArrayList;
import java.util.List;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;

/** A {@link RecordSink} that keeps everything, for assertions. */
final class CollectingSink implements RecordSink {

  final List<Document> documents = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  @Override
  public void document(Document document) {
    documents.add(document);
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }
}
