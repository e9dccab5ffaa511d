package syntax

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

func TestFromTokens(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Abe didn't go.", "Abe did n't go ."},
		{"Putin's plan can't wait", "Putin 's plan ca n't wait"},
		{"They’re sure it’s done", "They ’re sure it ’s done"},
		{"a well-known Abe-Putin summit", "a well - known Abe - Putin summit"},
		{"on 2017-11-10 call 713-654-0365", "on 2017-11-10 call 713-654-0365"},
		{"I cannot say", "I can not say"},
		{"the workers' union", "the workers ' union"},
		{"s", "s"},
		{"Mr. Lee met Dr. Kim in St. Louis on Oct. 3.", "Mr. Lee met Dr. Kim in St. Louis on Oct. 3 ."},
		{"He left in Oct. and came back on Sept. 2018.", "He left in Oct . and came back on Sept. 2018 ."},
		{"He joined Acme Inc.", "He joined Acme Inc ."},
	} {
		doc := &document.Document{Text: c.in}
		toks := text.Tokenize(c.in, document.Span{Start: 0, End: len(c.in)})
		ws := FromTokens(toks)
		var forms []string
		for _, w := range ws {
			forms = append(forms, w.Form)
			if doc.Text[w.Start:w.End] != w.Form {
				t.Errorf("%q: word %q has span %q", c.in, w.Form, doc.Text[w.Start:w.End])
			}
			if tk := toks[w.Token]; w.Start < tk.Start || w.End > tk.End && w.Form != tk.Text+"." {
				t.Errorf("%q: word %q outside its token %q", c.in, w.Form, tk.Text)
			}
		}
		if got := strings.Join(forms, " "); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

// The shipped model reads obvious sentences right: subject, object, root.
func TestParseObvious(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		in   string
		want map[string]string // word -> "rel>head"
	}{
		{"Putin met Abe in Danang on Friday.", map[string]string{"Putin": "nsubj>met", "met": "root>", "Abe": "obj>met", "Danang": "obl>met"}},
		// A restrictive relative clause ends the subject; the statement's
		// verb after it is no participle of the clause's last noun
		// (restrictiveRelatives).
		{"A US Airways jetliner that lost power in both engines after striking a flock of geese made an emergency landing in the Hudson River on Thursday afternoon, and all 155 people on board were rescued by commuter ferries, officials said.", map[string]string{"jetliner": "nsubj>made", "lost": "acl:relcl>jetliner", "that": "nsubj>lost"}},
		// A regular past after the name that opens the sentence, "the"
		// before it, and a plural object is the verb (namePasts).
		{"The World Health Organization advised travellers on Wednesday to put off trips to Toronto.", map[string]string{"Organization": "nsubj>advised", "advised": "root>", "travellers": "obj>advised"}},
		// A statement after ", and" with a fronted phrase before its
		// subject is the first one's conjunct (andClauses).
		{"The company admitted on Sunday that it had manipulated the tests, and on Tuesday it said that 11 million vehicles carried the software.", map[string]string{"admitted": "root>", "said": "conj>admitted", "Tuesday": "obl>said"}},
		// "that" read as the object of a verb of saying opens its
		// complement clause (thatClauses).
		{"A company spokesman denied that the investigation involved the bank's accounts.", map[string]string{"involved": "ccomp>denied", "that": "mark>involved", "investigation": "nsubj>involved"}},
		{"A cargo ship that lost power in heavy seas off the coast ran aground near the harbor on Monday.", map[string]string{"ship": "nsubj>ran", "lost": "acl:relcl>ship"}},
		// A capitalized word read as an adjective right before a finite
		// verb is the verb's subject (capitalSubjects).
		{"In June 2008 Continental agreed to join the alliance, and it switched from its rival group in October.", map[string]string{"Continental": "nsubj>agreed", "agreed": "root>"}},
		// "general" after an office is the title's noun (generalTitles).
		{"The state attorney general said on Monday that the company had broken the law.", map[string]string{"general": "nsubj>said", "attorney": "compound>general"}},
		// "that" after an object, before a clause whose verb lacks its
		// object, is the relative pronoun (thatRelatives).
		{"He said the governing body would not appeal the sanctions that the U.S. Anti-Doping Agency imposed in August.", map[string]string{"imposed": "acl:relcl>sanctions", "that": "obj>imposed"}},
		{"The prosecutors warned his lawyers that the court had already ruled.", map[string]string{"ruled": "ccomp>warned"}},
		// "after" opens a clause whose subject has a participle phrase
		// (clauseAfterPreposition).
		{"Dozens were missing after a bus carrying 40 pilgrims overturned on a mountain road.", map[string]string{"overturned": "advcl>missing", "bus": "nsubj>overturned", "after": "mark>overturned", "carrying": "acl>bus"}},
		// An amount after "up to" is the verb's object (upToObjects).
		{"The company had arranged up to $2 billion in new financing.", map[string]string{"$": "obj>arranged", "up": "advmod>$", "to": "fixed>up"}},
		// An object the parser hung on the verb's particle (particleObjects).
		{"The probe sent back its first pictures on Friday.", map[string]string{"pictures": "obj>sent", "back": "compound:prt>sent"}},
		// A "when" clause after an object that is no time tells when the
		// verb happened (whenOnObjects).
		{"Harlan refused to answer questions when he was recalled to the stand last month.", map[string]string{"recalled": "advcl>answer"}},
		// A capitalized base form opening the sentence before a past
		// tense is a name, not an imperative (initialNames).
		{"Begin said he would put the question to the Knesset within two weeks.", map[string]string{"Begin": "nsubj>said", "said": "root>"}},
		{"Mount St. Helens exploded on Sunday.", map[string]string{"Mount": "nsubj>exploded", "exploded": "root>"}},
		// A weekday before a name at the head of a clause after "and"
		// is the verb's time, the name its subject (frontedTimeCompound).
		{"The talks nearly failed twice, and on Friday Okafor threatened to walk out.", map[string]string{"Okafor": "nsubj>threatened", "Friday": "obl>threatened", "on": "case>Friday"}},
		// Two coordinated clauses, the second a report, are no report
		// of the first (conjSubjectRoot).
		{"Voters in Quebec rejected the plan by a wide margin, ending a long campaign, and Jean Morel, the premier who had backed it, said on Monday that he would resign.", map[string]string{"rejected": "root>", "said": "conj>rejected", "Morel": "nsubj>said"}},
		// A past clause with its own subject after ", and" goes on from
		// the report, not from what it says (reportConjuncts).
		{"He said he had not profited from the fraud, and he apologized to shareholders.", map[string]string{"apologized": "conj>said"}},
		// An adjective set off by commas after the object says what the
		// verb found it (setOffPredicates).
		{"A jury in Boston found Harlan, 58, guilty on all counts.", map[string]string{"guilty": "xcomp>found", "Harlan": "obj>found"}},
		// A past verb after a subject's apposition, with a verb
		// coordinated after it (apposedVerbs).
		{"Lena Ortiz, the founder and chief executive of Brightwater Labs, quit on Monday and admitted that she had misled investors.", map[string]string{"quit": "root>", "Lena": "nsubj>quit", "admitted": "conj>quit", "founder": "appos>Lena"}},
		// A clause's subject the parser made an oblique of the verb
		// before "after" (obliqueClause); a same-form past after a
		// relative word, read as an adjective (relativeVerbs).
		{"The shares fell after Hanson and Bank of Leeds pulled out of the talks on Sunday.", map[string]string{"pulled": "advcl>fell", "Hanson": "nsubj>pulled", "after": "mark>pulled"}},
		{"Peru, which shut its schools in late May, reported new cases.", map[string]string{"shut": "acl:relcl>Peru", "reported": "root>", "schools": "obj>shut"}},
		// A finite clause with its subject and object is no relative
		// clause of the noun before it (gaplessRelatives).
		{"The mayor was also questioned; in a letter to voters she rejected every charge.", map[string]string{"rejected": "parataxis>questioned", "letter": "obl>rejected", "she": "nsubj>rejected"}},
		{"The minister said in an interview he signed the order last week.", map[string]string{"signed": "ccomp>said", "he": "nsubj>signed"}},
		{"The firm raised prices at the same time it lowered wages.", map[string]string{"lowered": "acl:relcl>time"}},
		// A list of names after ", and" is the subject of the verb after
		// it, not conjuncts of a noun before (listSubjects).
		{"Spain closed its borders on Monday, and Portugal, Italy and Greece followed within days.", map[string]string{"Portugal": "nsubj>followed", "followed": "conj>closed"}},
		// An "as" clause whose verb the tagger read as a participle
		// (subordinatePast).
		{"As pressure built in the capital, officials said they would resign.", map[string]string{"built": "advcl>said", "pressure": "nsubj>built"}},
		{"Chilean authorities evacuated about 500 people from farms near the lake as meltwater flooded the valleys below.", map[string]string{"people": "obj>evacuated", "flooded": "advcl>evacuated", "meltwater": "nsubj>flooded"}},
		// An acronym in capitals after an article is a name, not the
		// function word spelt the same (articleNames).
		{"The WHO raised its alert to phase 5 on April 29.", map[string]string{"WHO": "nsubj>raised", "raised": "root>", "alert": "obj>raised"}},
		{"The US economy shrank in the spring, and an IT failure grounded flights.", map[string]string{"US": "compound>economy", "economy": "nsubj>shrank", "grounded": "conj>shrank", "failure": "nsubj>grounded"}},
		// A fronted time before a clause's subject is the clause's time,
		// not a noun it modifies (frontedTimeClauses); a year after a
		// price is the verb's (amountTimes).
		{"Oracle bought Cerner, a health records firm, for $28 billion in 2022, and last year it sold its stake in Ampere.", map[string]string{"2022": "obl>bought", "year": "obl:unmarked>sold", "sold": "conj>bought", "it": "nsubj>sold"}},
		{"Their first album came out the year they met.", map[string]string{"met": "acl:relcl>year"}},
		// The same when the labeller named the clause a plain acl and the
		// tagger its verb a participle.
		{"Sales rose in April, and last week the company raised its forecast for the year.", map[string]string{"week": "obl:unmarked>raised", "raised": "conj>rose", "company": "nsubj>raised"}},
		{"Prices held in May, and last month the bank cut its rates again.", map[string]string{"cut": "conj>held", "bank": "nsubj>cut"}},
		// A participle that opens the sentence is a clause of the verb
		// after its comma and subject (frontedParticipleRoot).
		{"Founded in 2004 by two students, the website grew into a global business.", map[string]string{"grew": "root>", "Founded": "advcl>grew", "website": "nsubj>grew"}},
		{"Released from prison in 1990, Mandela became president four years later.", map[string]string{"became": "root>", "Released": "advcl>became", "Mandela": "nsubj>became"}},
		{"Built in 1889 for a world fair, the tower attracted millions of visitors.", map[string]string{"attracted": "root>", "Built": "advcl>attracted", "tower": "nsubj>attracted"}},
		// "after", "before", "since", "until" open a clause whose verb the
		// tagger read as a participle (subordinatePast).
		{"The mayor, who took office in May after Maria Lopez resigned suddenly, said the city would recover.", map[string]string{"resigned": "advcl>took", "Maria": "nsubj>resigned", "after": "mark>resigned"}},
		{"The union called a strike before the company collapsed.", map[string]string{"collapsed": "advcl>called", "company": "nsubj>collapsed", "before": "mark>collapsed"}},
		{"Stocks recovered some of their losses after the London market closed.", map[string]string{"closed": "advcl>recovered", "market": "nsubj>closed"}},
		// The verb of a relative clause after a plural, read as a noun
		// (relativeVerbs).
		{"Sponsors and broadcasters, which supply most of the league's revenue, are expected to begin talks next year.", map[string]string{"supply": "acl:relcl>Sponsors", "expected": "root>", "which": "nsubj>supply"}},
		{"The agency raised its alert level after the virus spread widely in Asia.", map[string]string{"spread": "advcl>raised", "virus": "nsubj>spread", "after": "mark>spread"}},
		// Not when a finite verb follows: the participle modifies the noun.
		{"Fans left the stadium after the tickets sold at the gate were checked.", map[string]string{"sold": "acl>tickets", "left": "root>"}},
		// A gerund between a clause opener and an auxiliary is the
		// clause's subject (prepNouns).
		{"Shares of the airline fell 12 percent on Monday before trading was halted.", map[string]string{"fell": "root>", "percent": "obj>fell"}},
		// A base verb after "under"/"in"/"into" and a noun is a noun, and
		// the phrase an oblique (prepNouns, casedObjects).
		{"Her husband, Karl Berg, was placed under house arrest in May.", map[string]string{"arrest": "obl>placed"}},
		// A copular statement before a "when" clause roots the tree
		// (subordinateRoot with copularPredicate).
		{"Activision has been in turmoil since July, when California's Department of Fair Employment and Housing sued the company.", map[string]string{"turmoil": "root>", "sued": "advcl>turmoil"}},
		// A headline's verb after a name, read as a plural noun with an
		// object, is the verb (nameVerb).
		{"Kerrigan links pension reform to next year's budget but agrees to talk with unions", map[string]string{"links": "root>", "Kerrigan": "nsubj>links", "reform": "obj>links"}},
		{"Nordvik halts sales of its electric scooter", map[string]string{"halts": "root>", "sales": "obj>halts"}},
		// A "when" clause after a time, its subject with appositions, is
		// parsed on its own and grafted, the main clause too when it hung
		// inside (whenClauses); "quit" after a long subject is a past
		// (finiteRoot).
		{"The strike began on Monday, when Ola Brandt, the union leader, and Kim Sato, her deputy, walked out of the talks.", map[string]string{"walked": "advcl>began", "when": "advmod>walked", "Ola": "nsubj>walked", "began": "root>"}},
		{"Ola Brandt, the union leader, and Kim Sato, her deputy, quit on Monday.", map[string]string{"quit": "root>", "Ola": "nsubj>quit"}},
		// A name between commas after the object is its apposition, and
		// the time after it the verb's (apposedNames).
		{"The airline fired its pilot, Jonas Weber, on Monday.", map[string]string{"Weber": "appos>pilot", "Monday": "obl>fired"}},
		// A passive after a name's description roots the statement
		// (finiteRoot: the auxiliary's verb, an acl:relcl without a
		// relative word after a comma).
		{"Lena Ortiz, the founder of the lender Clearbank, was arrested in Lisbon on Monday.", map[string]string{"arrested": "root>", "Lena": "nsubj:pass>arrested"}},
		// A coordinated clause's auxiliary after "and" does not keep
		// the statement from its verb (finiteRoot).
		{"Garcia-Lopez, a former Wall Street trader, founded ZTX in 2019, and within three years it was valued at $32 billion and had signed sponsorship deals with sports stars and a Miami arena.", map[string]string{"founded": "root>", "ZTX": "obj>founded"}},
		// A fronted subordinate clause, then a subject with a set-off
		// phrase: each part is parsed on its own (frontedClauses,
		// parentheticals).
		{"As prices fell across Asia, the company, a maker of memory chips that had expanded quickly, cut 500 jobs on Friday.", map[string]string{"cut": "root>", "company": "nsubj>cut", "fell": "advcl>cut", "maker": "appos>company"}},
		{"After the vote was counted, Senator Hale, who had led the opposition, conceded defeat.", map[string]string{"conceded": "root>", "Hale": "nsubj>conceded", "counted": "advcl>conceded", "led": "acl:relcl>Hale"}},
		{"When asked if she thought the coach, Lena Park, was to blame, they shrugged.", map[string]string{"shrugged": "root>", "they": "nsubj>shrugged"}},
		{"The mayor, who was elected in 2019, resigned on Monday.", map[string]string{"resigned": "root>", "mayor": "nsubj>resigned", "elected": "acl:relcl>mayor"}},
		// A "where" clause after a place is parsed on its own and
		// grafted as its relative clause (whenClauses).
		{"She flew to Geneva, where the foreign minister, Anna Lind, greeted her at the airport.", map[string]string{"greeted": "acl:relcl>Geneva", "minister": "nsubj>greeted", "flew": "root>"}},
		// A clause after ", and" whose subject the parser coordinated
		// with an oblique and whose verb it made an adverbial clause
		// (conjSubject).
		{"Two days later, the lender filed for protection in Delaware, and Ortiz resigned as chairman.", map[string]string{"Ortiz": "nsubj>resigned", "resigned": "conj>filed"}},
		// An apposition to a name after the verb, followed by more of
		// the sentence, is parsed apart (midAppositions).
		{"Orbit said it sold Kestrel Labs, the maker of a popular drone, in March to a rival.", map[string]string{"maker": "appos>Labs"}},
		// A coordinated clause's subject hung on its verb as a conjunct
		// (conjAsSubject); a time word is no second subject
		// (timeNotSubject).
		{"Harlan withdrew on Sunday, and Bank of Ostrava agreed the same day to buy the mill.", map[string]string{"Bank": "nsubj>agreed", "agreed": "conj>withdrew"}},
		{"Last Wednesday he reported a loss, but investors and trading partners kept pulling away.", map[string]string{"Wednesday": "obl:unmarked>reported", "he": "nsubj>reported", "investors": "nsubj>kept"}},
		// A participle after the object of "order" or "declare" is its
		// open complement (smallClauses).
		{"The regulator ordered all Airbus A320 planes in the country grounded on Wednesday.", map[string]string{"grounded": "xcomp>ordered", "planes": "obj>ordered"}},
		{"The Federal Aviation Administration on Wednesday ordered all Boeing 737 MAX jets grounded, three days after a flight crashed.", map[string]string{"grounded": "xcomp>ordered", "jets": "obj>ordered", "all": "det>jets"}},
		{"The ministry declared all flights to the island cancelled on Tuesday.", map[string]string{"cancelled": "xcomp>declared", "flights": "obj>declared"}},
		// "that" read as the object of a relative clause on whom a verb
		// of telling tells is what is told (reportedClause).
		{"Late on Tuesday, Dale told his party's lawmakers that he would not run for the post again.", map[string]string{"run": "ccomp>told", "that": "mark>run"}},
		// An amount before a singular noun is the noun's compound
		// (moneyCompounds).
		{"Orbit completed its $3 billion acquisition of Kestrel Labs in October 2022 and has since cut its staff.", map[string]string{"acquisition": "obj>completed", "$": "compound>acquisition"}},
		// A name in apposition to a fronted month is the clause's subject,
		// and the participle it opens a past tense (frontedTimeSubjects).
		{"In May, Ortega called off the vote.", map[string]string{"Ortega": "nsubj>called", "called": "root>", "vote": "obj>called"}},
		// ", then" and a verb without a subject: the clause before it is
		// the first of two in sequence, not a modifier (thenConjuncts).
		{"The mill laid off 80 workers in April, then shut its doors.", map[string]string{"mill": "nsubj>laid", "laid": "root>", "shut": "conj>laid"}},
		{"Ortega postponed the vote, then moved it to July.", map[string]string{"Ortega": "nsubj>postponed", "postponed": "root>", "moved": "conj>postponed"}},
		// A fronted date's year is no root (finiteRoot).
		{"In July 2019, Britain detained an Iranian tanker.", map[string]string{"detained": "root>", "Britain": "nsubj>detained", "tanker": "obj>detained"}},
		{"In 1906, a fire in the harbor district destroyed about 500 homes.", map[string]string{"destroyed": "root>", "fire": "nsubj>destroyed", "1906": "obl>destroyed"}},
		// "work" after a verb of going and "to" is where it goes
		// (toWorkPlace).
		{"Nurses at the clinic went back to work on Monday after a long strike.", map[string]string{"work": "obl>went", "Monday": "obl>went"}},
		// "which" and a noun phrase before a participle: an object
		// relative clause (objectRelatives).
		{"The governor vetoed the bill, which the assembly approved on Monday.", map[string]string{"approved": "acl:relcl>bill", "assembly": "nsubj>approved", "which": "obj>approved"}},
		{"The singer died.", map[string]string{"singer": "nsubj>died", "died": "root>"}},
		// A relative clause the parser hung on the verb after it
		// (relativeClauses); a subject hung as a conjunct on the verb its
		// clause is coordinated with (conjAsSubject); a day that heads its
		// month but counted the noun after it (monthDays).
		{"The storm, which killed 12 people in Cuba on Friday, is expected to reach Florida on Monday.", map[string]string{"killed": "acl:relcl>storm", "storm": "nsubj:pass>expected"}},
		{"The regulator opened an inquiry within a week, and the chief financial officer, Mark Dunn, was replaced on Oct. 24.", map[string]string{"officer": "nsubj:pass>replaced", "replaced": "conj>opened", "24": "obl>replaced"}},
		{"Lawmakers voted to remove the governor on Dec. 9 by 61 votes to 12.", map[string]string{"9": "obl>remove", "Dec.": "nmod:unmarked>9"}},
		// A report's clause verb read as its subject's participle's
		// auxiliary (reportedGardenPath); a date that a relative clause
		// shows to be the noun's (datedRelatives).
		{"The agency said new satellite data and evidence found at the crash site showed similarities with the Lion Air accident off Indonesia on Oct. 29, which killed 189 people.", map[string]string{"showed": "ccomp>said", "data": "nsubj>showed", "29": "nmod>accident", "killed": "acl:relcl>accident"}},
		// A relative clause without a relative word whose noun the parser
		// made a second subject (contactRelatives).
		{"Police blamed the IRA for a 26.5 million pound raid on the Northern Bank in December, a charge the group denied in January.", map[string]string{"denied": "acl:relcl>charge", "group": "nsubj>denied"}},
		// A span of time before "after" is the clause's, not its subject (unitsAfter).
		{"The minister resigned on Friday, hours after the audit office of the state published a damning report.", map[string]string{"resigned": "root>", "office": "nsubj>published", "published": "advcl>resigned", "hours": "obl:unmarked>published", "after": "mark>published"}},
		{"The coach quit on Monday, days after the club lost the final.", map[string]string{"lost": "advcl>quit", "after": "mark>lost", "club": "nsubj>lost"}},
		// "after" read as a preposition before a long subject (subordinatePhrase).
		{"Farmers dug through ruined fields along the river on Monday, saving some crops two days after torrents of water unleashed by a storm poured into the plain.", map[string]string{"poured": "advcl>saving", "torrents": "nsubj>poured", "after": "mark>poured"}},
		// A past read as an adjective after a name, with no finite verb
		// in the sentence, is its verb; a fronted abbreviated month takes
		// its day and gives the name to the verb (namedPastAdjective,
		// frontedTimeSubjects, monthDays).
		{"On Oct. 3, Election Commissioner Ana Reyes certified Lopez the winner.", map[string]string{"Commissioner": "nsubj>certified", "certified": "root>", "Oct.": "nmod:unmarked>3", "3": "obl>certified"}},
		// "aside" right after a verb is its particle; a gerund that ends a
		// phrase opened by an article and an adjective is a noun
		// (particleObjects, articleGerunds, monthDays).
		{"On Feb. 9 the judges set aside an earlier county ruling that had closed the port.", map[string]string{"aside": "compound:prt>set", "ruling": "obj>set", "Feb.": "nmod:unmarked>9", "9": "obl>set"}},
		{"On Feb. 9 they set aside a lower court ruling.", map[string]string{"aside": "compound:prt>set", "ruling": "obj>set"}},
		// A particle before "as" is the verb's; a clause opened by "after"
		// keeps its subject across a participle set off by commas
		// (particleObjects, subordinatePast).
		{"Maria Costa was sworn in as mayor on Monday after Paul Weber, facing a recall vote, resigned from the post.", map[string]string{"in": "compound:prt>sworn", "resigned": "advcl>sworn", "Weber": "nsubj>resigned", "after": "mark>resigned", "facing": "advcl>resigned"}},
		{"The coach stepped down as manager of the club.", map[string]string{"down": "compound:prt>stepped"}},
		// A year after its preposition is no range with the amount after
		// "to" (yearNotRange).
		{"She was jailed in 2019 to seven years in prison.", map[string]string{"2019": "obl>jailed", "years": "obl>jailed"}},
		// A perfect's auxiliary across an adverbial phrase, before a
		// report at the end (postposedReport).
		{"Engineers at the plant have for the first time restarted the reactor, the operator said on Friday.", map[string]string{"restarted": "root>", "have": "aux>restarted", "Engineers": "nsubj>restarted"}},
		// A past set off by commas after the subject, without an object,
		// before the statement's verb (setOffParticiple).
		{"Hartwell Bank, founded in 1871, reported a loss of 2 billion crowns last year.", map[string]string{"reported": "root>", "Hartwell": "nsubj>reported", "founded": "acl>Hartwell"}},
		// A fronted day without a comma is no compound of the subject
		// after it (frontedTimeCompound).
		{"On Friday inspectors closed three bakeries in the old town.", map[string]string{"inspectors": "nsubj>closed", "Friday": "obl>closed", "closed": "root>"}},
		// A participle with an agent set off after the subject is no
		// root: the verb after the second comma is, passive
		// (setOffParticiple).
		{"Hartwell Rovers, tipped for relegation by most pundits before the season started, were crowned league champions on Sunday.", map[string]string{"Rovers": "nsubj:pass>crowned", "crowned": "root>", "tipped": "acl>Rovers", "Hartwell": "compound>Rovers"}},
		{"GM filed for bankruptcy on Monday.", map[string]string{"GM": "nsubj>filed", "bankruptcy": "obl>filed"}},
		{"The bill was signed by the president.", map[string]string{"bill": "nsubj:pass>signed", "was": "aux:pass>signed", "president": "obl:agent>signed"}},
		// A subject needs a verb: "fired" was tagged VBN, a modifier of "workers".
		{"The company fired 500 workers last week.", map[string]string{"company": "nsubj>fired", "fired": "root>", "workers": "obj>fired"}},
		// A statement's first verb, which the greedy parse took for a
		// modifier (an acl of "parties"; a VBN before "her stake"), roots
		// the tree (finiteRoot).
		{"Lawmakers from both parties called for an investigation.", map[string]string{"Lawmakers": "nsubj>called", "called": "root>"}},
		{"Jane Smith, the firm's founder, sold her stake last year.", map[string]string{"Jane": "nsubj>sold", "sold": "root>", "stake": "obj>sold"}},
		{"The decision touched off protests in the city.", map[string]string{"decision": "nsubj>touched", "touched": "root>"}},
		// A report's "that" clause after its time is its complement, not
		// a relative clause of the time (reportedClause).
		{"The minister announced on Friday that the government had approved the plan.", map[string]string{"approved": "ccomp>announced", "that": "mark>approved"}},
		{"A cargo ship lost power and struck a pier on Tuesday.", map[string]string{"ship": "nsubj>lost", "lost": "root>"}},
		// The "to" infinitive after the object of a verb of ordering or
		// asking is its open complement (controlComplements); a noun
		// between "to" and a possessive is a verb (toVerbs).
		// A control verb's -ing form after a noun, with whom and an
		// infinitive after it, is a participle (controlParticiples).
		{"The port authority published a warning urging shippers to check their schedules.", map[string]string{"urging": "acl>warning", "shippers": "obj>urging", "check": "xcomp>urging"}},
		// A regular past right after the sentence's opening name, before
		// a possessive, is the verb (namePasts); a name after a
		// possessive heads its phrase (possessiveFlats).
		{"Venezuela recalled its ambassador, and Ecuador criticised the decision.", map[string]string{"recalled": "root>", "Venezuela": "nsubj>recalled", "criticised": "conj>recalled"}},
		// A clause with no finite verb of its own: its participle after the
		// subject's noun phrase, before an object, is its simple past
		// (clausePasts); not a title's, not one before a preposition.
		{"In 1979 the two governments stopped production, and three years later Air France cut its flights.", map[string]string{"stopped": "root>", "governments": "nsubj>stopped", "production": "obj>stopped", "cut": "conj>stopped"}},
		{"On Tuesday the police opened an investigation into the crash.", map[string]string{"opened": "root>", "police": "nsubj>opened", "investigation": "obj>opened"}},
		{"Brazil's Senate on Wednesday removed the president.", map[string]string{"Senate": "nsubj>removed", "Brazil": "nmod:poss>Senate"}},
		{"Toyota recalled its trucks, and Honda followed.", map[string]string{"recalled": "root>", "Toyota": "nsubj>recalled"}},
		{"Kenya's Senate on Monday rejected the budget.", map[string]string{"Senate": "nsubj>rejected", "Kenya": "nmod:poss>Senate"}},
		// A subject with a participle and its preposition's object before
		// the past: the past is the clause's verb (participleSubject).
		{"CAMP ZEIST, Netherlands - A Scottish court sitting on a former U.S. air base in the Netherlands convicted a Libyan officer on Wednesday, but it acquitted his co-defendant.", map[string]string{"convicted": "root>", "court": "nsubj>convicted", "officer": "obj>convicted"}},
		// A sentence's first word before a plural and a past or a modal is
		// a noun, not an imperative (initialNouns).
		{"Protest leaders said they would stay in the square.", map[string]string{"said": "root>", "leaders": "nsubj>said", "Protest": "compound>leaders"}},
		{"Rescue teams will search the river again on Monday.", map[string]string{"search": "root>", "teams": "nsubj>search"}},
		// A unit of time before "later" measures it, and is no head of
		// the noun before it (unitsLater).
		{"She was sworn in as president hours later.", map[string]string{"president": "obl>sworn", "hours": "obl:unmarked>later"}},
		// Names the parser joined to a fronted time are the verb's
		// subjects (frontedTimeSubjects).
		{"On Wednesday, Chancellor Angela Merkel, President Francois Hollande and Prime Minister Mariano Rajoy visited the site.", map[string]string{"Angela": "nsubj>visited", "Francois": "conj>Angela", "Mariano": "conj>Angela"}},
		{"The regulator ordered the airline on Friday to ground its jets.", map[string]string{"airline": "obj>ordered", "ground": "xcomp>ordered", "jets": "obj>ground"}},
		{"The governor had ordered about 20,000 residents in low-lying districts to evacuate on Sunday.", map[string]string{"residents": "obj>ordered", "evacuate": "xcomp>ordered"}},
		{"The union urged the drivers in a letter to reject the new contract.", map[string]string{"drivers": "obj>urged", "reject": "xcomp>urged"}},
		// "after" before a subject and its verb opens a clause (clauseOpeners).
		{"The airline halted its flights on Sunday, a day after an engine cover fell off one of its jets.", map[string]string{"after": "mark>fell", "cover": "nsubj>fell"}},
		// A relative clause's verb does not make the statement's: the
		// participle before it roots the tree; a hyphenated name's second
		// part is a name, not a participle.
		{"A federal jury in Boston convicted Mary Smith-Jones on Monday, a year after the fall of the fund she founded.", map[string]string{"jury": "nsubj>convicted", "convicted": "root>", "Jones": "flat>Mary"}},
		// Capitalized words after an article that end in what the tagger
		// read as a verb are a name (articleNames), and an abbreviation
		// with its dot is one word.
		{"Tugboats pulled the Ever Given into the channel on Monday.", map[string]string{"Given": "obj>pulled", "Tugboats": "nsubj>pulled"}},
		{"Rescuers found the Sea Wanderer near the coast.", map[string]string{"Wanderer": "obj>found"}},
		{"Edward Kane succeeded Mr. Smith as chairman.", map[string]string{"Smith": "obj>succeeded"}},
		// A clause's subject the parser coordinated with the oblique
		// before it (conjSubject).
		{"Crews pulled the barge free on Monday, and traffic on the river resumed hours later.", map[string]string{"traffic": "nsubj>resumed", "resumed": "conj>pulled"}},
		// A verb whose past is its base form, with a subject and no
		// auxiliary, is a past tense; so is a participle the parser hung
		// on its subject before it (bareRoot).
		{"Regulators shut down the lender on Friday and put it under federal control.", map[string]string{"shut": "root>", "put": "conj>shut", "Regulators": "nsubj>shut"}},
		// A "by" phrase is no subject: the participle's noun is the
		// subject of the statement's verb (agentSubject).
		{"A storm driven by strong winds swept through the region on Tuesday, officials said.", map[string]string{"storm": "nsubj>swept", "swept": "root>"}},
		// An irregular past the tagger took for an adverb right after the
		// subject is the statement's verb (finiteRoot).
		{"A storm tore through the harbor on Monday.", map[string]string{"storm": "nsubj>tore", "tore": "root>"}},
		{"A fire tore through the old cathedral on Monday evening, but firefighters saved the towers.", map[string]string{"fire": "nsubj>tore", "tore": "root>"}},
		// A finite verb takes no bare infinitive (but "help", "let", ...):
		// the word after it is its object (objectNouns).
		{"The drone lost contact with its base on Sunday.", map[string]string{"contact": "obj>lost"}},
		// A "that" clause with a subject of its own after the object of a
		// verb of telling is what was told, not a relative clause.
		{"The minister told a news conference in Rome that the army would be cut.", map[string]string{"cut": "ccomp>told", "that": "mark>cut"}},
		// A plural noun after a preposition, determiner and noun is no verb.
		// An adjective that ends a phrase after a determiner or a
		// possessive is a noun when news has the word as one
		// (headAdjectives): "chief executive", "the official".
		// A fronted phrase renamed by a name between commas is the
		// subject (appositiveSubjects); a fronted time is not.
		{"Its chief executive, Maria Lund, resigned on Tuesday.", map[string]string{"executive": "nsubj>resigned", "Maria": "appos>executive"}},
		{"The bank's chief executive, Karl Berg, was fired on Tuesday.", map[string]string{"executive": "nsubj:pass>fired", "Berg": "appos>executive"}},
		// A regular past read as a participle after "after" and a subject,
		// with its object after it, is the clause's verb (clauseOpeners).
		{"Lund took over in January 2020 after the board fired Karl Berg following two fatal crashes.", map[string]string{"after": "mark>fired", "fired": "advcl>took", "board": "nsubj>fired", "crashes": "obj>following"}},
		// A plural noun after a preposition, a possessive and adjectives
		// (prepNouns).
		{"The head of its commercial airplanes unit resigned.", map[string]string{"airplanes": "compound>unit", "head": "nsubj>resigned"}},
		{"On Friday, her finance minister, Karl Berg, was fired.", map[string]string{"minister": "nsubj:pass>fired", "Karl": "appos>minister"}},
		{"This week, Karl Berg resigned from the board.", map[string]string{"week": "obl:unmarked>resigned", "Karl": "nsubj>resigned"}},
		{"The official said the talks had failed.", map[string]string{"official": "nsubj>said"}},
		// A report's object renamed between commas before a copula is
		// its clause's subject (reportedSubject).
		{"The company said its chief executive, Maria Lund, was among the dead.", map[string]string{"executive": "nsubj>dead", "dead": "ccomp>said"}},
		{"The board said the company's chairman, Karl Berg, is considering a bid for the rival.", map[string]string{"chairman": "nsubj>considering", "considering": "ccomp>said"}},
		{"The minister reversed most of the tax cuts on Monday.", map[string]string{"minister": "nsubj>reversed", "reversed": "root>", "cuts": "nmod>most"}},
		// A modal's word is a base-form verb, even one the treebank has
		// only as a noun (modalVerbs), and roots the statement.
		{"Under the plan, Ana Ruiz, a former banker, will chair the committee.", map[string]string{"chair": "root>", "committee": "obj>chair", "will": "aux>chair"}},
		// A participle right after the subject is no main verb when a
		// finite verb follows its prepositional phrase (gardenPath), and
		// a participle is no subject (participleSubjects).
		{"A tanker loaded with crude oil ran aground near the port on Sunday.", map[string]string{"tanker": "nsubj>ran", "ran": "root>", "loaded": "acl>tanker"}},
		{"A ferry packed with tourists sank off the coast on Sunday.", map[string]string{"ferry": "nsubj>sank", "sank": "root>", "packed": "acl>ferry"}},
		{"A ship owned by a Greek company sank near Malta on Thursday.", map[string]string{"ship": "nsubj>sank", "owned": "acl>ship"}},
		// A plural noun after a plain preposition and an adjective is no
		// verb ("by high winds"); a regular participle may be a past tense.
		{"A fire fanned by high winds destroyed 40 homes in the village on Monday.", map[string]string{"fire": "nsubj>destroyed", "destroyed": "root>", "homes": "obj>destroyed"}},
		// A modal of a clause of its own does not make the statement's
		// verb: "announced" roots it.
		{"The company announced on Monday that it would cut 2,000 jobs.", map[string]string{"company": "nsubj>announced", "announced": "root>", "cut": "ccomp>announced"}},
		// What a report says has its own subject, not the report's object
		// (reportedSubject).
		{"The chief executive said the company had identified the problem and deployed a fix.", map[string]string{"company": "nsubj>identified", "identified": "ccomp>said"}},
		// A participle set off by commas after the subject is no root
		// (setOffParticiple).
		{"The settlement, reached after three days of talks, will take effect on Friday.", map[string]string{"settlement": "nsubj>take", "reached": "acl>settlement", "take": "root>"}},
		// A report after its clause hangs on the clause's verb, as in the
		// treebank (postposedReport).
		{"The company agreed to pay $2 billion to settle the lawsuit, it said on Monday.", map[string]string{"company": "nsubj>agreed", "agreed": "root>", "said": "parataxis>agreed"}},
		{"UBS agreed on Sunday to buy its rival Credit Suisse for $3 billion, the Swiss government said.", map[string]string{"agreed": "root>", "said": "parataxis>agreed"}},
		// A report after its clause, read as a participle, is a past
		// tense and the clause's parataxis (postposedSay).
		{"Toyota will build a new battery plant in North Carolina, the company announced on Wednesday.", map[string]string{"announced": "parataxis>build", "company": "nsubj>announced", "build": "root>"}},
		// A participle with an active subject after a subordinator is a
		// past tense, and an adverbial clause hung on a noun is parsed
		// again (subjectParticiples).
		{"The conflict began on June 3, 2021, when rebel fighters attacked northern Chad.", map[string]string{"attacked": "advcl>began", "Chad": "obj>attacked"}},
		// A title noun before a name is no second subject (descBeforeName);
		// a subordinator hung on the next clause's subject marks that
		// clause (clauseMarks); a participle right after its noun, with
		// a phrase of its own, before a modal verb group with no subject,
		// is no root (reducedRelativeRoots).
		{"Portugal coach Luiz Felipe Scolari said his players had lacked calm.", map[string]string{"coach": "nmod:desc>Luiz", "Luiz": "nsubj>said"}},
		{"More than 2,000 people have died in the south since fighting broke out in the late 1990s.", map[string]string{"since": "mark>broke", "broke": "advcl>died"}},
		{"Dock workers walked off the job on Wednesday after talks with the terminal operator Hutchison Ports broke down over pay.", map[string]string{"after": "mark>broke", "talks": "nsubj>broke", "Ports": "nmod>talks"}},
		{"A march planned for Sunday will go ahead, organisers said.", map[string]string{"planned": "acl>march", "go": "root>"}},
		// A family name and a hyphenated given name are one name, which
		// holds the place in the sentence a part of it had
		// (hyphenGivenNames).
		{"South Korean President Moon Jae-in said on Monday that he would meet the envoy in April.", map[string]string{"Moon": "nsubj>said", "said": "root>", "Korean": "amod>Moon"}},
		{"Prosecutors indicted Choi in November, and Lee Jae-yong, the heir of the group, was arrested on Feb. 17.", map[string]string{"Lee": "nsubj:pass>arrested", "yong": "flat>Lee"}},
		// "who" or "which" after a noun and a comma opens the noun's
		// relative clause, whatever the parser hung it on
		// (relativeClauses); a finite verb coordinated with a gerund
		// after a preposition is coordinated with the verb above it
		// (finiteConjuncts).
		{"Investigators, who opened the inquiry in May 2019, had asked for a longer sentence.", map[string]string{"opened": "acl:relcl>Investigators", "asked": "root>"}},
		{"A Madrid court fined the bank 20 million euros on Monday for hiding losses from investors and ordered it to repay 400 savers.", map[string]string{"ordered": "conj>fined"}},
		// A time phrase opening a coordinated clause is that clause's,
		// and the clause's verb the conjunct (timeConjuncts).
		{"Officials in Ohio closed two roads last week after a flood, and on Thursday the state government ordered all schools in the county to close.", map[string]string{"Thursday": "obl>ordered", "ordered": "conj>closed"}},
		// A fronted place phrase is no second subject (frontedPlaces).
		{"Outside the stadium, hundreds of fans clashed with police on Sunday.", map[string]string{"stadium": "obl>clashed", "Outside": "case>stadium", "hundreds": "nsubj>clashed"}},
		// A verb after a relative clause set off by commas takes the noun
		// the clause hangs on as its subject (relativeSubjects).
		{"Egyptian President Abdel Fattah al-Sisi, who visited the port on Sunday, thanked the workers.", map[string]string{"Abdel": "nsubj>thanked", "thanked": "root>"}},
		{"First of Texas, which has 12 branches in Dallas, agreed to buy a smaller rival.", map[string]string{"First": "nsubj>agreed", "agreed": "root>"}},
		// A "relative clause" with no relative word after an apposition is
		// the statement's verb.
		{"Kestrel, the largest online retailer, said on Wednesday that it would not buy its rival.", map[string]string{"said": "root>", "Kestrel": "nsubj>said"}},
		// The auxiliary of a verb with a relative word heads a clause of its
		// own, whatever the parser named its arc: the participle before it
		// is the statement's verb.
		{"A man rushed onto the stage and attacked Smith, who was airlifted to a hospital in Erie.", map[string]string{"man": "nsubj>rushed", "rushed": "root>"}},
		// A noun with a preposition of its own is no object (casedObjects).
		{"Two shells exploded outside the stadium in Kharkiv on Friday.", map[string]string{"stadium": "obl>exploded"}},
		{"Fans gathered outside the arena before the final.", map[string]string{"arena": "obl>gathered"}},
		// A plural after a preposition and a number is a noun, not a verb
		// with the number's noun its subject (prepNouns).
		{"Relatives of the passengers killed in three 747 crashes met the minister.", map[string]string{"crashes": "obl>killed", "met": "root>", "Relatives": "nsubj>met", "killed": "acl>passengers"}},
		// A verb "coordinated" with the root noun without a coordinator
		// follows the subject's apposition (finiteRoot).
		{"The airline's chief executive, Maria Lopez, apologized on Friday to the families of the passengers.", map[string]string{"apologized": "root>"}},
		// A participle with a subject before it and an object after it,
		// and no auxiliary, is a past tense (subjectParticiples).
		{"Storm Daniel struck eastern Libya on Sunday.", map[string]string{"Storm": "nsubj>struck", "struck": "root>", "Libya": "obj>struck"}},
		{"A wildfire destroyed the village on Monday.", map[string]string{"wildfire": "nsubj>destroyed", "destroyed": "root>"}},
		// ", and" a noun phrase and its "participle": a coordinated clause
		// (conjParticiple).
		{"Hurricane Otis struck the coast of Mexico on Tuesday, and the river above the town flooded early on Wednesday.", map[string]string{"river": "nsubj>flooded", "flooded": "conj>struck"}},
		// A gerund between a possessive and a noun modifies the noun
		// (gerundModifiers).
		{"The party's ruling council said it would meet in June.", map[string]string{"council": "nsubj>said", "ruling": "amod>council", "party": "nmod:poss>council"}},
		// No verb: the tree stays rooted on a noun.
		{"Great food and friendly staff.", map[string]string{"food": "root>"}},
		// Title-case "Xi" is no roman numeral (the tagger said NUM).
		{"Xi met Russian President Vladimir Putin at the Kremlin, the Kremlin said.", map[string]string{"Xi": "nsubj>met"}},
	} {
		toks := text.Tokenize(c.in, document.Span{Start: 0, End: len(c.in)})
		tr := m.ParseTokens(toks)
		for _, w := range tr.Words {
			want, ok := c.want[w.Form]
			if !ok {
				continue
			}
			head := ""
			if w.Head > 0 {
				head = tr.Words[w.Head-1].Form
			}
			if got := w.Rel + ">" + head; got != want {
				t.Errorf("%q: %s is %s, want %s", c.in, w.Form, got, want)
			}
		}
	}
}

