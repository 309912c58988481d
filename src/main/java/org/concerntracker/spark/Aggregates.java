package org.concerntracker.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.concerntracker.aggregate.DocumentJudgement;
import org.concerntracker.aggregate.MonthKey;
import org.concerntracker.aggregate.MonthlyTally;
import scala.Tuple2;

/** Adapts the monthly tallies (plain functions in {@code aggregate}) to Spark. */
final class Aggregates {

  private Aggregates() {}

  /** Member × platform × month × source; persons without an id get no row (CONTRACT.md). */
  static JavaRDD<Row> mpPlatformMonth(JavaRDD<DocumentJudgement> judgements) {
    return tally(
            judgements
                .filter(j -> j.personId() != null)
                .mapToPair(j -> new Tuple2<>(MonthKey.perMember(j), j)))
        .map(
            kv -> {
              MonthKey k = kv._1();
              MonthlyTally t = kv._2();
              return RowFactory.create(
                  k.personId(),
                  t.name(),
                  t.party(),
                  k.platform(),
                  k.month(),
                  k.source(),
                  t.concern(),
                  t.reassurance(),
                  t.neutral(),
                  t.documents(),
                  t.first(),
                  t.last());
            });
  }

  /**
   * Platform × month × source: members concerned (distinct person ids), and document judgements by
   * stance, Hansard speakers without a resolved id included.
   */
  static JavaRDD<Row> platformMonth(JavaRDD<DocumentJudgement> judgements) {
    return tally(judgements.mapToPair(j -> new Tuple2<>(MonthKey.perPlatform(j), j)))
        .map(
            kv -> {
              MonthKey k = kv._1();
              MonthlyTally t = kv._2();
              return RowFactory.create(
                  k.platform(),
                  k.month(),
                  k.source(),
                  t.personsConcerned(),
                  t.concern(),
                  t.reassurance(),
                  t.neutral(),
                  t.documents());
            });
  }

  private static JavaRDD<Tuple2<MonthKey, MonthlyTally>> tally(
      JavaPairRDD<MonthKey, DocumentJudgement> keyed) {
    return keyed
        .aggregateByKey(new MonthlyTally(), MonthlyTally::add, MonthlyTally::merge)
        .map(kv -> new Tuple2<>(kv._1(), kv._2()));
  }
}
