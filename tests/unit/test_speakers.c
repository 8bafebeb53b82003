/* Speakers: one check per resolution rule, on articles written for the
 * test — names and surnames, titles and roles, acronyms, "the Post",
 * pronouns across paragraphs, definite descriptions, spokespeople,
 * anonymous and vague sources, channels, recipients, times. */
#include "check.h"
#include "internal.h"
#include "speakers/coref.h"

static ws_doc *run_hooked(const char *s, const ws_coref_hook *hook) {
  ws_error err = {0};
  ws_doc *d = ws_doc_new(s, strlen(s), NULL, 1, &err);
  if (d) d->coref_hook = hook;
  CHECK(d && ws_analyze(d, ws_model_default(), &err) == WS_OK);
  return d;
}

static ws_doc *run(const char *s) { return run_hooked(s, NULL); }

/* the attribution whose source text is `src` (the n-th such) */
static const ws_attribution *by_source(const ws_doc *d, const char *src, int nth) {
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++) {
    const ws_attribution *a = ws_doc_attribution(d, i);
    if (a->has_source && !strcmp(a->source.text, src) && nth-- == 0) return a;
  }
  return NULL;
}

/* the first attribution whose source text starts with `src` */
static const ws_attribution *by_prefix(const ws_doc *d, const char *src) {
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++) {
    const ws_attribution *a = ws_doc_attribution(d, i);
    if (a->has_source && !strncmp(a->source.text, src, strlen(src))) return a;
  }
  return NULL;
}

/* a's speaker and its type, NULL when there is no a */
static const char *canonical(const ws_attribution *a) { return a ? a->source_canonical : NULL; }
static const char *type_of(const ws_attribution *a) { return a ? a->source_type : NULL; }

static const ws_entity *entity(const ws_doc *d, const char *name) {
  for (size_t i = 0; i < ws_doc_entity_count(d); i++)
    if (!strcmp(ws_doc_entity(d, i)->name, name)) return ws_doc_entity(d, i);
  return NULL;
}

static const char *time_of(const ws_doc *d, const char *text) {
  for (size_t i = 0; i < ws_doc_time_count(d); i++)
    if (!strcmp(ws_doc_time(d, i)->part.text, text))
      return ws_doc_time(d, i)->value ? ws_doc_time(d, i)->value : "(unresolved)";
  return "(none)";
}

