package org.herald.quotes;

import java.util.List;

/** One way of finding quotes. Rules run in order; each sees what the earlier ones found and leaves it alone. */
interface QuoteRule {
    /** Stable id, recorded on every quote the rule produces. */
    String id();

    List<Candidate> find(QuoteContext ctx, List<Candidate> found);
}
