package org.concerntracker.nlp;

import java.io.Serializable;
import java.util.List;
import org.concerntracker.model.Evidence;
import org.concerntracker.model.Mention;
import org.concerntracker.model.Reject;

/**
 * What the NLP stage made of one document.
 *
 * @param mentions entity mentions in the sentences it parsed
 * @param evidence the (sentence, person, platform) judgements
 * @param rejects the document, if it could not be analysed
 * @param sentences sentences in the document (0 when it was not split: no platform named, or no one
 *     who could hold a view)
 * @param parsedSentences sentences sent through the heavy annotators
 * @param nlpNanos time spent in CoreNLP for this document
 * @param namesPlatform whether the platform filter found a platform name in it
 */
public record Analysis(
    List<Mention> mentions,
    List<Evidence> evidence,
    List<Reject> rejects,
    int sentences,
    int parsedSentences,
    long nlpNanos,
    boolean namesPlatform)
    implements Serializable {

  public static Analysis empty() {
    return new Analysis(List.of(), List.of(), List.of(), 0, 0, 0, false);
  }

  /** Sums over many analyses, for the run's counts and the benchmark. */
  public record Totals(
      long documentsWithPlatform,
      long documentsSplit,
      long sentences,
      long parsedSentences,
      long nlpNanos)
      implements Serializable {

    public static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

    public static Totals of(Analysis a) {
      return new Totals(
          a.namesPlatform() ? 1 : 0,
          a.sentences() > 0 ? 1 : 0,
          a.sentences(),
          a.parsedSentences(),
          a.nlpNanos());
    }

    public Totals plus(Totals o) {
      return new Totals(
          documentsWithPlatform + o.documentsWithPlatform,
          documentsSplit + o.documentsSplit,
          sentences + o.sentences,
          parsedSentences + o.parsedSentences,
          nlpNanos + o.nlpNanos);
    }
  }
}
