package org.herald.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;
import scala.Tuple3;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ids unique over the whole job, as the command line makes them: the second document with an id gets {@code -2}, the
 * third {@code -3}, in input order. Tasks read their inputs apart, so this is a step of its own: the ids are counted
 * (a shuffle of ids only), and only when some repeat are the repeated ones' places collected to the driver and the
 * renames broadcast. Usually nothing repeats (WARC record ids are UUIDs) and the step costs one small shuffle.
 */
final class UniqueIds {
    private UniqueIds() { }

    static JavaRDD<PageRecord> apply(JavaSparkContext sc, JavaRDD<PageRecord> records) {
        List<String> repeated = records.mapToPair(r -> new Tuple2<>(r.id(), 1L)).reduceByKey(Long::sum)
                .filter(t -> t._2() > 1).keys().collect();
        if (repeated.isEmpty()) return records;
        Set<String> ids = new HashSet<>(repeated);
        List<Tuple3<Long, Long, String>> places = records.filter(r -> ids.contains(r.id()))
                .map(r -> new Tuple3<>(r.input(), r.position(), r.id())).collect();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> renames = new HashMap<>();
        places.stream().sorted(Comparator.<Tuple3<Long, Long, String>>comparingLong(Tuple3::_1).thenComparingLong(Tuple3::_2)).forEach(p -> {
            int n = seen.merge(p._3(), 1, Integer::sum);
            if (n > 1) renames.put(p._1() + ":" + p._2(), p._3() + "-" + n);
        });
        Broadcast<Map<String, String>> b = sc.broadcast(renames);
        return records.map(r -> {
            String to = b.value().get(r.input() + ":" + r.position());
            return to == null ? r : r.withId(to);
        });
    }
}
