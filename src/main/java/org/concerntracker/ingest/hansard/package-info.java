/**
 * Hansard readers: one input file in, documents and rejects out, with no Spark and no NLP.
 *
 * <ul>
 *   <li>{@link org.concerntracker.ingest.hansard.ParlParseReader}: ParlParse / TheyWorkForYou XML
 *       (Commons, Westminster Hall, Lords, written answers, written statements; current and legacy
 *       variants), one document per {@code <speech>}, {@code <ques>} and {@code <reply>};
 *   <li>{@link org.concerntracker.ingest.hansard.ParlaMintReader}: ParlaMint TEI sittings with
 *       their {@code -meta.tsv}, one document per {@code <u>}.
 * </ul>
 *
 * <p>Both open XML only through {@code SafeXml} (no external entities or DTDs, bounded entity
 * expansion) and leave speakers unresolved: {@link org.concerntracker.members.SpeakerResolver}
 * gives them person ids afterwards.
 */
package org.concerntracker.ingest.hansard;