func TestParseLongSentence(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	in := strings.Repeat("the talks went on and ", 300)
	toks := text.Tokenize(in, document.Span{Start: 0, End: len(in)})
	tr := m.ParseTokens(toks)
	if len(tr.Words) != len(toks) {
		t.Fatalf("%d words for %d tokens", len(tr.Words), len(toks))
	}
	for i, w := range tr.Words {
		if w.Head < 0 || w.Head > len(tr.Words) || w.Head == i+1 {
			t.Fatalf("word %d has head %d", i+1, w.Head)
		}
	}
}

// A wire dateline is parsed apart from its sentence and hangs on the
// sentence's root, so that its place is nobody's subject.
func TestDatelineParsedApart(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	parse := func(s string) []Word {
		return m.ParseTokens(text.Tokenize(s, document.Span{Start: 0, End: len(s)})).Words
	}
	find := func(ws []Word, form string) *Word {
		for i := range ws {
			if ws[i].Form == form {
				return &ws[i]
			}
		}
		t.Fatalf("no %q", form)
		return nil
	}
	for _, s := range []string{
		"ISMAILIA, Egypt (Reuters) - Salvage teams freed the ship on Monday, the canal authority said.",
		"NAIROBI, Kenya (AP) _ Salvage teams freed the ship on Monday, the canal authority said.",
		"WASHINGTON -- Salvage teams freed the ship on Monday, the canal authority said.",
		"SUEZ (Chronicle staff) - Salvage teams freed the ship on Monday, the canal authority said.",
		"ISMAILIA, Egypt, March 29, 2021 (Chronicle) - Salvage teams freed the ship on Monday, the canal authority said.",
		"ISMAILIA, Egypt -- March 29, 2021 -- Salvage teams freed the ship on Monday, the canal authority said.",
	} {
		ws := parse(s)
		place := &ws[0]
		if place.Rel != "dep" || place.Head < 1 || ws[place.Head-1].Head != 0 {
			t.Errorf("%q: the dateline's place is %s of %d, want dep of the root", s, place.Rel, place.Head)
		}
		if teams := find(ws, "teams"); teams.Rel != "nsubj" || ws[teams.Head-1].Form != "freed" {
			t.Errorf("%q: teams is %s of %d, want nsubj of freed", s, teams.Rel, teams.Head)
		}
	}
	// Not datelines: a name and an aside, a sentence with a dash.
	for _, s := range []string{
		"NATO - the alliance - agreed on Monday to send more troops.",
		"Smith - who won - said he was happy.",
	} {
		for _, w := range parse(s) {
			if w.Rel == "dep" && w.Head > 0 && w.Form == "NATO" {
				t.Errorf("%q: read as a dateline", s)
			}
		}
	}
}

