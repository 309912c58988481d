package org.concerntracker.nlp;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concerntracker.ingest.FileIngestor;
import org.concerntracker.ingest.InputKind;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.ingest.news.BylineMemberResolver;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.model.Document;
import org.concerntracker.model.Evidence;
import org.concerntracker.model.Source;

/**
 * A developer's tool, not a test: analyses the documents of one input file whose id contains a
 * string and prints every judgement with its cues. Arguments: {@code hansard|news FILE MEMBERS
 * ID-PART}.
 */
public final class DocumentDebug {

  private DocumentDebug() {}

  public static void main(String[] args) throws Exception {
    MemberRegistry registry;
    try (InputStream in = Files.newInputStream(Path.of(args[2]))) {
      registry = MemberRegistry.load(in);
    }
    InputKind kind = InputKind.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
    FileIngestor.Result r =
        FileIngestor.ingest(kind, new LocalInputFile(Path.of(args[1])), registry);
    DocumentAnalyzer analyzer = new DocumentAnalyzer(PlatformCatalog.builtIn(), registry);
    List<Document> docs = new ArrayList<>();
    for (Document d : r.documents()) {
      if (d.docId().contains(args[3])) {
        docs.add(d.source() == Source.NEWS ? new BylineMemberResolver(registry).withAuthor(d) : d);
      }
    }
    for (Document d : docs) {
      System.out.println("== " + d.docId() + " speaker=" + d.speaker() + " person=" + d.personId());
      Analysis a = analyzer.analyze(d);
      System.out.println("   sentences " + a.sentences() + ", parsed " + a.parsedSentences());
      for (Evidence e : a.evidence()) {
        System.out.printf(
            "   [%d] %s %s %s %.2f %s%n       %s%n",
            e.sentenceIndex(),
            e.name(),
            e.platform(),
            e.stance(),
            e.confidence(),
            e.cues(),
            e.sentence());
      }
    }
  }
}
