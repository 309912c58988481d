package org.concerntracker.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One annotated sentence in plain Java types, so stance and attribution logic stay independent of
 * CoreNLP's classes and can be tested on hand-built sentences.
 *
 * @param index the sentence's index in the document
 * @param begin character offset of the sentence in the document text
 * @param text the sentence as written
 * @param tokens the tokens, in order (offsets are document offsets)
 * @param edges the enhanced++ dependency edges (governor -1 is the root); a token may have more
 *     than one head there (a relative clause's subject, a controlled subject)
 * @param basicHeads each token's governor in the basic dependency tree (-1 for the root), which
 *     {@link #head(int)} follows so that climbing the tree is unambiguous
 */
public record ParsedSentence(
    int index, int begin, String text, List<Token> tokens, List<Edge> edges, int[] basicHeads) {

  /** A token: word as written, lemma, part of speech, NER tag, and document character offsets. */
  public record Token(String word, String lemma, String pos, String ner, int begin, int end) {

    /** The lemma in lower case (the lexicons are written in lower case). */
    public String lower() {
      return lemma.toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A dependency: {@code governor --relation--> dependent}, by token index. */
  public record Edge(int governor, int dependent, String relation) {}

  /** Indices of tokens overlapping the character span [begin, end) of the document. */
  public List<Integer> tokensIn(int spanBegin, int spanEnd) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.begin() < spanEnd && t.end() > spanBegin) {
        out.add(i);
      }
    }
    return out;
  }

  /** Edges whose governor is {@code i}. */
  public List<Edge> children(int i) {
    return edges.stream().filter(e -> e.governor() == i).toList();
  }

  /**
   * The edge that governs {@code i} in the basic tree (named with its enhanced relation, e.g.
   * {@code obl:from}), or null for the root.
   */
  public Edge head(int i) {
    int gov = basicHeads != null && i < basicHeads.length ? basicHeads[i] : -2;
    Edge any = null;
    for (Edge e : edges) {
      if (e.dependent() == i && e.governor() >= 0) {
        if (e.governor() == gov || gov == -2) {
          return e;
        }
        any = any == null ? e : any;
      }
    }
    if (gov >= 0) {
      return new Edge(gov, i, any != null && any.governor() == gov ? any.relation() : "dep");
    }
    return gov == -1 ? null : any;
  }

  /** The tokens above {@code i} in the tree, its head first, at most {@code max} of them. */
  public List<Integer> governors(int i, int max) {
    List<Integer> out = new ArrayList<>();
    for (Edge h = head(i); h != null && out.size() < max; h = head(h.governor())) {
      out.add(h.governor());
    }
    return out;
  }

  /** Shortest undirected path length between two tokens in the dependency graph (large if none). */
  public int distance(int from, int to) {
    if (from == to) {
      return 0;
    }
    int n = tokens.size();
    int[] dist = new int[n];
    java.util.Arrays.fill(dist, Integer.MAX_VALUE);
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    dist[from] = 0;
    queue.add(from);
    while (!queue.isEmpty()) {
      int x = queue.poll();
      for (Edge e : edges) {
        int y = e.governor() == x ? e.dependent() : e.dependent() == x ? e.governor() : -1;
        if (y >= 0 && y < n && dist[y] == Integer.MAX_VALUE) {
          dist[y] = dist[x] + 1;
          if (y == to) {
            return dist[y];
          }
          queue.add(y);
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  /** True if the sentence is a question. */
  public boolean isQuestion() {
    return text.stripTrailing().endsWith("?")
        || text.stripTrailing().endsWith("?”")
        || text.stripTrailing().endsWith("?\"");
  }
}