// With its root forced on any word, the parser still builds one tree,
// rooted on that word, for every sentence (no dead end of the transition
// system: see state.root).
func TestForcedRoot(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"Putin met Abe in Danang on Friday.",
		"Lawmakers from both parties called for an investigation.",
		"Great food and friendly staff.",
		"The company, which fired 500 workers last week, said it would hire again in May.",
		"Yes.",
	} {
		forms := strings.Fields(in)
		for v := 1; v <= len(forms); v++ {
			w := m.getWork()
			w.forms = append(w.forms[:0], forms...)
			m.analyze(w)
			m.reparse(w, v)
			roots := 0
			for i := 1; i <= len(forms); i++ {
				h := w.heads[i]
				if h < 0 || h > len(forms) || h == i {
					t.Fatalf("%q, root %d: word %d has head %d", in, v, i, h)
				}
				if h == 0 {
					roots++
					if i != v {
						t.Errorf("%q: root forced on %d, word %d has it", in, v, i)
					}
				}
			}
			if roots != 1 {
				t.Errorf("%q, root %d: %d roots", in, v, roots)
			}
			m.putWork(w)
		}
	}
}

// TestWholeSplitLengths keeps appendSplit's length check true to
// wholeSplits.
func TestWholeSplitLengths(t *testing.T) {
	for w := range wholeSplits {
		if len(w) != 5 && len(w) != 6 {
			t.Errorf("wholeSplits has %q (%d bytes): appendSplit looks up words of 5 or 6 bytes only", w, len(w))
		}
	}
}
