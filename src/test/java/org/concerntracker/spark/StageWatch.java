package org.concerntracker.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkContext;
import org.apache.spark.rdd.DeterministicLevel;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.storage.RDDInfo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Records the RDDs of every stage Spark submits while a piece of work runs, with each RDD's output
 * determinism as the scheduler sees it. An RDD whose output is INDETERMINATE (its records may land
 * in different partitions when recomputed, e.g. a round-robin repartition of unordered input) makes
 * a run fail on a cluster that loses an executor mid-job: Spark cannot roll back a result stage
 * that has already read from it.
 */
final class StageWatch extends SparkListener {

  private final List<String> indeterminate = new ArrayList<>();
  private int stages;

  /** Runs {@code work} and returns what was watched meanwhile. */
  static <T> StageWatch during(SparkContext sc, Callable<T> work) throws Exception {
    StageWatch watch = new StageWatch();
    sc.addSparkListener(watch);
    try {
      work.call();
    } finally {
      // Listener events are delivered asynchronously: let the bus catch up before reading.
      sc.listenerBus().waitUntilEmpty();
      sc.removeSparkListener(watch);
    }
    return watch;
  }

  @Override
  public synchronized void onStageSubmitted(SparkListenerStageSubmitted event) {
    stages++;
    for (RDDInfo rdd : CollectionConverters.asJava(event.stageInfo().rddInfos())) {
      if (rdd.outputDeterministicLevel() == DeterministicLevel.INDETERMINATE()) {
        indeterminate.add(
            "stage "
                + event.stageInfo().stageId()
                + " ("
                + event.stageInfo().name()
                + "): RDD "
                + rdd.id()
                + " "
                + rdd.name()
                + " from "
                + rdd.callSite());
      }
    }
  }

  synchronized int stages() {
    return stages;
  }

  synchronized List<String> indeterminate() {
    return List.copyOf(indeterminate);
  }
}
