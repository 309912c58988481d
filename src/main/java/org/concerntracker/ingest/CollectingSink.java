package org.concerntracker.ingest;

import java.util.ArrayList;
import java.util.List;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;

/** A {@link RecordSink} that keeps what it is given, in order, in two lists. */
public final class CollectingSink implements RecordSink {

  private final List<Document> documents = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();

  @Override
  public void document(Document document) {
    documents.add(document);
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }

  /** The documents so far (the live list). */
  public List<Document> documents() {
    return documents;
  }

  /** The rejects so far (the live list). */
  public List<Reject> rejects() {
    return rejects;
  }
}
