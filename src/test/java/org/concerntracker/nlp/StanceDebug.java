package org.concerntracker.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A developer's tool, not a test: prints how one sentence is parsed and judged. Run with the test
 * class path: {@code java -cp target/test-classes:target/classes:$(cat target/classpath.txt)
 * org.concerntracker.nlp.StanceDebug "sentence" [platform-surface]}.
 */
public final class StanceDebug {

  private StanceDebug() {}

  public static void main(String[] args) {
    PlatformCatalog catalog = PlatformCatalog.builtIn();
    CoreNlp nlp = new CoreNlp(catalog);
    CueLexicon lexicon = CueLexicon.builtIn();
    StanceClassifier classifier = new StanceClassifier(lexicon);
    ParsedSentence s = nlp.parse(List.of(new CoreNlp.SentenceRequest(0, 0, args[0]))).get(0);
    for (int i = 0; i < s.tokens().size(); i++) {
      ParsedSentence.Token t = s.tokens().get(i);
      ParsedSentence.Edge h = s.head(i);
      System.out.printf(
          "%2d %-14s %-12s %-5s %-12s <-%s- %s%n",
          i,
          t.word(),
          t.lemma(),
          t.pos(),
          t.ner(),
          h == null ? "root" : h.relation(),
          h == null ? "" : h.governor() + ":" + s.tokens().get(h.governor()).word());
    }
    for (CueLexicon.CueHit h : lexicon.find(s)) {
      System.out.println("cue " + h.label() + " [" + h.first() + "," + h.last() + "]");
    }
    List<Integer> anchors = new ArrayList<>();
    String surface = args.length > 1 ? args[1] : null;
    for (PlatformMatcher.Hit hit : new PlatformMatcher(catalog).find(args[0])) {
      if (surface == null || hit.surface().equals(surface)) {
        anchors.addAll(s.tokensIn(hit.begin(), hit.end()));
      }
    }
    if (anchors.isEmpty() && surface != null) {
      for (int i = 0; i < s.tokens().size(); i++) {
        if (s.tokens().get(i).word().equals(surface)) {
          anchors.add(i);
        }
      }
    }
    List<Integer> rivals = new ArrayList<>();
    if (args.length > 2) {
      for (PlatformMatcher.Hit hit : new PlatformMatcher(catalog).find(args[0])) {
        if (hit.surface().equals(args[2])) {
          rivals.addAll(s.tokensIn(hit.begin(), hit.end()));
        }
      }
      for (int a : List.copyOf(anchors)) {
        ParsedSentence.Edge h = s.head(a);
        if (h != null && h.relation().startsWith("conj")) {
          anchors.add(h.governor());
        }
      }
    }
    System.out.println("anchors " + anchors + " rivals " + rivals);
    System.out.println(
        "speaker, no context:  "
            + classifier.classify(
                s, anchors, StanceClassifier.Context.speaker(false).withRivals(rivals)));
    System.out.println(
        "speaker, security:    "
            + classifier.classify(
                s, anchors, StanceClassifier.Context.speaker(true).withRivals(rivals)));
  }
}
