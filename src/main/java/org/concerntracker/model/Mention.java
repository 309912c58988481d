package org.concerntracker.model;

import java.io.Serializable;

/**
 * An entity mention found in a document: a row of the {@code mentions} table.
 *
 * @param docId the document
 * @param sentenceIndex the sentence's index within the document, from 0
 * @param text the mention as written
 * @param type PERSON, ORGANIZATION, PLATFORM, ... (CoreNLP's coarse NER types, plus PLATFORM)
 * @param begin character offset of the mention in the document's text
 * @param end character offset just past the mention
 * @param personId the member it refers to, if linked
 * @param platform the canonical platform it refers to, if a platform
 */
public record Mention(
    String docId,
    int sentenceIndex,
    String text,
    String type,
    int begin,
    int end,
    String personId,
    String platform)
    implements Serializable {}
