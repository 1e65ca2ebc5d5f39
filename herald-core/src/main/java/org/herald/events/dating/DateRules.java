package org.herald.events.dating;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules that find a date phrase in a sentence and resolve it, in order: explicit dates first (they need no
 * reference), then phrases relative to the reference day. Where two rules' phrases overlap, the earlier rule's wins
 * ("March 3, 2024" is not also "March 3"). Month and day names match with a capital, so the modal "may" is no month.
 * A rule's id is recorded on the date it produced; rules that depend on the tense carry it (":past", ":future",
 * ":nearest"), so a phrase can be resolved again against another reference day ({@link #resolve}).
 */
final class DateRules {
    /** Which side of the reference a phrase without a year or a "last/next" lies on. */
    enum Tense { PAST, FUTURE, NEAREST;
        String suffix() { return ":" + name().toLowerCase(Locale.ROOT); }
    }

    /** A resolved day with its precision ("day", "week", "month", "year"). */
    record Resolved(LocalDate day, String precision) {}

    /** A phrase found in a text: where, which rule (with its tense where it has one), and the day, or null without a reference. */
    record Found(int start, int end, String rule, Resolved resolved) {}

    private interface Resolver { Resolved resolve(Matcher m, LocalDate ref, Tense tense); }

    private record Rule(String id, Pattern pattern, boolean usesTense, Resolver resolver) {}

    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String LEAD = "(?i:in|since|during|until|by|from|early|late|mid-|mid|before|after)";

    private final DateWords words;
    private final List<Rule> rules;

    DateRules(DateWords words) {
        this.words = words;
        String month = capitalised(words.months().keySet()), weekday = capitalised(words.weekdays().keySet());
        String number = "(?i:" + alternation(words.numbers().keySet()) + "|\\d{1,3})";
        String unit = "(?i:" + alternation(words.units().keySet()) + ")";
        String day = "(?i:" + alternation(words.days().keySet()) + ")";
        List<Rule> r = new ArrayList<>();
        r.add(new Rule("iso-date", Pattern.compile("(?<![\\d-])" + YEAR + "-(\\d\\d)-(\\d\\d)(?![\\d-])"), false,
                (m, ref, t) -> day(m.group(1), m.group(2), m.group(3))));
        r.add(new Rule("month-day-year", Pattern.compile("\\b(" + month + ")\\.?\\s+(\\d{1,2})" + ORD + ",?\\s+" + YEAR + "\\b"), false,
                (m, ref, t) -> day(m.group(3), month(m.group(1)), m.group(2))));
        r.add(new Rule("day-month-year", Pattern.compile("\\b(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + month + ")\\.?,?\\s+" + YEAR + "\\b"), false,
                (m, ref, t) -> day(m.group(3), month(m.group(2)), m.group(1))));
        r.add(new Rule("month-year", Pattern.compile("\\b(" + month + ")\\.?,?\\s+(?:of\\s+)?" + YEAR + "\\b"), false,
                (m, ref, t) -> monthOf(Integer.parseInt(m.group(2)), month(m.group(1)))));
        r.add(new Rule("month-day", Pattern.compile("\\b(" + month + ")\\.?\\s+(\\d{1,2})" + ORD + "\\b(?!\\s*,?\\s*\\d)"), true,
                (m, ref, t) -> monthDay(month(m.group(1)), Integer.parseInt(m.group(2)), ref, t)));
        r.add(new Rule("day-month", Pattern.compile("\\b(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + month + ")\\b"), true,
                (m, ref, t) -> monthDay(month(m.group(2)), Integer.parseInt(m.group(1)), ref, t)));
        r.add(new Rule("relative-day", Pattern.compile("\\b(" + day + ")\\b"), false,
                (m, ref, t) -> ref == null ? null : new Resolved(ref.plusDays(words.days().get(lower(m.group(1)).replaceAll("\\s+", " "))), "day")));
        r.add(new Rule("ago", Pattern.compile("\\b(" + number + ")\\s+(" + unit + ")\\s+(?i:ago)\\b"), false,
                (m, ref, t) -> ago(count(m.group(1)), words.units().get(lower(m.group(2))), ref)));
        r.add(new Rule("period", Pattern.compile("\\b((?i:last|past|this|next|earlier\\s+this|later\\s+this))\\s+((?i:week|month|year))\\b"), false,
                (m, ref, t) -> period(lower(m.group(1)), lower(m.group(2)), ref)));
        r.add(new Rule("weekday", Pattern.compile("\\b(?:((?i:last|next|this|on|early|late))\\s+)?(" + weekday + ")\\b"), true,
                (m, ref, t) -> weekday(m.group(1) == null ? "" : lower(m.group(1)), words.weekdays().get(lower(m.group(2))), ref, t)));
        r.add(new Rule("month", Pattern.compile("\\b" + LEAD + "\\s*(" + month + ")\\b(?!\\.?\\s*\\d)"), true,
                (m, ref, t) -> month(month(m.group(1)), ref, t)));
        r.add(new Rule("year", Pattern.compile("\\b" + LEAD + "\\s*" + YEAR + "\\b(?!-\\d)"), false,
                (m, ref, t) -> new Resolved(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), "year")));
        this.rules = List.copyOf(r);
    }

    /** Every phrase of {@code text}, in text order; of overlapping phrases the earlier rule's. */
    List<Found> findAll(String text, LocalDate ref, Tense tense) {
        List<Found> out = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                int s = m.start(), e = m.end();
                if (out.stream().anyMatch(f -> f.start() < e && s < f.end())) continue;
                Resolved r;
                try {
                    r = rule.resolver().resolve(m, ref, tense);
                } catch (DateTimeException | ArithmeticException | NumberFormatException ex) {
                    continue; // "February 30": not a date
                }
                if (r == null && ref != null) continue;
                out.add(new Found(s, e, rule.usesTense() ? rule.id() + tense.suffix() : rule.id(), r));
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /** The phrase {@code phrase} resolved again by rule {@code ruleId} (as recorded) against {@code ref}; empty if it no longer reads as that rule. */
    Optional<Resolved> resolve(String ruleId, String phrase, LocalDate ref) {
        String id = ruleId;
        Tense tense = Tense.NEAREST;
        int colon = ruleId.indexOf(':');
        if (colon > 0) {
            id = ruleId.substring(0, colon);
            tense = Tense.valueOf(ruleId.substring(colon + 1).toUpperCase(Locale.ROOT));
        }
        for (Rule rule : rules) {
            if (!rule.id().equals(id)) continue;
            Matcher m = rule.pattern().matcher(phrase);
            if (!m.find()) return Optional.empty();
            try {
                return Optional.ofNullable(rule.resolver().resolve(m, ref, tense));
            } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    Tense tense(List<String> tokenWords, List<String> tokenTags) {
        boolean past = false;
        for (int i = 0; i < tokenWords.size(); i++) {
            if (words.future().contains(lower(tokenWords.get(i)))) return Tense.FUTURE;
            String tag = tokenTags.get(i);
            if (tag.equals("VBD") || tag.equals("VBN")) past = true;
        }
        return past ? Tense.PAST : Tense.NEAREST;
    }

    // ---- resolvers ----

    private int month(String name) {
        Integer m = words.months().get(lower(name));
        if (m == null) throw new DateTimeException("no month " + name);
        return m;
    }

    private int count(String s) {
        Integer n = words.numbers().get(lower(s));
        return n != null ? n : Integer.parseInt(s);
    }

    private static Resolved day(String y, int month, String d) {
        return new Resolved(LocalDate.of(Integer.parseInt(y), month, Integer.parseInt(d)), "day");
    }

    private static Resolved day(String y, String m, String d) { return day(y, Integer.parseInt(m), d); }

    private static Resolved monthOf(int year, int month) { return new Resolved(LocalDate.of(year, month, 1), "month"); }

    /** A month and day without a year: the year that puts it on the tense's side of the reference. */
    private static Resolved monthDay(int month, int dayOfMonth, LocalDate ref, Tense t) {
        if (ref == null) return null;
        List<LocalDate> candidates = new ArrayList<>();
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            try {
                candidates.add(LocalDate.of(y, month, dayOfMonth));
            } catch (DateTimeException e) {
                // February 29 of a common year
            }
        }
        if (candidates.isEmpty()) throw new DateTimeException("no such day");
        return new Resolved(pick(candidates, ref, t), "day");
    }

    private static Resolved month(int month, LocalDate ref, Tense t) {
        if (ref == null) return null;
        List<LocalDate> candidates = new ArrayList<>();
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) candidates.add(LocalDate.of(y, month, 1));
        // The reference's own month counts as on both sides of it.
        LocalDate refMonth = ref.withDayOfMonth(1);
        return new Resolved(pick(candidates, refMonth, t), "month");
    }

    /** Past: the latest candidate on or before the reference; future: the earliest on or after; nearest: the closest, past on a tie. */
    private static LocalDate pick(List<LocalDate> candidates, LocalDate ref, Tense t) {
        return switch (t) {
            case PAST -> candidates.stream().filter(d -> !d.isAfter(ref)).max(Comparator.naturalOrder()).orElse(candidates.get(0));
            case FUTURE -> candidates.stream().filter(d -> !d.isBefore(ref)).min(Comparator.naturalOrder()).orElse(candidates.get(candidates.size() - 1));
            case NEAREST -> candidates.stream().min(Comparator.comparingLong((LocalDate d) -> Math.abs(ChronoUnit.DAYS.between(ref, d)))
                    .thenComparing(Comparator.naturalOrder())).orElseThrow();
        };
    }

    private static Resolved weekday(String modifier, int isoDay, LocalDate ref, Tense t) {
        if (ref == null) return null;
        DayOfWeek dow = DayOfWeek.of(isoDay);
        LocalDate d = switch (modifier) {
            case "last" -> ref.with(TemporalAdjusters.previous(dow));
            case "next" -> ref.with(TemporalAdjusters.next(dow));
            default -> t == Tense.FUTURE ? ref.with(TemporalAdjusters.nextOrSame(dow)) : ref.with(TemporalAdjusters.previousOrSame(dow));
        };
        return new Resolved(d, "day");
    }

    private static Resolved period(String which, String unit, LocalDate ref) {
        if (ref == null) return null;
        int shift = switch (which.replaceAll("\\s+", " ")) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0; // this, earlier this, later this
        };
        return start(unit, switch (unit) {
            case "week" -> ref.plusWeeks(shift);
            case "month" -> ref.plusMonths(shift);
            default -> ref.plusYears(shift);
        });
    }

    private static Resolved ago(int n, String unit, LocalDate ref) {
        if (ref == null) return null;
        return start(unit, switch (unit) {
            case "day" -> ref.minusDays(n);
            case "week" -> ref.minusWeeks(n);
            case "month" -> ref.minusMonths(n);
            default -> ref.minusYears(n);
        });
    }

    /** The first day of the period of {@code unit} containing {@code d} (weeks start on Monday). */
    private static Resolved start(String unit, LocalDate d) {
        return switch (unit) {
            case "day" -> new Resolved(d, "day");
            case "week" -> new Resolved(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), "week");
            case "month" -> new Resolved(d.withDayOfMonth(1), "month");
            default -> new Resolved(d.withDayOfYear(1), "year");
        };
    }

    // ---- patterns ----

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }

    /** Longest first, so that "sept" is tried before "sep". */
    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }

    /** Names with a capital first letter, or in capitals ("March", "MARCH"; not "march"). */
    private static String capitalised(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .flatMap(w -> java.util.stream.Stream.of(Character.toUpperCase(w.charAt(0)) + w.substring(1), w.toUpperCase(Locale.ROOT)))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
