package org.herald.testkit;

import org.herald.pipeline.Analysis;
import org.herald.Excerpt;
import org.herald.Span;
import org.herald.actors.Actor;
import org.herald.claims.Claim;
import org.herald.events.Event;
import org.herald.quotes.Quote;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What every {@link Analysis} must satisfy, whatever the input. Call it on every output a test makes. */
public final class AnalysisInvariants {
    private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})*");
    private static final Pattern CAMEO = Pattern.compile("\\d{3,4}|\\d{2}");

    private AnalysisInvariants() { }

    public static Analysis check(Analysis a) {
        assertNotNull(a.id());
        assertNotNull(a.article());
        String body = a.article().body();
        Set<String> actorIds = new HashSet<>();
        for (Actor actor : a.actors()) {
            assertTrue(actorIds.add(actor.id()), "duplicate actor id " + actor.id());
            assertTrue(!actor.mentions().isEmpty(), "actor without mentions: " + actor);
            for (Excerpt m : actor.mentions()) excerpt(body, m, "actor " + actor.id());
            if (actor.code() != null) assertTrue(ACTOR_CODE.matcher(actor.code()).matches(), "bad actor code " + actor.code());
            if (actor.country() != null) assertTrue(actor.code() != null && actor.code().startsWith(actor.country()),
                    "country " + actor.country() + " is not the start of code " + actor.code());
        }
        Set<String> quoteIds = new HashSet<>();
        for (Quote q : a.quotes()) {
            assertTrue(quoteIds.add(q.id()), "duplicate quote id " + q.id());
            assertTrue(!q.parts().isEmpty(), "quote without parts " + q.id());
            StringBuilder joined = new StringBuilder();
            for (Span p : q.parts()) {
                assertTrue(p.end() <= body.length(), "quote part past the body " + q.id());
                if (joined.length() > 0) joined.append(' ');
                joined.append(body, p.start(), p.end());
            }
            assertEquals(joined.toString(), q.text(), "quote text is not its parts joined: " + q.id());
            if (q.kind() == Quote.Kind.PARTIAL) {
                // A partial quote spans the whole reported clause its marked words sit in.
                assertTrue(q.start() <= q.parts().get(0).start() && q.parts().get(q.parts().size() - 1).end() <= q.end(), "partial quote clause " + q.id());
            } else {
                assertEquals(q.parts().get(0).start(), q.start(), "quote start " + q.id());
                assertEquals(q.parts().get(q.parts().size() - 1).end(), q.end(), "quote end " + q.id());
            }
            if (q.speaker() != null) {
                if (q.speaker().actor() != null) assertTrue(actorIds.contains(q.speaker().actor()), "unknown speaker actor " + q.speaker());
                assertTrue(0 <= q.speaker().start() && q.speaker().start() <= q.speaker().end() && q.speaker().end() <= body.length(),
                        "speaker span outside the body " + q.speaker());
            }
        }
        Set<String> eventIds = new HashSet<>();
        for (Event e : a.events()) {
            assertTrue(eventIds.add(e.id()), "duplicate event id " + e.id());
            assertTrue(CAMEO.matcher(e.cameo()).matches(), "bad CAMEO code " + e.cameo());
            assertEquals(e.cameo().substring(0, 2), e.root(), "root of " + e.cameo());
            assertTrue(e.confidence() >= 0 && e.confidence() <= 1, "confidence out of [0,1] " + e.id());
            excerpt(body, e.evidence(), "event " + e.id());
            if (e.source() != null && e.source().actor() != null) assertTrue(actorIds.contains(e.source().actor()), "unknown source " + e.source());
            if (e.target() != null && e.target().actor() != null) assertTrue(actorIds.contains(e.target().actor()), "unknown target " + e.target());
            if (e.quote() != null) assertTrue(quoteIds.contains(e.quote()), "unknown quote " + e.quote());
        }
        Set<String> claimIds = new HashSet<>();
        for (Claim c : a.claims()) {
            assertTrue(claimIds.add(c.id()), "duplicate claim id " + c.id());
            excerpt(body, new Excerpt(c.start(), c.end(), c.text()), "claim " + c.id());
            if (c.attributedTo() != null) assertTrue(actorIds.contains(c.attributedTo()), "unknown claim actor " + c.attributedTo());
            if (c.event() != null) assertTrue(eventIds.contains(c.event()), "unknown claim event " + c.event());
        }
        return a;
    }

    private static void excerpt(String body, Excerpt x, String what) {
        if (x.end() > body.length()) fail(what + ": span " + x.start() + ".." + x.end() + " past the body (" + body.length() + ")");
        assertEquals(body.substring(x.start(), x.end()), x.text(), what + ": text does not match its span");
    }
}