int main(void) {
  /* surname and title: "Transportation Secretary Maria Lopez" is the
   * name Maria Lopez in a role; "Lopez" is the same person */
  ws_doc *d = run("date 2026-06-10 (Metro Daily) Transportation Secretary Maria Lopez said on "
                  "Monday that the bridge would reopen.\n\n"
                  "Lopez said the repairs cost less than expected.\n");
  const ws_attribution *a = by_source(d, "Lopez", 0);
  CHECK_STR(canonical(a), "Maria Lopez");
  const ws_entity *e = entity(d, "Maria Lopez");
  CHECK(e && e->role && !strcmp(e->role, "Transportation Secretary"));
  CHECK(e && !strcmp(e->type, "person") && e->nmentions == 2);
  ws_doc_free(d);

  /* a headline's surname that the name table calls a company ("Ford")
   * is the person a first name later names in full ("Premier Doug Ford");
   * a province's name is not an organisation whose name ends with it */
  d = run("Ontario to cap rents, Ford says\n\nTORONTO - Ontario will cap rent increases, Premier "
          "Doug Ford announced Tuesday.\n\nFord told reporters that tenants had been hit hard. The "
          "Federation of Rental-housing Providers of Ontario warned the change would freeze "
          "construction.\n");
  e = entity(d, "Doug Ford");
  CHECK(e && !strcmp(e->type, "person") && e->nmentions == 3);
  CHECK(entity(d, "Ford") == NULL);
  CHECK_STR(canonical(by_source(d, "Ford", 1)), "Doug Ford");
  e = entity(d, "Federation of Rental-housing Providers of Ontario");
  CHECK(e && e->nmentions == 1);
  ws_doc_free(d);

  /* "May" before a day or after "in" is the month, not an entity;
   * "Theresa May" is a person */
  d = run("The aide must appear in court May 4, the clerk said. In May, the council said it "
          "would act.\n\nTheresa May said the plan works.\n");
  CHECK(entity(d, "May") == NULL);
  e = entity(d, "Theresa May");
  CHECK(e && !strcmp(e->type, "person"));
  ws_doc_free(d);

  /* a person's name, a role, then another name: the second is the
   * speaker, in that role, working for the first ("Obama aide David
   * Axelrod", "Clinton's spokesman Brian Fallon"); "Health Canada" is an
   * organisation */
  d = run("Obama aide David Axelrod said the campaign was ready. Clinton's spokesman Brian "
          "Fallon said it was not.\n\nHealth Canada spokesperson Mark Johnson said tests "
          "continue.\n");
  a = by_source(d, "Obama aide David Axelrod", 0);
  CHECK_STR(canonical(a), "David Axelrod");
  CHECK(a && a->source_role && !strcmp(a->source_role, "aide"));
  CHECK(a && a->source_org && !strcmp(a->source_org, "Obama"));
  a = by_source(d, "Clinton's spokesman Brian Fallon", 0);
  CHECK_STR(canonical(a), "Brian Fallon");
  CHECK(a && a->source_org && !strcmp(a->source_org, "Clinton"));
  e = entity(d, "Health Canada");
  CHECK(e && !strcmp(e->type, "organization"));
  ws_doc_free(d);

  /* a sentence-initial adjective before a capitalised common noun opens
   * a name ("Indigenous Services Canada", an organisation before a place
   * word), but not before a title or after a quantifier; a capital word
   * seen once that only opens a sentence or precedes a number is no one
   * a source speaks for */
  d = run("Indigenous Services Canada said crews were on site.\n\n"
          "Republican Rep. Lee Zeldin said the plan would fail.\n\n"
          "Sixty-six percent said the economy was their top issue.\n\n"
          "A Grade 11 student at the school said most classmates would ignore the rule.\n");
  e = entity(d, "Indigenous Services Canada");
  CHECK(e && !strcmp(e->type, "organization"));
  CHECK(entity(d, "Services Canada") == NULL);
  a = by_source(d, "Republican Rep. Lee Zeldin", 0);
  CHECK_STR(canonical(a), "Lee Zeldin");
  a = by_source(d, "Sixty-six percent", 0);
  CHECK(a && !a->source_org);
  a = by_source(d, "A Grade 11 student at the school", 0);
  CHECK(a && !a->source_org);
  ws_doc_free(d);

  /* a first name before a surname that names an organisation in the
   * training corpus (the Brennan Center) is a person, whom "She" can
   * mean; an organisation's word after a first name stays one */
  d = run("Kelly Brennan, 34, from Wigan, says her two children must eat hot meals from next term.\n\n"
          "She told The Northern Post: \"It is too much for us.\"\n\n"
          "Kelly Services said it would hire 200 drivers.\n");
  e = entity(d, "Kelly Brennan");
  CHECK(e && !strcmp(e->type, "person"));
  a = by_source(d, "She", 0);
  CHECK_STR(canonical(a), "Kelly Brennan");
  e = entity(d, "Kelly Services");
  CHECK(e && !strcmp(e->type, "organization"));
  ws_doc_free(d);
  /* who got a document ("shared with CBC", "obtained by the Gazette")
   * did not say it; who released or provided it did */
  d = run("The plant was built in 1998, according to a band council report shared with CBC.\n\n"
          "The repairs will cost $4 million, according to a memo obtained by the Lakeside Gazette.\n\n"
          "The delay was avoidable, according to a review released by the Harbor Authority.\n");
  /* (however far the tagger takes the name) */
  a = by_prefix(d, "a band council report");
  CHECK_STR(canonical(a), "band council report");
  a = by_prefix(d, "a memo obtained by");
  CHECK_STR(canonical(a), "memo");
  a = by_source(d, "a review released by the Harbor Authority", 0);
  CHECK_STR(canonical(a), "Harbor Authority");
  ws_doc_free(d);
  /* "the group" is the source whose appositive is a group, not the last
   * organisation named; "One of the authors of that report" is no report */
  d = run("The measure passed the Health, Education, Labor and Pensions Committee on Thursday.\n\n"
          "The industry's main lobbying group, PhRMA, warned that the penalties would hurt research. "
          "In a statement, the group said the bill \"takes a sledgehammer to the system.\"\n\n"
          "One of the authors of the 2013 report, Ari Fleming, said the party had not listened.\n\n"
          "The report stated that the party must change.\n");
  a = by_source(d, "the group", 0);
  CHECK_STR(canonical(a), "PhRMA");
  a = by_source(d, "The report", 0);
  CHECK(a && (!a->source_canonical || strcmp(a->source_canonical, "Ari Fleming")));
  ws_doc_free(d);
  /* whoever saw the figures did not give them */
  d = run("Figures seen by this website show the council must find $12 million in savings.\n");
  a = by_source(d, "Figures seen by this website", 0);
  CHECK_STR(canonical(a), "Figures");
  ws_doc_free(d);
  /* people described at a named workplace: the description speaks, the
   * workplace is its organisation (not "Morgan Stanley", a man); a name
   * in apposition is still the source; a source at a station stays
   * anonymous */
  d = run("Analysts at Morgan Stanley estimated that the rules would cut revenue by 1 percent.\n\n"
          "His best friend at Lehigh, Bruce Turry, said the two had lost touch.\n\n"
          "A source at the Tampa station said the anchor had been warned.\n");
  a = by_source(d, "Analysts at Morgan Stanley", 0);
  CHECK(a && a->source_org && !strcmp(a->source_org, "Morgan Stanley"));
  CHECK_STR(type_of(a), "group");
  a = by_source(d, "His best friend at Lehigh, Bruce Turry", 0);
  if (!a) a = by_source(d, "His best friend at Lehigh, Bruce Turry,", 0);
  CHECK_STR(canonical(a), "Bruce Turry");
  a = by_source(d, "A source at the Tampa station", 0);
  CHECK_STR(type_of(a), "anonymous");
  ws_doc_free(d);
  /* "the company" is no organisation named as another kind ("Alliance") */
  d = run("Brightline Health today announced a partnership with the Rural Clinic Alliance.\n\n"
          "Tom Avery, executive director of the Rural Clinic Alliance, said members had asked for it.\n\n"
          "The company said the program would reach 500,000 patients.\n");
  CHECK_STR(canonical(by_source(d, "The company", 0)), "Brightline Health");
  ws_doc_free(d);
  /* an anonymous source is named by its head noun, not by the last word
   * of what follows it */
  d = run("A source close to the Chancellor said she would not change course.\n\n"
          "An ICE official speaking on condition of anonymity said the raids would go on.\n");
  CHECK_STR(canonical(by_source(d, "A source close to the Chancellor", 0)), "anonymous Chancellor source");
  CHECK_STR(canonical(by_prefix(d, "An ICE official")), "anonymous ICE official");
  ws_doc_free(d);
  /* a bare title is the person who holds it: the last named before,
   * else (a headline) the first named after */
  d = run("Dental care to reach care homes, minister says\n\n"
          "Health Minister Priya Sandhu announced the change on Tuesday.\n\n"
          "Mayor Tom Alder welcomed it. The minister said the program would cost $4 billion.\n");
  a = by_source(d, "minister", 0);
  CHECK_STR(canonical(a), "Priya Sandhu");
  a = by_source(d, "The minister", 0);
  CHECK_STR(canonical(a), "Priya Sandhu");
  ws_doc_free(d);
  /* two people of one surname: the honorific picks the one of its
   * gender; "Mr. Obama" after "Michelle Obama" is someone else */
  d = run("Clinton hints at husband's role\n\n"
          "Former President Bill Clinton campaigned for Hillary Clinton in Kentucky on Monday.\n\n"
          "Mrs. Clinton said her husband would work on the economy.\n\n"
          "Mr. Clinton said he was glad to help.\n");
  a = by_source(d, "Mrs. Clinton", 0);
  CHECK_STR(canonical(a), "Hillary Clinton");
  a = by_source(d, "Mr. Clinton", 0);
  CHECK_STR(canonical(a), "Bill Clinton");
  ws_doc_free(d);
  d = run("President Obama spoke at the dinner.\n\n"
          "Mr. Obama said the stakes were high. The first lady, Michelle Obama, said she agreed.\n\n"
          "Mr. Obama said he would campaign in Ohio.\n");
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++) {
    a = ws_doc_attribution(d, i);
    if (a->source.text && !strcmp(a->source.text, "Mr. Obama"))
      CHECK(a->source_canonical && strcmp(a->source_canonical, "Michelle Obama"));
  }
  ws_doc_free(d);
  /* an organisation's first word alone is the organisation */
  d = run("Harborline Health today announced a virtual care program.\n\n"
          "Harborline expects the program to serve 15,000 patients.\n");
  a = by_source(d, "Harborline", 0);
  CHECK_STR(canonical(a), "Harborline Health");
  CHECK_STR(type_of(a), "organization");
  ws_doc_free(d);
  /* British honorifics have no stop: "Mrs Price" is the woman */
  d = run("Council leader Angela Price and her deputy, Tom Price, met residents on Monday.\n\n"
          "Mrs Price said the council had made mistakes.\n\n"
          "Mr Price said he would resign if the audit found fraud.\n");
  a = by_source(d, "Mrs Price", 0);
  CHECK_STR(canonical(a), "Angela Price");
  a = by_source(d, "Mr Price", 0);
  CHECK_STR(canonical(a), "Tom Price");
  ws_doc_free(d);
  /* wire copy's anonymous sources: "the people" are the people familiar
   * with the matter; "one of the sources" is anonymous, not a group */
  d = run("Harrow Freight is exploring a sale of its trucking unit, three people familiar with the matter said.\n\n"
          "The company has held talks with two buyers, the people said.\n\n"
          "The unit could be valued at about $4 billion, one of the sources said.\n");
  a = by_source(d, "the people", 0);
  CHECK_STR(canonical(a), "three people familiar with the matter");
  CHECK_STR(type_of(a), "anonymous");
  a = by_source(d, "one of the sources", 0);
  CHECK_STR(type_of(a), "anonymous");
  ws_doc_free(d);
  /* an unnamed official or aide is an anonymous source, named ones are
   * people; a plural in -ies keeps its singular's type; a person's
   * plural is a group; a company named by its trade is an organisation */
  d = run("A senior administration official said the talks had stalled.\n\n"
          "One senior GOP aide said the vote would fail.\n\n"
          "Trump aide Hope Hicks said the campaign would respond.\n\n"
          "Refugee charities said the camps must close.\n\n"
          "Forecasters warned that more storms were possible.\n\n"
          "Northwind Therapeutics said the drug was well tolerated.\n");
  CHECK_STR(type_of(by_source(d, "A senior administration official", 0)), "anonymous");
  CHECK_STR(type_of(by_source(d, "One senior GOP aide", 0)), "anonymous");
  a = by_source(d, "Trump aide Hope Hicks", 0);
  CHECK_STR(type_of(a), "person");
  CHECK_STR(canonical(a), "Hope Hicks");
  CHECK_STR(type_of(by_source(d, "Refugee charities", 0)), "organization");
  CHECK_STR(type_of(by_source(d, "Forecasters", 0)), "group");
  CHECK_STR(type_of(by_source(d, "Northwind Therapeutics", 0)), "organization");
  ws_doc_free(d);
  /* a caucus or a share of a group is a group, and so is "they" for it;
   * "House" is no man's first name here */
  d = run("House Republicans said they had the votes. They said the bill would pass.\n\n"
          "Some 47 percent of Cuban Americans said they backed the plan.\n");
  CHECK_STR(type_of(by_source(d, "House Republicans", 0)), "group");
  CHECK_STR(type_of(by_source(d, "They", 0)), "group");
  CHECK_STR(type_of(by_source(d, "Some 47 percent of Cuban Americans", 0)), "group");
  e = entity(d, "House Republicans");
  CHECK(e && strcmp(e->type, "person"));
  ws_doc_free(d);
  /* a lower-case title before a name makes a person of a name the name
   * table calls a place ("Madison") */
  d = run("\"We are cautiously optimistic,\" fire information officer Madison Sharpe told Global News.\n");
  e = entity(d, "Madison Sharpe");
  CHECK(e && !strcmp(e->type, "person"));
  ws_doc_free(d);
  /* a tabloid's capitals are no organisation's: the MP is a person */
  d = run("A FURIOUS MP has blasted ferry bosses after passengers were stranded for 12 hours.\n");
  CHECK_STR(type_of(by_source(d, "A FURIOUS MP", 0)), "person");
  ws_doc_free(d);
  /* British family words type a source ("mum") */
  d = run("The policy has angered parents.\n\n"
          "One mum said the school had never asked families what they could afford.\n");
  a = by_source(d, "One mum", 0);
  CHECK_STR(type_of(a), "person");
  ws_doc_free(d);

  /* a relative word with no name before it speaks for the noun phrase it
   * hangs on; "who" skips a prepositional phrase on a singular noun, but
   * not on a plural one; "someone who" stays nobody */
  d = run("The plan drew the ire of lawmakers who said it went too far.\n\n"
          "The ruling surprised experts in national security law, who said the order was plainly legal.\n\n"
          "There is someone who said the vote was rigged.\n");
  int lawmakers = 0, experts = 0, someone = 0;
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++) {
    a = ws_doc_attribution(d, i);
    if (!a->has_source || strcmp(a->source.text, "who")) continue;
    const char *c = a->source_canonical;
    lawmakers += c && !strcmp(c, "lawmakers") && !strcmp(a->source_type, "group");
    experts += c && !strcmp(c, "experts");
    someone += a->source.spans[0].start > 150 && c != NULL;
  }
  CHECK(lawmakers >= 1 && experts >= 1 && someone == 0);
  ws_doc_free(d);

  /* "they" after two people named together as a subject is those two */
  d = run("Mr. Grassley and Mr. Leahy say other changes are needed.\n\n"
          "The program has grown well beyond its original intent, they say.\n");
  a = by_source(d, "they", 0);
  CHECK_STR(canonical(a), "Grassley and Leahy");
  CHECK_STR(type_of(a), "group");
  ws_doc_free(d);

  /* a group of a place or of a person is a group, not that one */
  d = run("Residents of Mill Lane say the bins were missed again. Supporters of Hillary Clinton "
          "said the rally was the largest yet. Staff at the Royal Infirmary say morale is low.\n");
  a = by_source(d, "Residents of Mill Lane", 0);
  CHECK_STR(type_of(a), "group");
  CHECK(a && a->source_canonical && strcmp(a->source_canonical, "Mill Lane"));
  a = by_source(d, "Supporters of Hillary Clinton", 0);
  CHECK_STR(type_of(a), "group");
  CHECK(a && a->source_canonical && strcmp(a->source_canonical, "Hillary Clinton"));
  CHECK_STR(type_of(by_source(d, "Staff at the Royal Infirmary", 0)), "group");
  ws_doc_free(d);

  /* "Secretary of State" opening a sentence: "State" is the role's */
  d = run("Secretary of State John Kerry said the talks would resume. He said Iran had agreed.\n");
  CHECK_STR(canonical(by_source(d, "Secretary of State John Kerry", 0)), "John Kerry");
  CHECK_STR(canonical(by_source(d, "He", 0)), "John Kerry");
  ws_doc_free(d);

  /* British titles without a stop are roles, not the name's words */
  d = run("Prof Anita Desai said the study was the largest of its kind. Det Insp Mark Lee said the "
          "inquiry was continuing.\n");
  CHECK_STR(canonical(by_source(d, "Prof Anita Desai", 0)), "Anita Desai");
  CHECK_STR(canonical(by_source(d, "Det Insp Mark Lee", 0)), "Mark Lee");
  ws_doc_free(d);

  /* a district's number before a member's title: "Ward 7" is no one's
   * name, and "Coun." with its stop is a title */
  d = run("Ward 7 Coun. Terry Wong says the city cannot fix the problem on its own. District 4 "
          "Supervisor Jane Kim said the vote was close.\n");
  CHECK_STR(canonical(by_source(d, "Ward 7 Coun. Terry Wong", 0)), "Terry Wong");
  CHECK_STR(canonical(by_source(d, "District 4 Supervisor Jane Kim", 0)), "Jane Kim");
  ws_doc_free(d);

  /* a company's legal suffix after a comma is part of its name, a
   * degree after a person's name is no organisation, "the company" is
   * not the university named last, and a source never runs on into the
   * next sentence (the tagger decodes a paragraph at a time) */
  d = run("Northwind Biotherapeutics, Inc. (Nasdaq: NWBT) today announced positive results from "
          "its trial.\n\n\"We are pleased,\" said Priya Raman, M.D., Chief Executive Officer of "
          "Northwind. Dr. Thomas Keller, a professor at Boston University, said the effect was "
          "meaningful.\n\nThe company expects to meet with the U.S. Food and Drug Administration in "
          "the second half of 2026 to discuss the design of a Phase 3 program.\n");
  CHECK_STR(canonical(by_source(d, "Priya Raman, M.D., Chief Executive Officer of Northwind", 0)),
            "Priya Raman");
  CHECK_STR(canonical(by_source(d, "Dr. Thomas Keller, a professor at Boston University,", 0)),
            "Thomas Keller");
  CHECK_STR(canonical(by_source(d, "The company", 0)), "Northwind Biotherapeutics, Inc");
  CHECK(!entity(d, "M.D"));
  CHECK(!entity(d, "Inc"));
  ws_doc_free(d);

  /* "of Maine" after a senator's name is where she is from, not part of
   * her name, also when the first-name table does not know "Susan"; and
   * "she" in the next paragraph is her */
  d = run("The measure was backed by Sen. Susan Collins of Maine, who said the cuts went too far.\n\n"
          "\"I have made my views known,\" she said.\n");
  CHECK_STR(canonical(by_source(d, "she", 0)), "Susan Collins");
  CHECK_STR(type_of(by_source(d, "she", 0)), "person");
  CHECK(!entity(d, "Susan Collins of Maine"));
  ws_doc_free(d);

  /* a person's name stops before "of" and an organisation of
   * capitalised words; British police ranks are titles; a title before
   * "of" is a role's ("Chief of Staff") */
  d = run("Det Con Amy Walsh of Humberside Police said the crime was cruel. PC Jo Hart said the "
          "victim was frail. White House Chief of Staff Denis McDonough said the review was "
          "over.\n");
  CHECK_STR(canonical(by_source(d, "Det Con Amy Walsh of Humberside Police", 0)), "Amy Walsh");
  CHECK_STR(canonical(by_source(d, "PC Jo Hart", 0)), "Jo Hart");
  CHECK_STR(canonical(by_source(d, "White House Chief of Staff Denis McDonough", 0)), "Denis McDonough");
  ws_doc_free(d);

  /* "the victim" after a prosecutor who spoke of the victim is the
   * victim, not the prosecutor */
  d = run("Man jailed\n\nProsecutor Emma Lyons told the court the victim had trusted Pearson "
          "\"like a son\".\n\nThe victim said she no longer felt safe in her own home.\n");
  CHECK(canonical(by_source(d, "The victim", 0)) &&
        strcmp(canonical(by_source(d, "The victim", 0)), "Emma Lyons") != 0);
  ws_doc_free(d);

  /* a given name from the lists makes a person of a surname the name
   * table calls an organisation ("Kayla Brennan" beside the Brennan
   * Center), and "she" and "Brennan" are her; a kin word before a name
   * gives the gender ("Her son, Wyatt,"), so "she" after it is not him;
   * a role ending in an abbreviated title is no name ("State Sen. | Mark
   * Delgado") */
  d = run("Kayla Brennan was 38 weeks pregnant when she learned the birthing center would "
          "close.\n\n\"I cried in the parking lot,\" Brennan says.\n\nState Sen. Mark Delgado, "
          "a Republican, told reporters he plans to introduce a bill.\n\nHer son, Wyatt, was "
          "born on Nov. 2.\n\n\"He's perfect,\" she says.\n");
  CHECK_STR(canonical(by_source(d, "she", 0)), "Kayla Brennan");
  CHECK_STR(type_of(by_source(d, "Brennan", 0)), "person");
  CHECK_STR(canonical(by_source(d, "Brennan", 0)), "Kayla Brennan");
  CHECK_STR(canonical(by_source(d, "she", 1)), "Kayla Brennan");
  CHECK(entity(d, "Wyatt") && entity(d, "Wyatt")->gender && !strcmp(entity(d, "Wyatt")->gender, "male"));
  CHECK(!entity(d, "State Sen"));
  a = by_prefix(d, "State Sen. Mark Delgado");
  CHECK_STR(canonical(a), "Mark Delgado");
  ws_doc_free(d);

  /* a place's city is a place ("Quebec City"); a French institution's
   * name opens with its head word ("Hôpital Maisonneuve-Rosemont") */
  d = run("Geneviève Tremblay, a nurse at Hôpital Maisonneuve-Rosemont, says she works overtime. "
          "Health Minister Christian Dubé told reporters in Quebec City that hospitals had plans.\n");
  CHECK(entity(d, "Quebec City") && !strcmp(entity(d, "Quebec City")->type, "place"));
  CHECK(entity(d, "Hôpital Maisonneuve-Rosemont") &&
        !strcmp(entity(d, "Hôpital Maisonneuve-Rosemont")->type, "organization"));
  CHECK(entity(d, "Geneviève Tremblay") && !strcmp(entity(d, "Geneviève Tremblay")->gender, "female"));
  ws_doc_free(d);
  /* the name lists' gender outranks PolNeAR's pronouns ("Liz": male there) */
  d = run("Work and Pensions Secretary Liz Kendall told MPs the system was broken.\n");
  CHECK(entity(d, "Liz Kendall") && !strcmp(entity(d, "Liz Kendall")->gender, "female"));
  ws_doc_free(d);

  /* lower-case particles and elided surnames belong to the name, and a
   * later mention of the surname alone is the same person ("de Blasio",
   * "d’Entremont"); "she" goes to the whole name, not to "Colette" */
  d = run("Colette d’Entremont, who heads the fishers' co-operative, disputes the count. "
          "She says the sessions were held on weekday afternoons.\n\n"
          "Mayor Bill de Blasio said the city was ready.\n\n"
          "Later, d’Entremont said the co-operative would appeal, and de Blasio said he would "
          "meet them.\n");
  CHECK_STR(canonical(by_source(d, "She", 0)), "Colette d’Entremont");
  CHECK_STR(canonical(by_source(d, "d’Entremont", 0)), "Colette d’Entremont");
  CHECK_STR(canonical(by_source(d, "de Blasio", 0)), "Bill de Blasio");
  CHECK(!entity(d, "Colette") && !entity(d, "Blasio"));
  ws_doc_free(d);
  /* a plural's possessive mark inside an organisation's name: the union
   * in apposition is the speaker, not the description before it */
  d = run("The union representing ferry workers, the Marine Workers' Union, said the cuts were "
          "to blame.\n\nThe Ontario Secondary School Teachers’ Federation said talks had broken "
          "down.\n");
  CHECK_STR(canonical(by_prefix(d, "The union")), "Marine Workers' Union");
  CHECK(entity(d, "Ontario Secondary School Teachers’ Federation"));
  ws_doc_free(d);
  /* "and" inside an organisation's name: before words that end in an
   * organisation's head word, or after "of" and one word; not between
   * two organisations, nor after a place ("... Union of Ohio and Demos") */
  d = run("The union representing ferry workers, the B.C. Ferry and Marine Workers' Union, said "
          "the offer fell short.\n\nThe Office of Rail and Road said punctuality fell. The "
          "Securities and Exchange Commission declined to comment.\n\nThe FBI and Justice "
          "Department said nothing. The American Civil Liberties Union of Ohio and Demos said "
          "they would appeal. The National Association of Black Journalists and National "
          "Association of Hispanic Journalists said they were dismayed.\n");
  CHECK_STR(canonical(by_prefix(d, "The union")), "B.C. Ferry and Marine Workers' Union");
  CHECK(entity(d, "Office of Rail and Road") && !entity(d, "Road"));
  CHECK(entity(d, "Securities and Exchange Commission"));
  CHECK(!entity(d, "FBI and Justice Department"));
  CHECK(entity(d, "American Civil Liberties Union of Ohio"));
  CHECK(entity(d, "National Association of Black Journalists"));
  ws_doc_free(d);
  /* a sentence that opens with a common word, "and" and capitalised
   * words opens with a name (Canadian style); one common word before a
   * name is still no part of it */
  d = run("Environment and Climate Change Canada issued a heat warning, saying temperatures "
          "could reach 35 C.\n\nColleges and Institutes Canada said the cap would hurt rural "
          "campuses.\n\nParent Amira Haddad said the bus never came.\n");
  CHECK(entity(d, "Environment and Climate Change Canada") && !entity(d, "Climate Change Canada"));
  CHECK_STR(canonical(by_prefix(d, "Colleges")), "Colleges and Institutes Canada");
  CHECK_STR(canonical(by_prefix(d, "Parent")), "Amira Haddad");
  ws_doc_free(d);
  /* a department's name goes on over a list closed by "and" (UK style);
   * a list of people after an office does not join it */
  d = run("A spokesperson for the Ministry of Housing, Communities and Local Government said "
          "councils would get more. The Department for Digital, Culture, Media and Sport said "
          "it had 300 replies.\n\nThe Office of Public Safety, Mayor Ana Ruiz and Tom Reyes "
          "said the road would reopen.\n");
  CHECK_STR(canonical(by_prefix(d, "A spokesperson")),
            "Ministry of Housing, Communities and Local Government (spokesperson)");
  CHECK(entity(d, "Department for Digital, Culture, Media and Sport"));
  CHECK(!entity(d, "Ministry of Housing") && !entity(d, "Department for Digital"));
  CHECK(entity(d, "Office of Public Safety") && entity(d, "Ana Ruiz"));
  ws_doc_free(d);
  /* a name that ends in a common noun's plural, with no first name or
   * title before it, names no person; a first name keeps it a person's */
  d = run("Harbour Foods said the recall was precautionary. Getty Images said the photographs "
          "were licensed. Bernie Sanders said the plant should stay open.\n");
  CHECK(entity(d, "Harbour Foods") && !strcmp(entity(d, "Harbour Foods")->type, "organization"));
  CHECK(entity(d, "Getty Images") && !strcmp(entity(d, "Getty Images")->type, "organization"));
  CHECK(entity(d, "Bernie Sanders") && !strcmp(entity(d, "Bernie Sanders")->type, "person"));
  ws_doc_free(d);
  /* a parliamentarian's letters after a name and a party's possessive
   * before it are no part of it */
  d = run("Its convener, Edward Mountain MSP, said: \"Islanders have been let down.\"\n\n"
          "Labour's Rhoda Grant said the report was damning. Mr Mountain said it was fair.\n");
  CHECK_STR(canonical(by_prefix(d, "Its convener")), "Edward Mountain");
  CHECK_STR(canonical(by_prefix(d, "Labour's")), "Rhoda Grant");
  CHECK_STR(canonical(by_prefix(d, "Mr Mountain")), "Edward Mountain");
  CHECK(!entity(d, "Edward Mountain MSP") && !entity(d, "Labour's Rhoda Grant"));
  ws_doc_free(d);
  /* "It is understood that": the "it" is empty, no source (the PolNeAR
   * guidelines), so not the outlet told just before; "it" after a
   * company is the company */
  d = run("\"Fares go up every year,\" he told the BBC.\n\nIt is understood that the "
          "Treasury had pushed for a larger increase.\n\nHarbour Foods said it had recalled "
          "the cheese. It said the recall was precautionary.\n");
  CHECK(by_source(d, "It", 1) == NULL);
  CHECK_STR(canonical(by_source(d, "It", 0)), "Harbour Foods");
  ws_doc_free(d);
  /* a programme named by a day's word is nobody "he" can be */
  d = run("Speaking on BBC Radio 4's Today programme, the minister said the government would "
          "not back down.\n\nHe added: \"We will not be bullied.\"\n");
  CHECK(by_source(d, "He", 0) && (!canonical(by_source(d, "He", 0)) ||
                                  strcmp(canonical(by_source(d, "He", 0)), "Today")));
  ws_doc_free(d);
  /* a surname the tag lexicon knows as a common word, opening its
   * sentence, is still the person of that surname; a wire headline's
   * "Fed's Lane" is Lane, and "the Fed" the Federal Reserve */
  d = run("Fed's Lane says cuts may pause\n\nFederal Reserve Governor Priya Lane said on Thursday "
          "the bank may need to pause.\n\nLane did not say how she would vote. The Fed "
          "declined to comment.\n");
  CHECK_STR(canonical(by_source(d, "Lane", 0)), "Priya Lane");
  CHECK_STR(canonical(by_source(d, "Fed's Lane", 0)), "Priya Lane");
  CHECK_STR(canonical(by_source(d, "The Fed", 0)), "Federal Reserve");
  ws_doc_free(d);
  /* (not when two people share the surname) */
  d = run("Ana Young and her brother Tom Young run the farm.\n\nYoung said the drought was "
          "the worst in years.\n");
  a = by_source(d, "Young", 0);
  CHECK(a && (!a->source_canonical || !strstr(a->source_canonical, " Young")));
  ws_doc_free(d);
  /* "her campaign" is the campaign of the one "her" is; "her spokesman"
   * speaks for her */
  d = run("Senator Marta Kowalski said on Monday that the bridge would be rebuilt.\n\nHer campaign "
          "said the ads would run through May. Her spokesman said the senator would not debate.\n");
  CHECK_STR(canonical(by_source(d, "Her campaign", 0)), "Marta Kowalski's campaign");
  CHECK_STR(type_of(by_source(d, "Her campaign", 0)), "organization");
  CHECK_STR(canonical(by_source(d, "Her spokesman", 0)), "Marta Kowalski (spokesperson)");
  ws_doc_free(d);
  /* a spokesperson of "the Scottish government" speaks for the
   * government, not for "Scottish"; "Colleges Ontario" is a body */
  d = run("A Scottish government spokeswoman said the offer was fair. A spokesperson for the "
          "Ontario government said the cap would stay. Colleges Ontario says the cap will cost "
          "the sector $1.2 billion.\n");
  CHECK_STR(canonical(by_prefix(d, "A Scottish")), "Scottish government (spokesperson)");
  CHECK_STR(canonical(by_prefix(d, "A spokesperson for")), "Ontario government (spokesperson)");
  CHECK_STR(type_of(by_source(d, "Colleges Ontario", 0)), "organization");
  ws_doc_free(d);
  /* "the Vermont senator" is the senator written next to "Vermont" (the
   * abbreviated title before the name is the role); "the vice president"
   * is not a president */
  d = run("Sen. Bernie Sanders of Vermont said on Monday that the bill was a giveaway. Florida "
          "Sen. Marco Rubio disagreed, and President Tom Hale said he would sign it.\n\nThe Vermont "
          "senator added that he would vote against it. The Florida senator said it was fine. The "
          "vice president said nothing.\n");
  CHECK_STR(canonical(by_source(d, "The Vermont senator", 0)), "Bernie Sanders");
  CHECK_STR(canonical(by_source(d, "The Florida senator", 0)), "Marco Rubio");
  a = by_source(d, "The vice president", 0);
  CHECK(a && (!a->source_canonical || strcmp(a->source_canonical, "Tom Hale")));
  CHECK(entity(d, "Marco Rubio") && entity(d, "Marco Rubio")->role &&
        !strcmp(entity(d, "Marco Rubio")->role, "Sen."));
  ws_doc_free(d);
  /* "they" is no news outlet, and no organisation named paragraphs back */
  d = run("The Harbor Times reported on Monday that the ferry would close.\n\nResidents "
          "gathered at the dock. They said the town had been abandoned.\n\nThe Ferry Board met "
          "in March. The meeting was short.\n\nThe vote was close.\n\nTwo members left early.\n\n"
          "A new timetable follows in May, with fewer sailings on weekdays and none on Sundays "
          "in the winter months, when demand is lowest and the crossings are rough.\n\nIt said "
          "the change would save money.\n");
  a = by_source(d, "They", 0);
  CHECK(a && (!a->source_canonical || !strstr(a->source_canonical, "Harbor Times")));
  a = by_source(d, "It", 0);
  CHECK(a && (!a->source_canonical || !strstr(a->source_canonical, "Ferry Board")));
  ws_doc_free(d);
  /* a one-word name of no known kind that speaks of itself as "it" is an
   * organisation; a capitalised common word that opens the sentence is no
   * person; a participle after a document's word ends its head */
  d = run("Codelco said on Tuesday it had suspended operations at its mine.\n\nResearch has found "
          "that teenagers who start school later get more sleep.\n\nRiders could wait 40 minutes, according to a report "
          "going to council next week.\n");
  CHECK_STR(type_of(by_source(d, "Codelco", 0)), "organization");
  CHECK(type_of(by_source(d, "Research", 0)) && strcmp(type_of(by_source(d, "Research", 0)), "person"));
  CHECK_STR(type_of(by_prefix(d, "a report going")), "document");
  ws_doc_free(d);
  /* "he said" after an unnamed spokesman is the spokesman, not the person
   * named before him; not after a spokeswoman */
  d = run("Parish council chairman Geoff Hammond said the roads could not cope.\n\nA spokesman for "
          "Harrowgate Homes said the company had listened to residents.\n\n'We believe this is a "
          "well-designed scheme,' he said.\n\nA spokeswoman for Coldbrook Farms said the fields "
          "were not for sale.\n\n'We have said so for years,' he said.\n");
  CHECK_STR(canonical(by_source(d, "he", 0)), "Harrowgate Homes (spokesperson)");
  CHECK_STR(canonical(by_source(d, "he", 1)), "Geoff Hammond");
  ws_doc_free(d);
  /* a spokesman named with a parliamentarian's letters is that person */
  d = run("Conservative health spokesman Sam Rowlands MS said the strike was the inevitable result "
          "of years of mismanagement.\n");
  CHECK_STR(canonical(by_prefix(d, "Conservative health")), "Sam Rowlands");
  CHECK_STR(type_of(by_prefix(d, "Conservative health")), "person");
  ws_doc_free(d);
  /* a name after a preposition says where the speakers are, not who:
   * "Fishers on Nova Scotia's South Shore" are fishers, "residents on Main
   * Street" are residents */
  d = run("Fishers on Nova Scotia's South Shore say the federal government ignored them. "
          "Residents on Main Street said the lease was a mistake.\n");
  CHECK_STR(canonical(by_prefix(d, "Fishers")), "fishers on Nova Scotia's South Shore");
  CHECK_STR(canonical(by_prefix(d, "Residents on")), "residents on Main Street");
  ws_doc_free(d);
  d = run("Neighbors along Elm Street say their homes have flooded three times in two years.\n");
  CHECK_STR(canonical(by_prefix(d, "Neighbors")), "neighbors along Elm Street");
  CHECK_STR(type_of(by_prefix(d, "Neighbors")), "group");
  ws_doc_free(d);
  /* a press release's signature line is no headline: its name is the
   * speaker, past an honorific ("The Honourable") and before the title */
  d = run("\"Every family deserves water it can trust.\"\n\n\xe2\x80\x94 Joanasie Kilabuk, Mayor of "
          "Pangnirtung\n\n\"This is a good day.\"\n\n\xe2\x80\x94 The Honourable Miriam Okafor, "
          "Minister of Northern Affairs\n");
  CHECK_STR(canonical(by_prefix(d, "Joanasie")), "Joanasie Kilabuk");
  CHECK_STR(type_of(by_prefix(d, "Joanasie")), "person");
  CHECK_STR(canonical(by_prefix(d, "The Honourable")), "Miriam Okafor");
  ws_doc_free(d);
  /* a place's possessive is no part of the company's name after it, so
   * the company's short name later is the company */
  d = run("Canada's Northvale Mining Corp is in talks to buy a Chilean copper producer, sources "
          "said. Northvale declined to comment.\n");
  CHECK_STR(canonical(by_prefix(d, "Northvale")), "Northvale Mining Corp");
  CHECK_STR(type_of(by_prefix(d, "Northvale")), "organization");
  ws_doc_free(d);
  /* a family is a group (not a person, from "her"); a possessive that
   * opens a sentence keeps its capital ("Scott's family", a name's) */
  d = run("A mother of three was left on a trolley for 14 hours, her family has claimed. "
          "Scott's relatives said they would sue. Rail users say the service is shambolic. "
          "Two women said they had waited for hours.\n");
  CHECK_STR(type_of(by_prefix(d, "her family")), "group");
  CHECK_STR(type_of(by_prefix(d, "Rail users")), "group");
  CHECK_STR(type_of(by_prefix(d, "Two women")), "group");
  CHECK_STR(canonical(by_prefix(d, "Scott's")), "Scott's relatives");
  ws_doc_free(d);
  /* unnamed officials counted, or one of them, are anonymous sources;
   * officials uncounted stay a group; a councillor or a commissioner is a
   * person; "press secretary" (two words) outranks "secretary" */
  d = run("The cap could fall, according to two senior government officials. One of the officials "
          "said no decision had been made. Officials said the talks would go on. A councillor "
          "said the plan was fair. The tax commissioner said the plan was unfair. The press "
          "secretary said nothing. The former president said he would vote.\n");
  CHECK_STR(type_of(by_prefix(d, "two senior")), "anonymous");
  CHECK_STR(type_of(by_prefix(d, "One of the")), "anonymous");
  CHECK_STR(type_of(by_prefix(d, "Officials")), "group");
  CHECK_STR(type_of(by_prefix(d, "A councillor")), "person");
  CHECK_STR(type_of(by_prefix(d, "The tax")), "person");
  CHECK_STR(type_of(by_prefix(d, "The former")), "person");
  CHECK_STR(type_of(by_prefix(d, "The press")), "spokesperson");
  ws_doc_free(d);
  /* a name in a phrase set off after a described head is where it
   * spoke, not who */
  d = run("Northvale Mining Corp reported a loss on Monday.\n\nThe company, in a filing with the "
          "Securities and Exchange Commission, said it expected losses to widen.\n");
  CHECK_STR(canonical(by_prefix(d, "The company")), "company");
  ws_doc_free(d);

  /* a business's word after "the" and capitalised words that describe
   * it points back to the business named (a name of no known kind, named
   * twice, becomes one); a company's word ends a company's name */
  d = run("Fjordbank will cut about 1,200 jobs over the next two years, the Norwegian lender said "
          "on Tuesday, after Fjordbank's profit fell.\n\nManitoba Hydro said in a statement it "
          "would work with the province. Halvorsen Biotech said its trial met its goal.\n");
  CHECK_STR(canonical(by_prefix(d, "the Norwegian lender")), "Fjordbank");
  CHECK_STR(type_of(by_prefix(d, "the Norwegian lender")), "organization");
  CHECK_STR(type_of(by_prefix(d, "Manitoba Hydro")), "organization");
  CHECK_STR(type_of(by_prefix(d, "Halvorsen Biotech")), "organization");
  ws_doc_free(d);
  /* (a common noun before the head says what kind, not which: "the
   * social media company" is no description of the last business) */
  d = run("Twitter suspended the accounts after complaints from Acme Corp. The social media "
          "company said it acted within its rules.\n");
  CHECK(strcmp(canonical(by_prefix(d, "The social media company")), "Acme Corp") != 0);
  ws_doc_free(d);
  /* British and Canadian papers are media (a key of three words: "globe
   * and mail") */
  d = run("The Mirror has learned that the star quit the show last month. The Globe and Mail "
          "reported that the deal was off. The Sun understands the council has been hit by staff "
          "shortages after a row over pay.\n");
  CHECK_STR(type_of(by_prefix(d, "The Mirror")), "media");
  CHECK_STR(type_of(by_prefix(d, "The Globe and Mail")), "media");
  CHECK_STR(type_of(by_prefix(d, "The Sun")), "media");
  ws_doc_free(d);
  /* a cabinet secretary named by the office is a person, and "Power"
   * after a first name is a surname, no power company */
  d = run("Speaking to Times Radio, the Health Secretary added: \"My door remains open.\"\n\n"
          "Rachel Power, chief executive of the Patients Association, says: \"Patients will bear "
          "the brunt of this.\"\n");
  CHECK_STR(type_of(by_prefix(d, "the Health Secretary")), "person");
  CHECK_STR(type_of(by_prefix(d, "Rachel Power")), "person");
  ws_doc_free(d);
  /* British and Canadian people's words (data/source-words.tsv): plural,
   * a group; "Reeves" stays a surname (no "reeve" in the list); an
   * opposition is an organisation */
  d = run("Headteachers have warned that the offer is not funded.\n\nA solicitor for the family "
          "said they would appeal.\n\nJudge Carlton Reeves wrote that the law was void.\n\nThe "
          "Liberal opposition called the announcement \"too little, too late.\"\n");
  CHECK_STR(type_of(by_prefix(d, "Headteachers")), "group");
  CHECK_STR(type_of(by_prefix(d, "A solicitor")), "person");
  CHECK_STR(type_of(by_prefix(d, "Judge Carlton Reeves")), "person");
  CHECK_STR(type_of(by_prefix(d, "The Liberal opposition")), "organization");
  ws_doc_free(d);
  /* a government's or a party's "figure" and a negotiator are people in
   * an institution's role: anonymous when unnamed after "one" or "a" */
  d = run("Ministers resist rebels\n\nOne senior government figure described the rebels as \"a "
          "noisy minority\".\n\n\"We are further apart now,\" said a negotiator from a Pacific "
          "island state.\n");
  CHECK_STR(type_of(by_prefix(d, "One senior government figure")), "anonymous");
  CHECK_STR(type_of(by_prefix(d, "a negotiator")), "anonymous");
  ws_doc_free(d);
  /* a title in capitals before a name says person, whatever the name
   * table says of "Park"; not a title ending the sentence before */
  d = run("Gift announced\n\n\"Ohio needs nurses,\" said Dr. Lena Park, president of Hartwell "
          "University.\n\nShe spoke to the candidate. Silicon Valley said it would help.\n");
  CHECK_STR(type_of(by_prefix(d, "Dr. Lena Park")), "person");
  CHECK(strcmp(type_of(by_prefix(d, "Silicon Valley")), "person") != 0);
  ws_doc_free(d);
  /* so does a title in an appositive, with its "of" */
  d = run("Gift announced\n\n\"Ohio needs nurses,\" said Lena Park, president of Hartwell "
          "University.\n");
  CHECK_STR(type_of(by_prefix(d, "Lena Park")), "person");
  ws_doc_free(d);
  /* a water company is an organisation; "Waters" after a first name a
   * surname */
  d = run("Thames Water said the increase was needed.\n\nTim Waters said the plan was fine.\n\n"
          "Rep. Maxine Waters said the bill would fail.\n");
  CHECK_STR(type_of(by_prefix(d, "Thames Water")), "organization");
  CHECK_STR(type_of(by_prefix(d, "Tim Waters")), "person");
  CHECK_STR(type_of(by_prefix(d, "Rep. Maxine Waters")), "person");
  ws_doc_free(d);
  /* "the company" is no government office ("office": an institution's
   * word in data/speaker-words.tsv) */
  d = run("Downing Street declined to comment on reports that the Home Office had been told to find "
          "savings.\n\nThe company declined to comment on the report.\n");
  CHECK(strcmp(canonical(by_prefix(d, "The company")), "Home Office") != 0);
  ws_doc_free(d);
  /* an office named before the name that holds it: in a headline with no
   * article, and after a lower-case possessor ("the province's"); not
   * after "a" */
  d = run("Ontario to cap rent increases next year, housing minister says\n\nOntario will cap rents, the province's housing "
          "minister announced Thursday.\n\nHousing Minister Claire Beaudoin told reporters the "
          "cap was fair.\n\nA minister said the plan was late. Finance Minister Omar Reyes "
          "declined to comment.\n");
  CHECK_STR(canonical(by_prefix(d, "housing minister")), "Claire Beaudoin");
  CHECK_STR(canonical(by_prefix(d, "the province's")), "Claire Beaudoin");
  CHECK(strcmp(canonical(by_prefix(d, "A minister")), "Omar Reyes") != 0);
  ws_doc_free(d);
  /* a description, then a name in apposition that no mention holds (a
   * French name's lower-case words): the name speaks; not where the
   * description names people itself */
  d = run("The province's largest teachers' union, the F\xC3\xA9" "d\xC3\xA9" "ration autonome de "
          "l'enseignement, denounced the plan as \"an attack on our members' rights.\"\n\nAuthorities "
          "in North-Rhine Westphalia, the German state next to Belgium, announced the arrests.\n");
  CHECK_STR(canonical(by_prefix(d, "The province's")),
            "F\xC3\xA9" "d\xC3\xA9" "ration autonome de l'enseignement");
  CHECK(strcmp(canonical(by_prefix(d, "Authorities")), "German state next to Belgium") != 0);
  ws_doc_free(d);

  /* "Another" after "One EU diplomat": another of that kind, anonymous,
   * and not the first one's entity */
  d = run("EU set to delay rules\n\nOne EU diplomat, who asked not to be named, said a majority "
          "of member states would back the delay. Another said it was \"embarrassing\".\n");
  const ws_attribution *another = by_prefix(d, "Another");
  CHECK_STR(canonical(another), "another EU diplomat");
  CHECK_STR(type_of(another), "anonymous");
  CHECK(another && another->source_entity < 0);
  ws_doc_free(d);

  /* an office's one word is a person's, even when what it says speaks of
   * "it" (the tax, not the Chancellor) */
  d = run("Tax ruled out\n\nThe Chancellor has ruled out a wealth tax, saying it would drive "
          "entrepreneurs abroad.\n");
  CHECK_STR(type_of(by_source(d, "The Chancellor", 1)), "person");
  ws_doc_free(d);

  /* a name of no known kind that speaks of itself as "it" is an
   * organisation in every record, the headline's too; not a person with
   * a first name */
  d = run("Harbourline Ferries Announces New Service\n\nHarbourline Ferries today announced "
          "that it will launch a daily service from April.\n\nTom Penhale said it was good "
          "news.\n");
  CHECK_STR(type_of(by_source(d, "Harbourline Ferries", 0)), "organization");
  CHECK_STR(type_of(by_source(d, "Harbourline Ferries", 1)), "organization");
  CHECK_STR(type_of(by_prefix(d, "Tom Penhale")), "person");
  ws_doc_free(d);

  /* "One" after a group that spoke, or in a sentence a plural opens: one
   * of them, unnamed; "Another" after it another of them; the generic
   * "one" ("one might think") is nobody */
  d = run("Eviction ban shelved\n\nSome Conservative MPs have privately argued that the ban would "
          "drive landlords out of the market. One told the Guardian: 'People will simply sell "
          "up.'\n\nOther parents took to Facebook to share similar stories, with one writing: \"My "
          "daughter was sent home.\"\n\nAnother added: \"These are children.\"\n\nVoters were "
          "angry, one might think the plan was dead.\n");
  CHECK_STR(canonical(by_prefix(d, "One")), "one of Conservative MPs");
  CHECK_STR(type_of(by_prefix(d, "One")), "anonymous");
  CHECK_STR(canonical(by_prefix(d, "one")), "one of other parents");
  CHECK_STR(canonical(by_prefix(d, "Another")), "another of other parents");
  ws_doc_free(d);

  /* a person described with "a", then "she said" after a quotation with no
   * one named between: the described person, not the woman named before;
   * "asked that her name not be used" withholds a name */
  d = run("Nurses reject deal\n\nUNA president Heather Smith said the vote was clear.\n\nA nurse "
          "at the hospital said she regularly works 16-hour shifts.\n\n\"Some nights there are "
          "three of us for 40 patients,\" she said.\n\nOne emergency room nurse, who asked that her "
          "name not be used because she feared losing her job, said she was exhausted.\n");
  CHECK_STR(canonical(by_prefix(d, "she")), "nurse at the hospital");
  CHECK_STR(type_of(by_prefix(d, "One emergency room nurse")), "anonymous");
  ws_doc_free(d);

  /* Arabic names keep their lower-case "bin", "ibn" and "al": the
   * appositive's name speaks, and "bin Laden" is a person */
  d = run("Saudi Arabia's energy minister, Prince Abdulaziz bin Salman, told reporters the group "
          "would remain cautious.\n\nA video of Osama bin Laden declared war on the West, the "
          "report said.\n\nAhmed al Ashry, a lawyer, joined the talks on Monday.\n\n\"They "
          "have failed,\" al Ashry said.\n");
  CHECK_STR(canonical(by_prefix(d, "Saudi Arabia's")), "Prince Abdulaziz bin Salman");
  CHECK_STR(canonical(by_prefix(d, "al Ashry")), "Ahmed al Ashry");
  ws_doc_free(d);

  /* a possessor that opens the sentence is not its subject: "He" after
   * "Whitfield's attorney, Mark Ruiz, said" is the attorney; but
   * "Christie's been" is "Christie has", and Christie the subject */
  d = run("Clerk charged\n\nProsecutors allege that Dana Whitfield moved the money.\n\n"
          "Whitfield's attorney, Mark Ruiz, said his client would plead not guilty. He declined "
          "to comment further.\n\nChris Christie lit into Marco Rubio on Saturday.\n\n"
          "Christie's been making the case for weeks that Rubio isn't ready. \"You have not been "
          "tested,\" he said.\n");
  CHECK_STR(canonical(by_prefix(d, "He")), "Mark Ruiz");
  CHECK_STR(canonical(by_source(d, "he", 0)), "Chris Christie");
  ws_doc_free(d);
  /* a party's words before a role and a name are the party, no person
   * "he" could be */
  d = run("Council tax to rise\n\nThe county council said the increase was needed.\n\nCouncil "
          "leader Margaret Thornbury told the meeting: 'Nobody in this chamber wants to put up "
          "bills. But the alternative is cutting services.\n\nREAD MORE: Bin collections to move "
          "to three-weekly cycle\n\nOpposition Liberal Democrat leader Tom Aske accused the "
          "administration of 'wasting millions' on consultants and said residents were being asked "
          "to pay for the council's mistakes.\n\n'This budget is a tax rise dressed up as "
          "prudence,' he said.\n");
  CHECK_STR(canonical(by_source(d, "he", 0)), "Tom Aske");
  ws_doc_free(d);

  /* "they" right after a group that spoke is that group, not the
   * organisation named inside the group's own source */
  d = run("Nurses at Thunder Bay Regional Health Sciences Centre say they are working double "
          "shifts to cover vacancies, and they warn patients are waiting longer as a result.\n");
  a = by_source(d, "they", 0);
  CHECK_STR(canonical(a), "Nurses");
  CHECK_STR(type_of(a), "group");
  ws_doc_free(d);
  /* but not across a paragraph, and not past an organisation named after it */
  d = run("Residents of Mill Lane say the bins were missed again.\n\n"
          "Greenway Services runs the collections. They say drivers are hard to find.\n");
  a = by_source(d, "They", 0);
  CHECK(a && (!a->source_canonical || strcmp(a->source_canonical, "Residents of Mill Lane")));
  ws_doc_free(d);

  /* "it" right after an organisation of a description that spoke is that
   * organisation; not two paragraphs on */
  d = run("The pharmaceutical industry's main trade group said it was disappointed. "
          "In a statement, it said the bill \"ignores the real drivers of cost.\"\n");
  a = by_source(d, "it", 0);
  CHECK_STR(canonical(a), "pharmaceutical industry's main trade group");
  CHECK_STR(type_of(a), "organization");
  ws_doc_free(d);
  d = run("The pharmaceutical industry's main trade group said it was disappointed.\n\n"
          "Lawmakers will vote in June.\n\nThe vote is close.\n\nIn a statement, it said the bill "
          "ignores the real drivers of cost.\n");
  a = by_source(d, "it", 0);
  CHECK(a && !a->source_canonical);
  ws_doc_free(d);

  /* a surname that is also a common word opens a sentence as that
   * person's ("Dent said" after "Geordie Dent"); a name of unknown kind
   * before "of the" heads its source */
  d = run("\"What's unusual is that the tenants won,\" said Geordie Dent of the Federation of "
          "Metro Tenants' Associations.\n\nDent said the board had ignored tenants for years.\n");
  a = by_source(d, "Dent", 0);
  CHECK_STR(canonical(a), "Geordie Dent");
  a = by_source(d, "Geordie Dent of the Federation of Metro Tenants' Associations", 0);
  CHECK_STR(canonical(a), "Geordie Dent");
  ws_doc_free(d);
  /* not a common word that opens a sentence before no verb */
  d = run("Marcia Young said the budget was fair.\n\nYoung people disagree, said a student.\n");
  CHECK(d && d->nents >= 1);
  for (size_t i = 0; d && i < d->nents; i++)
    CHECK(strcmp(d->ents[i].pub.name, "Young") || d->ents[i].pub.nmentions == 0);
  ws_doc_free(d);

  /* names with inner capitals are names: "McKenna" is Rosa McKenna,
   * "DeVries" is Tom DeVries */
  d = run("Councilwoman Rosa McKenna said the budget was balanced.\n\n"
          "Tom DeVries, the treasurer, disagreed.\n\n"
          "McKenna said the audit would show it. DeVries said it would not.\n");
  a = by_source(d, "McKenna", 0);
  CHECK_STR(canonical(a), "Rosa McKenna");
  a = by_source(d, "DeVries", 0);
  CHECK_STR(canonical(a), "Tom DeVries");
  ws_doc_free(d);

  /* an abbreviated title is no name ("Rep." before "Nora Quill"); the
   * head of a source is the person after a place ("Former Ohio Gov. Ned
   * Barrow"), and "he" after it is him; a role names a gender
   * ("Chairwoman") that rules her out for "he" */
  d = run("Party Chairwoman Ivy Pell said the vote would be close.\n\n"
          "Former Ohio Gov. Ned Barrow, who ran the party in 2004, agreed, but he said the "
          "count would take weeks.\n\n"
          "Rep. Nora Quill said the rules were clear. She said they had not changed.\n");
  a = by_source(d, "he", 0);
  CHECK_STR(canonical(a), "Ned Barrow");
  a = by_source(d, "Rep. Nora Quill", 0);
  CHECK_STR(canonical(a), "Nora Quill");
  CHECK(entity(d, "Rep") == NULL);
  e = entity(d, "Ivy Pell");
  CHECK(e && e->role && !strcmp(e->role, "Party Chairwoman"));
  ws_doc_free(d);

  /* a contracted pronoun ("He's") is no name: it refers back */
  d = run("Mayor Carl Dunmore unveiled the budget on Monday. He's saying the cuts were "
          "unavoidable.\n");
  CHECK(entity(d, "He") == NULL && entity(d, "He's") == NULL);
  a = by_source(d, "He's", 0);
  CHECK(!a || (a->source_canonical && !strcmp(a->source_canonical, "Carl Dunmore")));
  ws_doc_free(d);

  /* "they" after a plural group name is that group */
  d = run("Democrats walked out of the hearing on Tuesday. They said the vote was rigged.\n");
  a = by_source(d, "They", 0);
  CHECK(a && a->source_canonical && !strcmp(a->source_canonical, "Democrats") &&
        !strcmp(a->source_type, "group"));
  ws_doc_free(d);

  /* acronyms both ways, and the shipped table */
  d = run("The National Weather Service (NWS) said the storm would weaken.\n\n"
          "The NWS said flooding was still possible.\n\n"
          "The FBI said it was not investigating.\n");
  a = by_source(d, "The NWS", 0);
  CHECK(a && !strcmp(a->source_canonical, "National Weather Service"));
  CHECK(a && !strcmp(a->source_type, "organization"));
  a = by_source(d, "The FBI", 0);
  CHECK(a && !strcmp(a->source_canonical, "Federal Bureau of Investigation"));
  ws_doc_free(d);

  /* "the Herald" is the Springfield Herald, a media outlet */
  d = run("The mayor resigned, according to the Springfield Herald.\n\n"
          "\"It was time,\" the mayor told the Herald.\n");
  a = by_source(d, "the Springfield Herald", 0);
  CHECK(a && !strcmp(a->source_canonical, "Springfield Herald") && !strcmp(a->source_type, "media"));
  e = entity(d, "Springfield Herald");
  CHECK(e && e->naliases == 1 && !strcmp(e->aliases[0], "Herald"));
  ws_doc_free(d);

  /* newspapers' name words beyond Herald and Gazette: "Ledger",
   * "Sentinel", "Inquirer" (the Lakeside Ledger was a person) */
  d = run("The Lakeside Ledger reported that the vote was close. The harbor plan was approved, "
          "according to the Orlando Sentinel.\n");
  a = by_source(d, "The Lakeside Ledger", 0);
  CHECK(a && !strcmp(a->source_type, "media"));
  e = entity(d, "Lakeside Ledger");
  CHECK(e && !strcmp(e->type, "media"));
  a = by_source(d, "the Orlando Sentinel", 0);
  CHECK(a && !strcmp(a->source_type, "media"));
  ws_doc_free(d);

  /* a pronoun after a paragraph about someone else speaking: "she" is
   * the woman named before, not the man */
  d = run("Darla Whitman, the union's lead negotiator, said the talks had stalled.\n\n"
          "Whitman has led the union since 2019.\n\n"
          "\"We are not going back to the table,\" she said.\n");
  a = by_source(d, "she", 0);
  CHECK_STR(canonical(a), "Darla Whitman");
  CHECK(a && !strcmp(a->source_type, "person") && a->source_entity >= 0);
  ws_doc_free(d);

  /* gender decides between two people */
  d = run("Hillary Stone met Robert Kane on Tuesday.\n\nHe said the meeting went well.\n");
  a = by_source(d, "He", 0);
  CHECK_STR(canonical(a), "Robert Kane");
  ws_doc_free(d);

  /* definite descriptions and anonymous sources */
  d = run("A Pentagon source said the review was over.\n\n"
          "\"Nobody wants to talk about it,\" the source told reporters.\n\n"
          "Officials familiar with the plan said it would be announced soon.\n");
  const ws_attribution *first = by_source(d, "A Pentagon source", 0);
  a = by_source(d, "the source", 0);
  CHECK(first && a && !strcmp(first->source_type, "anonymous") && !strcmp(a->source_type, "anonymous"));
  CHECK(first && a && !strcmp(first->source_canonical, a->source_canonical));
  CHECK(first && strstr(first->source_canonical, "Pentagon") != NULL);
  a = by_source(d, "Officials familiar with the plan", 0);
  CHECK(a && !strcmp(a->source_type, "anonymous"));
  ws_doc_free(d);

  /* a spokesperson speaks for an organisation; "the group" goes back to it */
  d = run("The Coastal Alliance has opposed the port expansion.\n\n"
          "A spokeswoman for the Coastal Alliance said the group would sue.\n\n"
          "The group said in a statement that the permit was flawed.\n");
  a = by_source(d, "A spokeswoman for the Coastal Alliance", 0);
  CHECK(a && !strcmp(a->source_type, "spokesperson"));
  CHECK(a && a->source_org && !strcmp(a->source_org, "Coastal Alliance"));
  a = by_source(d, "The group", 0);
  CHECK_STR(canonical(a), "Coastal Alliance");
  CHECK(a && a->channel && !strcmp(a->channel, "statement"));
  ws_doc_free(d);

  /* vague groups */
  d = run("Critics have argued that the plan favors developers.\n");
  a = by_source(d, "Critics", 0);
  CHECK(a && !strcmp(a->source_type, "group") && !strcmp(a->source_canonical, "critics"));
  ws_doc_free(d);

  /* channels and recipients */
  d = run("The senator said in a press release that she would vote no.\n\n"
          "\"This bill is dead,\" the senator told the Capitol Gazette.\n");
  a = by_source(d, "The senator", 0);
  CHECK(a && a->channel && !strcmp(a->channel, "press release"));
  ws_doc_free(d);

  /* a platform named after "on", "via" or "to" is a post's channel; the
   * company speaking is none, nor is an outlet named like a channel */
  d = run("The mayor said on Facebook that the road would reopen on Monday. Twitter said it "
          "would review the account. The senator told the Post that the bill was dead.\n");
  a = by_source(d, "The mayor", 0);
  CHECK(a && a->channel && !strcmp(a->channel, "post"));
  a = by_source(d, "Twitter", 0);
  CHECK(a && !a->channel);
  a = by_source(d, "The senator", 0);
  CHECK(a && !a->channel);
  ws_doc_free(d);

  /* times against the dateline 2024-03-15 (a Friday) */
  d = run("date 2024-03-15 (Metro Daily) The council met this week and again last Tuesday. "
          "In a March 2023 vote, it approved the plan. Earlier that year, in January, it had "
          "rejected it. The mayor spoke on June 4, 2022, and again this month. Prices have "
          "risen in recent months. The vote is tomorrow. The board will meet again in "
          "February.\n");
  CHECK_STR(time_of(d, "this week"), "2024-03-11/2024-03-17");
  CHECK_STR(time_of(d, "last Tuesday"), "2024-03-12");
  CHECK_STR(time_of(d, "March 2023"), "2023-03");
  CHECK_STR(time_of(d, "Earlier that year, in January"), "2023-01");
  CHECK_STR(time_of(d, "June 4, 2022"), "2022-06-04");
  CHECK_STR(time_of(d, "this month"), "2024-03");
  CHECK_STR(time_of(d, "in recent months"), "2023-09-14/2024-03-15");
  CHECK_STR(time_of(d, "tomorrow"), "2024-03-16");
  CHECK_STR(time_of(d, "in February"), "2025-02"); /* after "will": the next February */
  ws_doc_free(d);

  /* without a dateline only dates that carry a year resolve */
  d = run("The law passed on May 2, 2019, and was amended this year.\n");
  CHECK_STR(time_of(d, "May 2, 2019"), "2019-05-02");
  CHECK_STR(time_of(d, "this year"), "(unresolved)");
  ws_doc_free(d);

  /* the pronoun ranker's weights: incomplete ones are refused; with
   * every weight zero the nearest name wins, with a weight on an earlier
   * speaker the speaker does */
  const char *two = "Nell Ortiz said the pier would close. Her deputy, Ana Reyes, was not asked."
                    "\n\n\"We have no choice,\" she said.\n";
  double wt[WS_CF_N];
  CHECK(ws_coref_parse_weights("dist0\t1\n", 5, wt) == 1); /* cut short: dist0 has no number */
  CHECK(ws_coref_parse_weights("dist0\t1\n", 8, wt) == 2); /* dist1 missing */
  for (int speaker = 0; speaker <= 1; speaker++) {
    ws_buf w = {0};
    for (int f = 0; f < WS_CF_N; f++)
      CHECK(ws_buf_printf(&w, "%s\t%d\n", ws_coref_feature_names[f],
                          speaker && f == WS_CF_SRC_RECENT ? 5 : 0) == 0);
    CHECK(ws_coref_parse_weights(w.data, w.len, wt) == 0);
    ws_buf_free(&w);
    ws_coref_hook hook = {NULL, NULL, wt};
    d = run_hooked(two, &hook);
    a = by_source(d, "she", 0);
    CHECK(a && a->source_canonical &&
          !strcmp(a->source_canonical, speaker ? "Nell Ortiz" : "Ana Reyes"));
    ws_doc_free(d);
  }
  /* a relative word is the name it hangs on, or the noun phrase: "Helen
   * Ostrander, who has argued" is Ostrander; "Many residents, who have
   * complained" a group; "I think" outside a quotation names no speaker */
  d = run("The county board delayed the vote on Tuesday. The delay angered Helen Ostrander, who "
          "has argued for months that the harbor needs dredging.\n\nMany residents, who have long "
          "complained about the noise, believe the council will act.\n\nI think the mayor is "
          "right, one reader wrote.");
  a = by_source(d, "who", 0);
  CHECK_STR(canonical(a), "Helen Ostrander");
  a = by_source(d, "who", 1);
  CHECK(a && a->source_canonical && !strcmp(a->source_canonical, "many residents") &&
        !strcmp(a->source_type, "group"));
  a = by_source(d, "I", 0);
  CHECK(a && a->has_source && a->source_canonical == NULL);
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++) {
    const char *c = ws_doc_attribution(d, i)->source_canonical;
    CHECK(!c || (strcmp(c, "who") && strcmp(c, "I")));
  }
  ws_doc_free(d);

  /* UK and Canadian titles make roles: "Labour MP Paul Howell" is Paul
   * Howell in the role Labour MP */
  d = run("Labour MP Paul Howell says the government must step in. Councillor Maria Gonzalez said "
          "the plan was rushed. Liberal MLA Tom Reid said the bill was flawed.");
  a = by_source(d, "Labour MP Paul Howell", 0);
  CHECK(a && a->source_canonical && !strcmp(a->source_canonical, "Paul Howell") && a->source_role &&
        !strcmp(a->source_role, "Labour MP"));
  a = by_source(d, "Councillor Maria Gonzalez", 0);
  CHECK_STR(canonical(a), "Maria Gonzalez");
  a = by_source(d, "Liberal MLA Tom Reid", 0);
  CHECK_STR(canonical(a), "Tom Reid");
  ws_doc_free(d);

  /* gender from the article first: an honorific outranks a first name
   * ("Ms. Jordan Lee"), a pronoun that refers to the person gives it, and
   * nothing gives "unknown" */
  d = run("Ms. Jordan Lee, the harbor master, said the channel was closed. Later she said the "
          "repairs would take a month.\n\nZorvan Quill said the board had not decided. The Harbor "
          "Preservation Alliance said it would appeal.");
  a = by_source(d, "Ms. Jordan Lee, the harbor master,", 0);
  if (!a) a = by_source(d, "Ms. Jordan Lee", 0);
  CHECK(a && a->source_gender && !strcmp(a->source_gender, "female"));
  a = by_source(d, "she", 0);
  CHECK(a && a->source_gender && !strcmp(a->source_gender, "female"));
  a = by_source(d, "Zorvan Quill", 0);
  CHECK(a && a->source_gender && !strcmp(a->source_gender, "unknown"));
  a = by_source(d, "The Harbor Preservation Alliance", 0);
  CHECK(a && a->source_gender == NULL);
  ws_doc_free(d);

  /* a person "of" a place is the person ("Sen. Bob Casey of
   * Pennsylvania"), and "who" after it too; people of a place or across
   * it are a group, not the place ("Residents of Halifax", "Nurses across
   * Nova Scotia"); a province's name is a place, not a woman named Nova;
   * a count before "of" is no speaker ("Six") */
  d = run("Sen. Bob Casey of Pennsylvania said the bill was dead. Sen. Ann Kirk of Ohio, who "
          "chairs the panel, said it would pass. Residents of Halifax said the ferry was late. "
          "Nurses across Nova Scotia said the wards were full. Six in 10 voters said they would "
          "stay home. Casey said later that he was sorry.");
  CHECK_STR(canonical(by_source(d, "Sen. Bob Casey of Pennsylvania", 0)), "Bob Casey");
  CHECK_STR(type_of(by_source(d, "Sen. Bob Casey of Pennsylvania", 0)), "person");
  CHECK_STR(canonical(by_source(d, "Casey", 0)), "Bob Casey");
  a = by_prefix(d, "Sen. Ann Kirk of Ohio");
  CHECK_STR(canonical(a), "Ann Kirk");
  CHECK_STR(canonical(by_source(d, "Residents of Halifax", 0)), "residents of Halifax");
  CHECK_STR(type_of(by_source(d, "Residents of Halifax", 0)), "group");
  CHECK_STR(canonical(by_source(d, "Nurses across Nova Scotia", 0)), "nurses across Nova Scotia");
  CHECK_STR(type_of(by_source(d, "Nurses across Nova Scotia", 0)), "group");
  e = entity(d, "Nova Scotia");
  CHECK(e && !strcmp(e->type, "place"));
  a = by_prefix(d, "Six in 10");
  CHECK(a && (!a->source_canonical || strcmp(a->source_canonical, "Six")));
  ws_doc_free(d);

  /* groups keep a name's capital ("Democratic leaders"), not a common
   * noun's that opens the sentence ("Party leaders") */
  d = run("Democratic leaders said the vote would be close. Party leaders said it would not.");
  CHECK_STR(canonical(by_source(d, "Democratic leaders", 0)), "Democratic leaders");
  CHECK_STR(canonical(by_source(d, "Party leaders", 0)), "party leaders");
  ws_doc_free(d);
  /* a name's word opening a group keeps its capital when the article
   * writes it so inside a sentence ("Sanders supporters"); a source's
   * own word does not ("People briefed on") */
  d = run("Bernie Sanders said the race was close. Sanders supporters said he would win. People "
          "briefed on the talks said nothing was agreed.");
  CHECK_STR(canonical(by_source(d, "Sanders supporters", 0)), "Sanders supporters");
  CHECK_STR(canonical(by_source(d, "People briefed on the talks", 0)), "people briefed on the talks");
  ws_doc_free(d);
  /* a city that names a time zone is a place, and keeps its capital */
  d = run("Toronto tenants say rent hikes are pushing them out. Winnipeg officials said the plan "
          "was sound.");
  CHECK_STR(canonical(by_source(d, "Toronto tenants", 0)), "Toronto tenants");
  ws_doc_free(d);
  /* "A council spokesman" after "North Yorkshire Council" speaks for it;
   * "Dad-of-two Gary Pearson" is a man named Gary Pearson */
  d = run("North Yorkshire Council defended the move. A council spokesman said: 'Charges have not "
          "risen since 2019.' Dad-of-two Gary Pearson, 45, said: 'It is daylight robbery.'");
  CHECK_STR(canonical(by_source(d, "A council spokesman", 0)), "North Yorkshire Council (spokesperson)");
  a = by_prefix(d, "Dad-of-two Gary Pearson");
  CHECK_STR(canonical(a), "Gary Pearson");
  CHECK(a && a->source_gender && !strcmp(a->source_gender, "male"));
  ws_doc_free(d);
  /* "a government spokesman" after "the Local Government Association"
   * speaks for the government, not the association (a word that names
   * an organisation of its own fits only as the name's head); "a
   * department spokeswoman" after "the Department of Health" and "a
   * machinists spokesman" after "the machinists union" still fit */
  d = run("The Local Government Association warned that councils could run out of money. A "
          "government spokesman said councils would receive an extra 600m next year.");
  CHECK_STR(canonical(by_source(d, "A government spokesman", 0)), "government spokesman");
  ws_doc_free(d);
  d = run("The Department of Health said it was reviewing the case. A department spokeswoman said "
          "the review would take a month.");
  CHECK_STR(canonical(by_source(d, "A department spokeswoman", 0)), "Department of Health (spokesperson)");
  ws_doc_free(d);

  /* UK epithets: "the 46-year-old" is the person named with that age
   * (", 46,"), however far back; "the mother-of-three" right after a
   * named woman's report is her, "the father-of-two" after it is not;
   * "Greater Manchester Police" keeps its first word */
  d = run("Karen Doyle, 46, from Salford, said her son was hit by a scooter. The mother-of-three "
          "said: 'He was walking home.'\n\nThe father-of-two said he would sue.\n\nGreater "
          "Manchester Police said officers were appealing for witnesses. Zippa did not respond. "
          "The Mirror revealed that 400 people were hurt.\n\nThe 46-year-old said she would keep "
          "campaigning.");
  CHECK_STR(canonical(by_source(d, "The mother-of-three", 0)), "Karen Doyle");
  const char *dad = canonical(by_source(d, "The father-of-two", 0));
  CHECK(!dad || strcmp(dad, "Karen Doyle"));
  CHECK_STR(canonical(by_source(d, "The 46-year-old", 0)), "Karen Doyle");
  CHECK_STR(canonical(by_source(d, "Greater Manchester Police", 0)), "Greater Manchester Police");
  ws_doc_free(d);
  /* "a spokeswoman for the force", "the force", "a spokesman for the
   * company": the organisation those words point back to */
  d = run("Greater Manchester Police said officers were appealing for witnesses. A spokeswoman for "
          "the force added: 'We understand how distressing this is.' The force said it would "
          "review the case.\n\nNorthline Rail said it accepted the findings. A spokesman for the "
          "company said: 'We are deeply sorry.'");
  CHECK_STR(canonical(by_source(d, "A spokeswoman for the force", 0)),
            "Greater Manchester Police (spokesperson)");
  CHECK_STR(canonical(by_source(d, "The force", 0)), "Greater Manchester Police");
  CHECK_STR(canonical(by_source(d, "A spokesman for the company", 0)), "Northline Rail (spokesperson)");
  ws_doc_free(d);

  /* "the 25-year-old goaltender" right after a sentence that opens with
   * Stuart Skinner's name (and names no one else) is Skinner, not the
   * one who spoke before; "the victim" is not Emma Lyons when her
   * sentence speaks of a victim */
  d = run("Leon Draisaitl said the team played well. Stuart Skinner made 28 saves. The 25-year-old "
          "goaltender said he was happy to bounce back.\n\nEmma Lyons told the court the victim "
          "had trusted him. The victim said she was afraid.");
  CHECK_STR(canonical(by_source(d, "The 25-year-old goaltender", 0)), "Stuart Skinner");
  const char *who = canonical(by_source(d, "The victim", 0));
  CHECK(!who || strcmp(who, "Emma Lyons"));
  ws_doc_free(d);

  /* "The Tory leader" right after "Pierre Poilievre, the Conservative
   * leader, said" is Poilievre; "the former leader" is someone else */
  d = run("Pierre Poilievre, the Conservative leader, said the government had failed. The Tory "
          "leader added that Canadians deserved better.\n\nErin O'Toole, the party leader, said "
          "the vote was close. The former leader said he would stay on.");
  CHECK_STR(canonical(by_source(d, "The Tory leader", 0)), "Pierre Poilievre");
  who = canonical(by_source(d, "The former leader", 0));
  CHECK(!who || strcmp(who, "Erin O'Toole"));
  ws_doc_free(d);

  /* "a lawyer for Smith", "an aide to Clinton", "the mother of Smith"
   * are not Smith or Clinton; "a spokesman for Smith" speaks for him */
  d = run("John Smith was charged Monday. A lawyer for Smith said he would plead not guilty. "
          "The mother of Smith said she was heartbroken. A spokesman for Smith said he was "
          "resting.\n\nHillary Clinton spoke Monday. An aide to Clinton said she was tired.");
  who = canonical(by_source(d, "A lawyer for Smith", 0));
  CHECK(who && strcmp(who, "John Smith"));
  who = canonical(by_source(d, "The mother of Smith", 0));
  CHECK(who && strcmp(who, "John Smith"));
  who = canonical(by_source(d, "An aide to Clinton", 0));
  CHECK(!who || strcmp(who, "Hillary Clinton"));
  CHECK_STR(canonical(by_source(d, "A spokesman for Smith", 0)), "John Smith (spokesperson)");
  ws_doc_free(d);

  /* a possessive, a role and a name in commas, past an honorific
   * ("Hawker's husband, Dr. Tom Hawker,") */
  d = run("Leisha Hawker said the model works.\n\nHawker's husband, Dr. Tom Hawker, who also "
          "practises at the clinic, said the change was big.");
  CHECK_STR(canonical(by_source(d, "Hawker's husband, Dr. Tom Hawker, who also practises at the "
                                   "clinic,", 0)),
            "Tom Hawker");
  ws_doc_free(d);

  /* a person's possessive, a role and a name in commas is that name
   * ("Harwell's attorney, Mark Delaney,"); an unnamed spokesperson after
   * an organisation's report speaks for it, and "the spokesperson" is the
   * one before ("A Department of Health and Social Care spokesperson");
   * "Sir" and "Dame" give a gender */
  d = run("Linda Harwell was charged on Tuesday. Harwell's attorney, Mark Delaney, said she would "
          "plead not guilty.\n\nShropshire Council said it had spent 4m on defences. A spokesperson "
          "added: 'We understand how worrying this is.'\n\nA Department of Health and Social Care "
          "spokesperson said the strike was unnecessary. \"Patients will suffer,\" the spokesperson "
          "said.\n\nProfessor Sir Stephen Powis said hospitals would cope. Dame Sarah Storey said "
          "the roads were unsafe.");
  CHECK_STR(canonical(by_source(d, "Harwell's attorney, Mark Delaney,", 0)), "Mark Delaney");
  a = by_source(d, "A spokesperson", 0);
  CHECK_STR(canonical(a), "Shropshire Council (spokesperson)");
  CHECK(a && a->source_org && !strcmp(a->source_org, "Shropshire Council"));
  CHECK_STR(canonical(by_source(d, "the spokesperson", 0)),
            "Department of Health and Social Care (spokesperson)");
  a = by_prefix(d, "Professor Sir Stephen Powis");
  CHECK(a && a->source_gender && !strcmp(a->source_gender, "male"));
  a = by_source(d, "Dame Sarah Storey", 0);
  CHECK(a && a->source_gender && !strcmp(a->source_gender, "female"));
  ws_doc_free(d);

  /* a press release's defined term ("the Company") is the company named
   * before it; titles all through ("Chief Executive Officer") name no
   * one; nor does a time zone, nor "Calgary-based" */
  d = run("Northwind Energy Corp. (TSX: NWE) (\"Northwind\" or the \"Company\") today "
          "reported record revenue after buying Eastgate Pipelines Ltd.\n\n\"It was our best quarter,\" said Priya Raman, President "
          "and Chief Executive Officer.\n\nThe Company said it would host a call at 9:00 a.m. "
          "Mountain Time. Northwind is a Calgary-based producer.\n");
  CHECK_STR(canonical(by_source(d, "The Company", 0)), "Northwind Energy Corp");
  CHECK(!entity(d, "Company"));
  CHECK(!entity(d, "Officer"));
  CHECK(!entity(d, "Mountain Time"));
  CHECK(!entity(d, "Calgary-based"));
  ws_doc_free(d);
  /* "the authority", "the council": an institution's word points back to
   * the one so called, and to no other organisation */
  d = run("The Halifax Port Authority on Monday suspended work on the terminal, and Atlantic "
          "Container Lines said it was disappointed.\n\n"
          "The authority said it expects to file a revised plan by March.\n\n"
          "The council said it had not been consulted.\n");
  CHECK_STR(canonical(by_source(d, "The authority", 0)), "Halifax Port Authority");
  a = by_source(d, "The council", 0);
  CHECK(!a || !a->source_canonical || strcmp(a->source_canonical, "Atlantic Container Lines"));
  ws_doc_free(d);
  /* "the department" is a department so called ("the Justice
   * Department"), never the college named last */
  d = run("Anjali Mehta, a nursing student at Conestoga College, says she worries.\n\n"
          "The department says about 485,000 permits were approved last year. The Justice "
          "Department said it would appeal. The department added that it was confident.\n");
  a = by_source(d, "The department", 0);
  CHECK(a && (!a->source_canonical || !strcmp(a->source_canonical, "department")));
  CHECK_STR(canonical(by_source(d, "The department", 1)), "Justice Department");
  ws_doc_free(d);
  /* "the campaign" is a campaign so called, not the party or outlet
   * named last */
  d = run("Hillary Clinton spoke in Iowa. The Democratic Party said turnout was high, and the "
          "Washington Post reported that crowds were small.\n\nThe campaign said the numbers "
          "were wrong. The Campaign for Better Transport said the buses were late. The campaign "
          "added that fares had risen.\n");
  a = by_source(d, "The campaign", 0);
  CHECK(a && (!a->source_canonical || !strcmp(a->source_canonical, "campaign")));
  CHECK_STR(canonical(by_source(d, "The campaign", 1)), "Campaign for Better Transport");
  ws_doc_free(d);
  /* a title-case headline names only what the story names: no entity
   * "Ben Carson Defends Himself Against Claims He Exaggerated"; a
   * surname the story gives keeps the headline's first name; a sentence-
   * case headline is read as any sentence */
  d = run("Ben Carson Defends Himself Against Claims He Exaggerated His Life Story.\n\n"
          "The presidential contender Ben Carson responded on Sunday to accusations that he "
          "exaggerated details of his life story.\n\nBut Richards said the claims were fair.\n");
  CHECK(entity(d, "Ben Carson") != NULL);
  CHECK(ws_doc_entity_count(d) == 2);
  ws_doc_free(d);
  d = run("Cecile Richards Says Planned Parenthood Will Fight The Rule\n\n"
          "The group will fight the rule in court, Richards told reporters on Monday.\n");
  CHECK(entity(d, "Cecile Richards") != NULL);
  CHECK_STR(canonical(by_source(d, "Richards", 0)), "Cecile Richards");
  ws_doc_free(d);
  /* "St." opens a place's name */
  d = run("The vote was close.\n\nThe St. Paul City Council on Wednesday approved a "
          "resolution.\n");
  CHECK(entity(d, "St. Paul City Council") != NULL);
  CHECK(!entity(d, "St"));
  ws_doc_free(d);
  /* a common word before a country's name is an agency or a company
   * there; a region's word is a place */
  d = run("According to Statistics Canada, landings rose. Water UK said its members would "
          "invest, and fishers in Atlantic Canada said prices fell.\n");
  CHECK(entity(d, "Statistics Canada") && !strcmp(entity(d, "Statistics Canada")->type,
                                                 "organization"));
  CHECK(entity(d, "Water UK") && !strcmp(entity(d, "Water UK")->type, "organization"));
  CHECK(entity(d, "Atlantic Canada") && !strcmp(entity(d, "Atlantic Canada")->type, "place"));
  ws_doc_free(d);
  /* a shouted line is no name; an acronym or two still are */
  d = run("The committee met.\n\nSIGN UP FOR OUR NEWSLETTER\n\nThe IOC and NATO said the "
          "RUSSIANS SPARED FULL BAN story was false.\n");
  CHECK(!entity(d, "SIGN UP FOR OUR NEWSLETTER"));
  CHECK(!entity(d, "RUSSIANS SPARED FULL BAN"));
  CHECK(entity(d, "IOC") != NULL);
  CHECK(entity(d, "NATO") != NULL);
  ws_doc_free(d);
  /* a day after a name is when ("Saint Anselm College Saturday"), but
   * "Super Tuesday" is a name */
  d = run("Voters met at Saint Anselm College Saturday before Super Tuesday.\n");
  CHECK(entity(d, "Saint Anselm College") != NULL);
  CHECK(entity(d, "Super Tuesday") != NULL);
  ws_doc_free(d);
  d = run("Harbour Authority chair Dana Price quits after vote\n\n"
          "Price said she was proud of the work.\n");
  CHECK(entity(d, "Dana Price") != NULL);
  ws_doc_free(d);
  /* "the administration": one so called, not the union named last */
  d = run("The Teamsters said the rule was overdue.\n\nThe administration said it would take "
          "effect in December. The Obama administration said 4 million workers would gain. The "
          "administration added that small firms had time to adjust.\n");
  a = by_source(d, "The administration", 0);
  CHECK(a && (!a->source_canonical || !strcmp(a->source_canonical, "administration")));
  CHECK_STR(canonical(by_source(d, "The administration", 1)), "Obama administration");
  ws_doc_free(d);
  /* an academy is an organisation; Labour is the Labour Party */
  d = run("Kelly Brannigan says her sons now walk to Churchfields Academy. Local Labour "
          "councillor Ravi Sandhu said the decision was wrong.\n");
  const ws_entity *ac = entity(d, "Churchfields Academy");
  CHECK(ac && !strcmp(ac->type, "organization"));
  CHECK(entity(d, "Labour Party") != NULL);
  ws_doc_free(d);

  /* "Northern Trains" (a plural the lexicon lacks) is the whole name; a
   * tabloid's capitals name no one ("A GRIEVING mum"), an acronym's do */
  d = run("A GRIEVING mum has slammed the council over parking fines.\n\n"
          "Northern Trains, which runs the nearby station, said it had received complaints.\n\n"
          "A NASA scientist said the probe was fine.\n");
  CHECK_STR(canonical(by_source(d, "A GRIEVING mum", 0)), "grieving mum");
  CHECK(!entity(d, "GRIEVING"));
  CHECK_STR(canonical(by_prefix(d, "Northern Trains")), "Northern Trains");
  CHECK_STR(canonical(by_source(d, "A NASA scientist", 0)), "NASA scientist");
  ws_doc_free(d);

  /* "the candidate", "the retired neurosurgeon", "the former pollster":
   * the one person the article introduced so, before the name or in an
   * appositive after it */
  d = run("Whitfield rallies in Dayton\n\n"
          "DAYTON, Ohio - Republican presidential candidate Dana Whitfield told supporters on "
          "Tuesday that the plant would reopen. Retired neurosurgeon Ed Marsh, who backs her, "
          "praised the plan.\n\n\"I have never seen a crowd like this,\" the retired neurosurgeon said.\n\n"
          "Leo Brandt, a former pollster, said turnout would decide the state. The former "
          "pollster added that the suburbs had moved.\n\n"
          "The candidate said she would return in May.\n");
  CHECK_STR(canonical(by_source(d, "The candidate", 0)), "Dana Whitfield");
  CHECK_STR(canonical(by_source(d, "the retired neurosurgeon", 0)), "Ed Marsh");
  CHECK_STR(canonical(by_source(d, "The former pollster", 0)), "Leo Brandt");
  ws_doc_free(d);
  /* ...not when two were introduced so, nor when the introduction says
   * more ("vice") than the description */
  d = run("Democratic candidate Ann Porter and Republican candidate Glen Hardy met in Erie on "
          "Monday. Porter said the debate went well. Hardy said it did not.\n\n"
          "The candidate said the polls were wrong.\n\n"
          "Democratic vice presidential nominee Tom Reyes spoke first. Reyes said the ticket "
          "would win.\n\n"
          "The Democratic presidential nominee said she would visit Ohio.\n");
  a = by_source(d, "The candidate", 0);
  CHECK(a && (!a->source_canonical || !strcmp(a->source_canonical, "candidate")));
  a = by_source(d, "The Democratic presidential nominee", 0);
  CHECK(a && (!a->source_canonical || strcmp(a->source_canonical, "Tom Reyes")));
  ws_doc_free(d);

  /* a party's word before a given name describes the person, no part of
   * the name; an organisation's name keeps it */
  d = run("Republican Dana Whitfield and Democrat Ann Porter met voters in Erie. They said the "
          "plant must stay open.\n\n"
          "Liberal Democrat Tim Farron said the vote was close. The Democratic Congressional "
          "Campaign Committee said it would spend more.\n\n"
          "By a wide margin, supporters of Democrat Ann Porter say the plant matters most.\n");
  CHECK(entity(d, "Dana Whitfield") && !entity(d, "Republican Dana Whitfield"));
  CHECK(entity(d, "Ann Porter") && !entity(d, "Democrat Ann Porter"));
  CHECK(entity(d, "Tim Farron") != NULL);
  CHECK(entity(d, "Democratic Congressional Campaign Committee") != NULL);
  CHECK_STR(canonical(by_source(d, "They", 0)), "Dana Whitfield and Ann Porter");
  a = by_prefix(d, "supporters of");
  CHECK(a && strcmp(type_of(a), "person"));
  ws_doc_free(d);

  /* "Congressman" makes a role ("New York Congressman Pete King"); an
   * institution's word keeps its capital in a group's name when the
   * article writes "the Senate" */
  d = run("New York Congressman Pete King said the hearing would go ahead. \"We were misled,\" "
          "he said.\n\n"
          "Senate aides said the bill would pass in the Senate next week. Republican legislators "
          "said they had the votes.\n");
  e = entity(d, "Pete King");
  CHECK(e && e->role && !strcmp(e->role, "New York Congressman") && e->gender &&
        !strcmp(e->gender, "male"));
  CHECK_STR(canonical(by_source(d, "he", 0)), "Pete King");
  CHECK_STR(canonical(by_source(d, "Senate aides", 0)), "Senate aides");
  CHECK_STR(canonical(by_source(d, "Republican legislators", 0)), "Republican legislators");
  ws_doc_free(d);

  /* a group's capital inside a sentence is the writer's ("During the
   * call, House members", "Clinton's lawyers"); opening one, it is the
   * sentence's ("Voters") */
  d = run("During the call, House members in tight races said the message was wrong. Voters "
          "said they were tired of the ads. The judge heard from Porter's lawyers, who said the "
          "case should end.\n");
  CHECK_STR(canonical(by_prefix(d, "House members")), "House members in tight races");
  CHECK_STR(canonical(by_source(d, "Voters", 0)), "voters");
  CHECK_STR(canonical(by_source(d, "who", 0)), "Porter's lawyers");
  ws_doc_free(d);

  /* a name that ends in a common noun of no person is no person by its
   * shape alone ("Super Tuesday", "Affordable Care Act"); one the article
   * also calls by its last word is ("C. Boyden Gray ... Mr. Gray") */
  d = run("Supporters of the Affordable Care Act rallied on Super Tuesday. Former White House "
          "counsel Boyden Gray said the law would survive. Mr. Gray said he was sure.\n");
  e = entity(d, "Super Tuesday");
  CHECK(e && strcmp(e->type, "person"));
  e = entity(d, "Affordable Care Act");
  CHECK(e && strcmp(e->type, "person"));
  e = entity(d, "Boyden Gray");
  CHECK(e && !strcmp(e->type, "person") && e->nmentions == 2);
  ws_doc_free(d);

  /* a lawmaker's party and state in brackets ("(D-Mo.)") name no one,
   * and "who" after them is the lawmaker */
  d = run("Speaking later on the same show, Sen. Claire McCaskill (D-Mo.), who has endorsed "
          "Clinton, said Sanders had pushed her to the left. Rep. Tom Reyes (R-N.H.), who voted "
          "for the bill, said it would pass.\n");
  CHECK(!entity(d, "D-Mo") && !entity(d, "R-N.H") && !entity(d, "R-N.H."));
  CHECK_STR(canonical(by_source(d, "who", 0)), "Claire McCaskill");
  a = by_prefix(d, "Rep. Tom Reyes");
  if (!a) a = by_source(d, "who", 2);
  CHECK_STR(canonical(a), "Tom Reyes");
  ws_doc_free(d);

  /* a relative word inside another source speaks as that source does */
  d = run("The union, which endorsed Ana Ruiz last month, said it would spend heavily on the "
          "harbor vote.\n");
  a = by_source(d, "which", 0);
  CHECK(a && a->source_canonical && !strcmp(a->source_canonical, canonical(by_prefix(d, "The union"))));
  ws_doc_free(d);

  /* "I" outside quotations: in an interview's answers the one
   * questioned, in its questions and in an op-ed the author (no name) */
  d = run("Q&A with Mayor Ana Ruiz\n\n"
          "Mayor Ana Ruiz spoke to the Harbor Ledger on Tuesday about the dredging plan.\n\n"
          "Q: I believe many readers worry about the cost. Will it pass?\n\n"
          "A: I think the council will approve it in July.\n\n"
          "The fishermen have waited long enough. I believe they deserve a vote.\n\n"
          /* a bold "Q" that lost its space; "you" in a question is the
           * one questioned */
          "QAnd the critics? You said last week that they had a point.\n\n"
          "A: I expect they will come around.\n");
  CHECK_STR(canonical(by_source(d, "I", 1)), "Ana Ruiz");
  CHECK_STR(canonical(by_source(d, "I", 2)), "Ana Ruiz");
  CHECK_STR(canonical(by_source(d, "I", 3)), "Ana Ruiz");
  CHECK_STR(canonical(by_source(d, "You", 0)), "Ana Ruiz");
  a = by_source(d, "I", 0);
  CHECK(a && !a->source_canonical && a->source_type && !strcmp(a->source_type, "author"));
  ws_doc_free(d);
  d = run("The harbor deserves better\n\n"
          "I believe the council is wrong to delay the dredging again. \"I am tired of "
          "waiting,\" one fisherman told me, and I agree with him.\n");
  a = by_source(d, "I", 0);
  CHECK(a && !a->source_canonical && a->source_type && !strcmp(a->source_type, "author"));
  ws_doc_free(d);
  /* "we" outside quotations: the writer's voice, not a vague group; in
   * an answer, the one questioned; inside a quotation, its speaker */
  d = run("The harbor deserves better\n\n"
          "Each week we ask 30 fishermen whether the dredging will go ahead. Yes, we know that "
          "the council has delayed it twice. \"We have waited long enough,\" said Tom Reyes, "
          "a trawler captain.\n");
  a = by_source(d, "we", 0);
  CHECK(a && !a->source_canonical && a->source_type && !strcmp(a->source_type, "author"));
  a = by_source(d, "we", 1);
  CHECK(a && !a->source_canonical && a->source_type && !strcmp(a->source_type, "author"));
  ws_doc_free(d);
  d = run("Q&A with Mayor Ana Ruiz\n\n"
          "Mayor Ana Ruiz spoke to the Harbor Ledger on Tuesday about the dredging plan.\n\n"
          "Q: Will it pass?\n\n"
          "A: We believe the council will approve it in July.\n\n"
          "Q: And the critics?\n\n"
          "A: I expect they will come around.\n");
  CHECK_STR(canonical(by_source(d, "We", 0)), "Ana Ruiz");
  ws_doc_free(d);
  /* an indefinite word is a vague group, capitalised or not, with "the"
   * or not; nobody's name */
  d = run("Tom Reyes and Ana Ruiz met the council on Monday. Both said the dredging plan was "
          "flawed. The fishermen were divided. Some argued the harbor would silt up, while "
          "others claimed the plan was the only hope. No one said the plan was perfect, and "
          "the other said the council had already decided.\n");
  static const char *const vague[] = {"Both", "Some", "others", "No one", "the other"};
  for (size_t k = 0; k < sizeof vague / sizeof vague[0]; k++) {
    a = by_source(d, vague[k], 0);
    CHECK(a && !a->source_canonical && a->source_type && !strcmp(a->source_type, "group"));
  }
  ws_doc_free(d);
  /* a reflexive word after a name does not make it a modifier: "Ruiz
   * herself" is Ana Ruiz, as "the Ruiz campaign" is not */
  d = run("Mayor Ana Ruiz backs the dredging plan. Her aides expect a close vote.\n\n"
          "Ruiz herself said on Tuesday that the plan would pass easily.\n");
  CHECK_STR(canonical(by_source(d, "Ruiz herself", 0)), "Ana Ruiz");
  ws_doc_free(d);
  /* a name, a role word and a name: the second is the speaker ("campaign
   * manager", "staffer", "ally", "speechwriter", "supporter") */
  d = run("Ana Ruiz held a rally on Monday.\n\n"
          "Ruiz campaign manager Tom Reyes said the campaign would continue.\n\n"
          "Former Ruiz staffer Katie Marsh said the party was divided.\n\n"
          "Ruiz ally Dan Oakes said the race was close.\n");
  CHECK_STR(canonical(by_prefix(d, "Ruiz campaign manager")), "Tom Reyes");
  CHECK_STR(canonical(by_prefix(d, "Former Ruiz staffer")), "Katie Marsh");
  CHECK_STR(canonical(by_prefix(d, "Ruiz ally")), "Dan Oakes");
  ws_doc_free(d);
  /* a description, a comma and a person named in apposition after a
   * role or a place: that person (not two people joined by "and") */
  d = run("Ana Ruiz held a rally on Monday in Halden.\n\n"
          "Ruiz's running mate, Halden County Commissioner Tom Reyes, said the campaign would "
          "continue.\n\n"
          "Another Ruiz ally, Councillor Dan Oakes, said the race was close.\n\n"
          "Ruiz's main rival, Vermont Sen. Paul Grady, said the race was tied.\n\n"
          "Ruiz's introducer, actress Jamie Marsh, said on Monday that the crowd was large.\n\n"
          "The two leading candidates, Ana Ruiz and Senator Paul Grady, said they would debate in "
          "March.\n");
  CHECK_STR(canonical(by_prefix(d, "Ruiz's running mate")), "Tom Reyes");
  CHECK_STR(canonical(by_prefix(d, "Another Ruiz ally")), "Dan Oakes");
  CHECK_STR(canonical(by_prefix(d, "Ruiz's main rival")), "Paul Grady");
  CHECK_STR(canonical(by_prefix(d, "Ruiz's introducer")), "Jamie Marsh");
  a = by_prefix(d, "The two leading candidates");
  CHECK(a && (!a->source_canonical || strcmp(a->source_canonical, "Paul Grady")));
  ws_doc_free(d);
  /* two named together are a group; one person with two roles is not */
  d = run("Mark Ellis and Jon Pratt said the poll was close. Campaign pollster and "
          "strategist Dana Lund said the vote would be tight.\n");
  a = by_prefix(d, "Mark Ellis and Jon Pratt");
  CHECK(a && a->source_type && !strcmp(a->source_type, "group"));
  a = by_prefix(d, "Campaign pollster");
  CHECK(a && a->source_type && !strcmp(a->source_type, "person"));
  ws_doc_free(d);
  /* a medium's word at the end of a person's name ("Huffington", "Fox")
   * leaves a first name and a surname a person, whom "she" can be */
  d = run("The news site said it would treat the campaign as news, according to a post from "
          "Arianna Huffington.\n\n\"We will cover the campaign closely,\" she wrote.\n");
  CHECK_STR(canonical(by_source(d, "she", 0)), "Arianna Huffington");
  ws_doc_free(d);
  /* a relative word after "and" shares the first one's antecedent */
  d = run("\"The harbor cannot wait,\" said Tom Reyes, whom the council hired in 2019, and who "
          "argued last week that the dredging plan would fail.\n\n"
          "The plan was backed by Ana Ruiz, who chairs the harbor board and who has said that the "
          "vote will pass.\n");
  CHECK_STR(canonical(by_source(d, "who", 0)), "Tom Reyes");
  CHECK_STR(canonical(by_source(d, "who", 1)), "Ana Ruiz");
  ws_doc_free(d);
  /* a month's abbreviation before a surname is a first name ("Jan
   * Brewer"), and "she" is hers; "Jan. 5" and "Jan 5" stay dates */
  d = run("Former Maine governor Jan Brewer, an early backer of the plan, called the dredging "
          "\"a priority\" for the harbor. \"It has to happen,\" she said on Jan 5.\n\n"
          "The board met on Jan. 12 to vote on the plan, board chair Dana Pike said.\n");
  CHECK_STR(canonical(by_source(d, "she", 0)), "Jan Brewer");
  CHECK_STR(canonical(by_prefix(d, "Former Maine governor")), "Jan Brewer");
  CHECK_STR(canonical(by_prefix(d, "board chair")), "Dana Pike");
  ws_doc_free(d);
  /* "those", "anyone", "everyone" with a relative clause are a vague
   * group, not a person nor unknown */
  d = run("Those who fish the harbor say the plan will fail. Anyone who has seen the channel "
          "knows it is silting up. Not everyone agrees that the plan is needed.\n");
  a = by_prefix(d, "Those who");
  CHECK(a && a->source_type && !strcmp(a->source_type, "group"));
  a = by_prefix(d, "Anyone who");
  CHECK(a && a->source_type && !strcmp(a->source_type, "group"));
  a = by_prefix(d, "Not everyone");
  CHECK(a && a->source_type && !strcmp(a->source_type, "group"));
  ws_doc_free(d);
  /* a first name alone is the one person of the article it opens the
   * name of ("Karen claims" after "Karen Dobbs, 41, says"), not one of two
   * ("Eric" after "Eric Trump" and "Eric Holder") */
  d = run("Karen Dobbs, 41, from Wolverhampton, says she was forced to drag the bins out of the "
          "way.\n\nKaren claims neighbours have had the same problem since September.\n");
  CHECK_STR(canonical(by_source(d, "Karen", 0)), "Karen Dobbs");
  ws_doc_free(d);
  d = run("Eric Trump said the family was united. Eric Holder said the plan would fail.\n\n"
          "Eric said the campaign would go on.\n");
  a = by_source(d, "Eric", 0);
  CHECK(a && a->source_canonical && strcmp(a->source_canonical, "Eric Trump") &&
        strcmp(a->source_canonical, "Eric Holder"));
  ws_doc_free(d);
  /* "the force" points back to an organisation called police before the
   * organisation named last */
  d = run("The Toronto Police Services Board voted Thursday to buy the cameras. Brenda McIntyre of "
          "the Canadian Civil Liberties Association said the rules were unclear.\n\n"
          "The force says 2,350 cameras will be in use by the end of 2027.\n");
  CHECK_STR(canonical(by_source(d, "The force", 0)), "Toronto Police Services Board");
  ws_doc_free(d);
  /* "MPs" is a person's word in the plural too: a group */
  d = run("Two Conservative MPs said they would vote against it. Labour MPs say the cuts should "
          "go.\n");
  a = by_prefix(d, "Two Conservative MPs");
  CHECK(a && a->source_type && !strcmp(a->source_type, "group"));
  a = by_prefix(d, "Labour MPs");
  CHECK(a && a->source_type && !strcmp(a->source_type, "group"));
  ws_doc_free(d);

  return DONE();
}
