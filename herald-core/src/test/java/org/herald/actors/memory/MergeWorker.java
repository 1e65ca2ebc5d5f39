package org.herald.actors.memory;

import org.herald.actors.LearnedOfficial;

import java.nio.file.Path;
import java.util.List;

/** A second process for {@link TwoProcessMergeTest}: merges {@code n} officials named {@code prefix}-i, one merge each. */
public final class MergeWorker {
    public static void main(String[] args) {
        TsvActorMemory memory = TsvActorMemory.at(Path.of(args[0]));
        String prefix = args[1];
        int n = Integer.parseInt(args[2]);
        for (int i = 0; i < n; i++)
            memory.merge(List.of(new LearnedOfficial(prefix + " Official" + i, "FRA", "minister", "FRAGOV", "worker " + prefix)));
    }
}
