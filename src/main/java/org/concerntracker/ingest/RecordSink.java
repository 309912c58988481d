package org.concerntracker.ingest;

import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;

/** Where a reader puts what it reads: documents, and rejects for what it could not use. */
public interface RecordSink {

  void document(Document document);

  void reject(Reject reject);
}
