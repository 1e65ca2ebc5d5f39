package org.herald.store.query;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Which events: every field null means any. Actor codes match by 3-letter blocks from the start ({@code USA} matches
 * USA, USAGOV, USAMIL; {@code USAGOV} only USAGOV and longer codes under it).
 *
 * @param source the source actor's code
 * @param target the target actor's code
 * @param actor  either party's code
 * @param plover a PLOVER type (ACCUSE ...)
 * @param root   a CAMEO root ("11")
 * @param cameo  a CAMEO code or its prefix ("112", "11")
 * @param since  events on or after this day
 * @param until  events on or before this day
 */
public record EventFilter(String source, String target, String actor, String plover, String root, String cameo, LocalDate since, LocalDate until) {
    public static final EventFilter ANY = new EventFilter(null, null, null, null, null, null, null, null);
    private static final Pattern CODE = Pattern.compile("([A-Z]{3})+");
    private static final Pattern DIGITS = Pattern.compile("\\d{2,4}");

    public EventFilter {
        source = code(source, "source");
        target = code(target, "target");
        actor = code(actor, "actor");
        if (plover != null) plover = org.herald.events.PloverType.parse(plover).name();
        if (root != null && !root.matches("\\d{2}")) throw new IllegalArgumentException("a CAMEO root is two digits, not '" + root + "'");
        if (cameo != null && !DIGITS.matcher(cameo).matches()) throw new IllegalArgumentException("a CAMEO code is 2-4 digits, not '" + cameo + "'");
        if (since != null && until != null && since.isAfter(until)) throw new IllegalArgumentException("since " + since + " is after until " + until);
    }

    /** A CAMEO actor code in capitals, checked (so it can never carry SQL). */
    static String code(String code, String what) {
        if (code == null || code.isBlank()) return null;
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) throw new IllegalArgumentException("a " + what + " code is CAMEO letters in blocks of three (USA, RUSGOV), not '" + code + "'");
        return c;
    }

    public EventFilter withSource(String c) { return new EventFilter(c, target, actor, plover, root, cameo, since, until); }

    public EventFilter withTarget(String c) { return new EventFilter(source, c, actor, plover, root, cameo, since, until); }

    public EventFilter withActor(String c) { return new EventFilter(source, target, c, plover, root, cameo, since, until); }

    public EventFilter withPlover(String p) { return new EventFilter(source, target, actor, p, root, cameo, since, until); }

    public EventFilter withCameo(String c) { return new EventFilter(source, target, actor, plover, root, c, since, until); }

    public EventFilter withDays(LocalDate from, LocalDate to) { return new EventFilter(source, target, actor, plover, root, cameo, from, to); }
}
