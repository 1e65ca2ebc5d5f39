package org.herald.testkit;

import org.herald.HeraldConfig;
import org.herald.nlp.NlpModels;
import org.herald.pipeline.Pipeline;

/**
 * CoreNLP loaded once per test JVM (failsafe runs all *IT classes of a module in one fork).
 * Tests call {@link #pipeline()}; the first call pays the load.
 */
public final class SharedModels {
    private SharedModels() { }

    private static final class Holder {
        static final HeraldConfig CONFIG = HeraldConfig.defaults();
        static final NlpModels MODELS = NlpModels.load(CONFIG.nlpProfile());
        static final Pipeline PIPELINE = Pipeline.load(CONFIG, MODELS);
    }

    public static NlpModels models() { return Holder.MODELS; }

    public static Pipeline pipeline() { return Holder.PIPELINE; }
}
