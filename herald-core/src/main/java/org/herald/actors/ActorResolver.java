package org.herald.actors;

import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.EntityMention;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the document's actors and resolves each to a CAMEO code. Knowledge: {@code actors/countries.tsv},
 * {@code igos.tsv}, {@code groups.tsv}, {@code roles.tsv}, plus the {@link ActorRegistry} snapshot handed in.
 *
 * <p>The rules run in this order ({@link #ruleIds}), each on what the earlier ones left; each actor records the id of
 * the rule or pattern that decided its code:
 * <ol>
 *   <li>{@code persons}: CoreNLP PERSON names, with the country and role around them ({@link TitleFinder}):
 *       {@code person.title}, {@code person.title-comma}, {@code person.title-of}, {@code person.appositive},
 *       {@code person.appositive-country} (a country and no known role word: the country, no agent),
 *       {@code person.title-complement} ("the US ambassador to the UN, X,": the country that owns the role),
 *       {@code person.of-country} ("Lena Novak of Croatia"), else {@code person.ner}. A title that names no
 *       country leaves the person without one, whatever country the article is about;</li>
 *   <li>{@code persons.titled}: proper nouns right after a title that CoreNLP did not mark as a person
 *       ({@code person.title-name}); after a lower-case role or a comma only when the title names a country;</li>
 *   <li>{@code country.agent}: a country or demonym with a group or body after it ("North Korean troops" =
 *       PRKMIL, "Russia's government" = RUSGOV), or with a person's role and no name ({@code person.nominal});</li>
 *   <li>{@code gazetteer}: the other names of the knowledge files ({@code gazetteer.country},
 *       {@code gazetteer.organization}, {@code gazetteer.group}, {@code capital.government}, {@code capital.place},
 *       {@code seat.government}); {@code not-actors.tsv} phrases hide the names inside them;</li>
 *   <li>{@code person.nominal}: role-only mentions joined to the named official of their country;</li>
 *   <li>{@code person.surname}: later surnames of the document's persons, or of the registry's officials;</li>
 *   <li>{@code role.bare}: role words with no name and no country before them ("police", "the lawmakers",
 *       "Congress"): an actor with the role's agent, the country of an "in/of/from" place after it if any
 *       ({@link BareRoles});</li>
 *   <li>{@code ner}: other CoreNLP ORGANIZATION and LOCATION names, without a code;</li>
 *   <li>{@code person.registry}: persons the document gives no country for take the registry's; pinned entries
 *       win over the document ({@code person.pinned});</li>
 *   <li>{@code person.pronoun}: he, she, him, his, her → the person mentioned last, within three sentences;</li>
 *   <li>{@code country.context}: actors with an agent and no country take the country of the same role word named
 *       earlier with one ("Swedish prosecutors" ... "Prosecutors"), else the dateline's country, else the country
 *       of the places the article names most ({@code places.tsv}), else the country the article names most,
 *       and record it in {@link Actor#countryFrom} ({@link ContextCountry}). A state or city named with the role ("a Texas man", "Fort Worth police": {@code places.tsv}) gives its country first
 *       ({@code place.agent}).</li>
 * </ol>
 * Pure and thread-safe: the same article, NLP and snapshot give the same {@link Actors}.
 */
public final class ActorResolver {
    private final Gazetteer gazetteer;
    private final List<Rule> rules;

    private ActorResolver(Gazetteer gazetteer, RoleBook roles) {
        this.gazetteer = gazetteer;
        TitleFinder titles = new TitleFinder(roles);
        // The order is the cascade: each rule takes only words the earlier ones left unclaimed.
        this.rules = List.of(
                new Rule.Step("persons", c -> c.sentences().forEach(v -> new PersonRules(c.table(), titles, c.fullNameBySurname()).apply(v))),
                new Rule.Step("persons.titled", c -> c.sentences().forEach(v -> new PersonRules(c.table(), titles, c.fullNameBySurname()).titled(v, roles))),
                new Rule.Step("country.agent", c -> c.sentences().forEach(v -> new NameRules(c.table(), roles).countryAgents(v))),
                new Rule.Step("gazetteer", c -> c.sentences().forEach(v -> new NameRules(c.table(), roles).names(v))),
                new Rule.Step("person.nominal", c -> new BackReferences(c.table(), c.nlp()).joinNominals()),
                new Rule.Step("person.surname", c -> new BackReferences(c.table(), c.nlp()).surnames(c.sentences(), c.registry())),
                new Rule.Step("role.bare", c -> c.sentences().forEach(v -> new BareRoles(c.table(), roles).apply(v))),
                new Rule.Step("ner", c -> c.sentences().forEach(v -> new NameRules(c.table(), roles).otherEntities(v))),
                new Rule.Step("person.registry", c -> new BackReferences(c.table(), c.nlp()).registry(c.registry())),
                new Rule.Step("person.pronoun", c -> new BackReferences(c.table(), c.nlp()).pronouns(c.sentences())),
                new Rule.Step("country.context", c -> new ContextCountry(c.table(), gazetteer).apply()));
    }

    public static ActorResolver load(KnowledgeSource source) {
        return new ActorResolver(Gazetteer.load(source), RoleBook.load(source));
    }

    /** The ids of the rules, in the order they run. */
    public List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }

    public Actors resolve(Article article, NlpDocument nlp, ActorRegistry registry) {
        String body = article.body();
        ActorTable table = new ActorTable(body);
        List<SentenceView> views = new ArrayList<>();
        for (Sentence s : nlp.sentences()) views.add(new SentenceView(s, namesOutsidePersons(body, s)));
        Rule.Context context = new Rule.Context(table, views, nlp, registry, fullNames(nlp));
        for (Rule rule : rules) rule.apply(context);
        List<LearnedOfficial> learned = new ArrayList<>();
        List<Actor> actors = table.build();
        for (ActorTable.Entry e : table.entries()) {
            if (e.isPerson() && e.evidence != null && e.country != null && !e.mentions.isEmpty() && e.key.startsWith("P:"))
                learned.add(new LearnedOfficial(e.name, e.country, e.role, e.code, e.evidence));
        }
        return new Actors(actors, learned);
    }

    /** Gazetteer names, less those inside a longer PERSON name ("Georgia" in "Georgia Smith"). */
    private List<Gazetteer.Match> namesOutsidePersons(String body, Sentence s) {
        List<Gazetteer.Match> out = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.find(body, s)) {
            boolean inside = false;
            for (EntityMention e : s.entities()) {
                if ("PERSON".equals(e.type()) && e.firstToken() <= m.first() && m.end() <= e.endToken()
                        && e.endToken() - e.firstToken() > m.end() - m.first()) inside = true;
            }
            if (!inside) out.add(m);
        }
        return out;
    }

    /** Surname (lower case; "de vries" for "Anouk de Vries") → the first full PERSON name with it, over the whole document. */
    private static Map<String, String> fullNames(NlpDocument nlp) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Sentence s : nlp.sentences()) {
            for (EntityMention e : s.entities()) {
                if (!"PERSON".equals(e.type()) || e.endToken() - e.firstToken() < 2) continue;
                String name = PersonRules.cleanName(e.text());
                out.putIfAbsent(s.token(e.endToken() - 1).word().toLowerCase(java.util.Locale.ROOT), name);
                String particle = PersonRules.particleSurname(name);
                if (particle != null) out.putIfAbsent(particle.toLowerCase(java.util.Locale.ROOT), name);
            }
        }
        // Family name first ("Kim Jong Un" ... "Kim", "Wang Lei" ... "Wang"): the first word, where no surname claims it.
        for (Sentence s : nlp.sentences()) {
            for (EntityMention e : s.entities()) {
                if (!"PERSON".equals(e.type()) || e.endToken() - e.firstToken() < 2) continue;
                out.putIfAbsent(s.token(e.firstToken()).word().toLowerCase(java.util.Locale.ROOT), PersonRules.cleanName(e.text()));
            }
        }
        return out;
    }
}
