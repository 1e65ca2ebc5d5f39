package org.herald.actors;

import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.EntityMention;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the document's actors and resolves each to a CAMEO code. Knowledge: {@code actors/countries.tsv},
 * {@code igos.tsv}, {@code groups.tsv}, {@code roles.tsv}, plus the {@link ActorRegistry} snapshot handed in.
 *
 * <p>The rules run in this order, each on what the earlier ones left (each actor records the rule that decided
 * its code):
 * <ol>
 *   <li>{@code person.title}, {@code person.title-comma}, {@code person.appositive}, {@code person.ner}: a
 *       CoreNLP PERSON name, with the country and role of the words around it ({@link TitleFinder});</li>
 *   <li>{@code country.agent}: a country or demonym with a group or body after it ("North Korean troops" =
 *       PRKMIL, "Russia's government" = RUSGOV); {@code person.nominal}: with a person's role after it
 *       ("Russia's representative to the UN"), later joined to the named official it stands for;</li>
 *   <li>{@code gazetteer.country}, {@code gazetteer.organization}, {@code gazetteer.group}, {@code capital.government},
 *       {@code capital.place}, {@code seat.government}: the other names of the knowledge files;</li>
 *   <li>{@code ner.organization}, {@code ner.location}: other CoreNLP names (code unknown, so null);</li>
 *   <li>{@code person.surname}, {@code person.pronoun}, {@code person.registry}: back-references
 *       ({@link BackReferences}) and the registry.</li>
 * </ol>
 * Pure and thread-safe: the same article, NLP and snapshot give the same {@link Actors}.
 */
public final class ActorResolver {
    private final Gazetteer gazetteer;
    private final RoleBook roles;
    private final TitleFinder titles;

    private ActorResolver(Gazetteer gazetteer, RoleBook roles) {
        this.gazetteer = gazetteer;
        this.roles = roles;
        this.titles = new TitleFinder(roles);
    }

    public static ActorResolver load(KnowledgeSource source) {
        return new ActorResolver(Gazetteer.load(source), RoleBook.load(source));
    }

    public Actors resolve(Article article, NlpDocument nlp, ActorRegistry registry) {
        String body = article.body();
        ActorTable table = new ActorTable(body);
        List<SentenceView> views = new ArrayList<>();
        for (Sentence s : nlp.sentences()) views.add(new SentenceView(s, namesOutsidePersons(body, s)));
        Map<String, String> fullNameBySurname = fullNames(nlp);
        PersonRules persons = new PersonRules(table, titles, fullNameBySurname);
        NameRules names = new NameRules(table, roles);
        for (SentenceView v : views) {
            persons.apply(v);
            persons.titled(v, roles);
            names.countryAgents(v);
            names.names(v);
        }
        BackReferences back = new BackReferences(table, nlp);
        back.joinNominals();
        back.surnames(views, registry);
        for (SentenceView v : views) names.otherEntities(v);
        back.registry(registry);
        back.pronouns(views);
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

    /** Surname → the first full (two or more word) PERSON name with it, over the whole document. */
    private static Map<String, String> fullNames(NlpDocument nlp) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Sentence s : nlp.sentences()) {
            for (EntityMention e : s.entities()) {
                if (!"PERSON".equals(e.type()) || e.endToken() - e.firstToken() < 2) continue;
                String name = PersonRules.cleanName(e.text());
                out.putIfAbsent(s.token(e.endToken() - 1).word(), name);
            }
        }
        // Family name first ("Kim Jong Un" ... "Kim"): the first word, where no surname claims it.
        for (Sentence s : nlp.sentences()) {
            for (EntityMention e : s.entities()) {
                if (!"PERSON".equals(e.type()) || e.endToken() - e.firstToken() < 3) continue;
                out.putIfAbsent(s.token(e.firstToken()).word(), PersonRules.cleanName(e.text()));
            }
        }
        return out;
    }
}
