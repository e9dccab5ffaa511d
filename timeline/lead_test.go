package timeline_test

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/timeline"
)

// briefing runs the pipeline over an article of ours and returns the
// briefing timeline's lines as "LABEL|SUMMARY".
func briefing(t *testing.T, article string) []string {
	t.Helper()
	docs, err := document.ReadReader("lead.txt", strings.NewReader(article), document.Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("reading the article: %v", err)
	}
	var out []string
	for _, e := range timeline.Build([]*pipeline.Result{pipeline.Process(docs[0])}) {
		out = append(out, timeline.DateLabel(&e)+"|"+e.Summary)
	}
	return out
}

// The news lead's later sentences give briefing lines too, dated "by" the
// document, when their main clause tells who did what; not a relative
// clause's setting, a bare verb, what someone argued, or a verb whose
// complement or conjunct has a time of its own.
func TestLeadMainClauses(t *testing.T) {
	got := briefing(t, `Storm knocks out power across the coast

February 14, 2025

A winter storm knocked out power to 300,000 homes along the coast on Thursday.

Duke Energy sent 2,000 repair crews into the region. Schools in the county stayed closed, where the storm hit hardest.

Governor Ana Ruiz declared an emergency for six counties. The utility estimated that repairs would take days.

Lawyers had argued that the utility ignored its own warnings. The company stopped selling new contracts in 2019 and lost customers.
`)
	text := strings.Join(got, "\n")
	hasLines(t, text,
		"by Thu 13 Feb 2025|Duke Energy sends 2,000 repair crews", // the storm's day, told the sentence before (storyDay)
		"by Thu 13 Feb 2025|Ruiz declares an emergency",           // the storm's day carries on through a sentence with no time
	)
	for _, bad := range []string{"estimates", "ignores", "Feb 2025|Company stops", "loses customers", "Storm hits"} {
		if strings.Contains(text, bad) {
			t.Errorf("a line with %q in\n%s", bad, text)
		}
	}
}

// A main clause coordinated with a dated one, with agents of its own, is
// a line of its own, dated by the document; a clause with the dated one's
// agents is not.
func TestCoordinatedNews(t *testing.T) {
	got := strings.Join(briefing(t, `Regulators close Pacific Bank

May 1, 2023

State regulators closed Pacific Bank early on Monday and the Federal Deposit Insurance Corporation sold most of its assets to Citigroup.
`), "\n")
	if want := "Mon 1 May 2023|Federal Deposit Insurance Corporation sells most of its assets"; !strings.Contains(got, want) {
		t.Errorf("no line %q in\n%s", want, got)
	}
}

// What a person says in the lead is a line when the line says what was
// said; a company's "said it agreed" and a bare report are not.
func TestStatementsInTheLead(t *testing.T) {
	got := strings.Join(briefing(t, `Opposition leader dies in custody

February 16, 2024

Maria Lopez, the best-known critic of President Carlos Vega, died on Friday in a prison hospital, officials said.

Her husband, Tomas Lopez, told a news conference in Madrid that the government would answer for her death. Senator Ana Ruiz said the death was a crime against the whole country.
`), "\n")
	hasLines(t, got, "Ruiz says the death was a crime against the whole country", "Lopez says the government would answer for her death")
	if strings.Contains(got, "Officials say") {
		t.Errorf("a bare report line in\n%s", got)
	}
}

// A report by sources news names by their office ("officials", "police")
// is a line when it says what happened; a report's day right after its
// verb is its own ("said Tuesday"), not a possessive ("said last week's").
func TestUnnamedSources(t *testing.T) {
	got := briefing(t, `Floods hit the coast of Marsa

September 13, 2023

Heavy rain flooded the coastal town of Marsa on Sunday.

Officials said more than 300 people had died in the floods. Police said Tuesday they had arrested two looters in the harbor. Engineers said last week's inspection found cracks in the dam.
`)
	text := strings.Join(got, "\n")
	hasLines(t, text,
		"Wed 13 Sep 2023|Officials say more than 300 people had died",
		"Tue 12 Sep 2023|Police say they had arrested two looters",
	)
	if strings.Contains(text, "Tuesday they") {
		t.Errorf("the report's day in what it says:\n%s", text)
	}
}

// What a company says it will do is a line, dated by the report, when the
// plan has no date of its own; the plan names the objects it takes, not
// a name inside the second of them.
func TestCompanySaysItWill(t *testing.T) {
	got := briefing(t, `Toy maker files for bankruptcy

March 6, 2024

The toy maker Brightwood filed for bankruptcy protection on Sunday in Delaware.

The company said it would close its 40 remaining shops and its 12 Kidsworld outlets. Its shares fell 20 percent on Monday.
`)
	text := strings.Join(got, "\n")
	want := "Wed 6 Mar 2024|Brightwood says it would close its 40 remaining shops"
	if !strings.Contains(text, want) {
		t.Errorf("no line %q in\n%s", want, text)
	}
	if strings.Contains(text, "close Kidsworld") {
		t.Errorf("the plan's object is a name inside it:\n%s", text)
	}
}

// A headline that tells again, with fewer words, what the lead's first
// sentence dates gives no line of its own; the lead's line stays.
func TestHeadlineRepeat(t *testing.T) {
	got := briefing(t, `Strong earthquake strikes Peru on Sunday

March 4, 2024

A magnitude 7.1 earthquake struck southern Peru on Sunday afternoon, damaging roads and houses.

Rescuers searched the ruins on Monday.
`)
	text := strings.Join(got, "\n")
	if n := strings.Count(text, "strikes"); n != 1 {
		t.Errorf("%d lines of the quake, want 1:\n%s", n, text)
	}
	if !strings.Contains(text, "Magnitude 7.1 earthquake strikes") {
		t.Errorf("the lead's line is gone:\n%s", text)
	}
}

// A headline's present tense, done by someone named, tells what has just
// happened: a line "by" the document's day when the lead does not tell it
// with the same verb.
func TestHeadlineLine(t *testing.T) {
	got := briefing(t, `Kerrigan Links Pension Reform to Budget Talks

May 14, 2025

Speaking to reporters in Dublin, Finance Minister Aoife Kerrigan said the government would not raise the pension age this year.

She will meet union leaders on Friday.
`)
	text := strings.Join(got, "\n")
	if want := "by Wed 14 May 2025|Kerrigan links Pension Reform"; !strings.Contains(text, want) {
		t.Errorf("no line %q in\n%s", want, text)
	}
}

// A verb of ordering or asking says what its object is to do, and that
// infinitive is a plan of its own, dated by its own time, not the order's.
func TestOrdersWithInfinitive(t *testing.T) {
	got := briefing(t, `Court orders oil company to cut emissions

June 3, 2025

A court in Oslo ordered Equinor on Monday to cut its carbon emissions by half by 2035.

The regulator also told Equinor to publish its emission figures.
`)
	text := strings.Join(got, "\n")
	hasLines(t, text,
		"Mon 2 Jun 2025|Court orders Equinor to cut its carbon emissions",
		"by 2035|Equinor to cut its carbon emissions",
	)
	if strings.Contains(text, "Jun 2025|Equinor to cut") {
		t.Errorf("the cut took the order's day:\n%s", text)
	}
}

// What those who act by their office did in the lead, unnamed, is a line:
// police, rescuers, firefighters.
func TestUnnamedAgents(t *testing.T) {
	got := briefing(t, `Storm floods coastal town

October 9, 2025

A storm flooded the coastal town of Riverton on Monday.

Rescuers pulled twenty people from the water. Officials praised the volunteers.
`)
	text := strings.Join(got, "\n")
	if !strings.Contains(text, "by Thu 9 Oct 2025|Rescuers pull twenty people") {
		t.Errorf("no line for the rescuers in\n%s", text)
	}
}

// A report after the lead, dated by the day of writing, is a line when it
// tells a plan or a denial by someone named; a report of a done thing is
// left to that thing, and a plan with its own day is its own line.
func TestLaterReports(t *testing.T) {
	got := briefing(t, `Harbor strike ends after nine days

August 21, 2025

Dock workers at the port of Valmora returned to work on Thursday, ending a nine-day strike over automation.

The union's members voted to accept a new contract late on Wednesday. Cargo ships had queued for days outside the harbor. Some shippers sent their freight to other ports in the region.

The walkout began on August 12 after talks on pay broke down. It was the port's longest stoppage in two decades.

Port director Ana Ruiz said the port would clear the backlog within two weeks. Union leader Tomas Brandt said the deal did not settle the dispute over automated cranes. Ruiz said the strike had cost the port about 40 million euros. Brandt said he would meet the port's board on Monday.
`)
	text := strings.Join(got, "\n")
	hasLines(t, text, "Thu 21 Aug 2025|Ruiz says the port would clear the backlog", "Thu 21 Aug 2025|Brandt says the deal did not settle")
	if strings.Contains(text, "says the strike had cost") {
		t.Errorf("a report of a done thing is a line:\n%s", text)
	}
	if strings.Contains(text, "says he would meet") {
		t.Errorf("a plan with a day of its own is told by its report too:\n%s", text)
	}
}

// After the lead, a named person's statement is a line of the day, one a
// speaker; not a statement by a speaker whose other statements the text
// dates, nor a company's.
func TestLaterReactions(t *testing.T) {
	got := briefing(t, `Ferry operator sold to rival

May 6, 2026

Nordlys Ferries agreed on Tuesday to sell its ferry business to rival Baltic Star for 310 million euros.

The deal still needs the approval of competition regulators. Nordlys has lost money for three years.

The company was founded in 1952 with a single boat. Its ships carry about two million passengers a year.

Chief executive Maja Lind said the sale was the best outcome for the company's staff. Lind said the crews had been told first. Baltic Star said the purchase doubled its fleet.

Transport minister Erik Sund said on Monday that the state would not block a sale. Sund said the routes to the islands were a public service.
`)
	text := strings.Join(got, "\n")
	hasLines(t, text, "Tue 5 May 2026|Lind says the sale was the best outcome") // (said with the news, Tuesday's: newsDay)
	for _, bad := range []string{"Lind says the crews", "Sund says the routes", "Star says"} {
		if strings.Contains(text, bad) {
			t.Errorf("a line with %q in\n%s", bad, text)
		}
	}
}

// An object with "no" says the happening did not take place, and a
// named agent's denial is a line: "made no public remarks".
func TestNoObjectDenial(t *testing.T) {
	got := briefing(t, `Court halts vote count

July 9, 2026

The supreme court on Wednesday halted the count of postal ballots in the capital.

The ruling came after a week of protests. Election officials had counted about half of the ballots.

Opposition leader Tomas Berg, who spent the day at his party's offices, made no public comment. Police found nothing in the counting hall.
`)
	text := strings.Join(got, "\n")
	hasLines(t, text, "Berg makes no public comment")
	if strings.Contains(text, "does not make") || strings.Contains(text, "Police find\n") {
		t.Errorf("a denial by its object told twice, or its object lost:\n%s", text)
	}
}

// An "its" phrase is the organization's named before it in the sentence,
// with no other subject between.
func TestItsOrganization(t *testing.T) {
	got := strings.Join(briefing(t, `Nurses end walkout at city hospitals

October 9, 2025

The Northern Nurses Association ended its strike on Wednesday after its members approved a new pay deal with the city's hospitals.
`), "\n")
	if !strings.Contains(got, "Northern Nurses Association's members approve a new pay deal") {
		t.Errorf("no line of the members' vote, or 'its' unresolved:\n%s", got)
	}
}

// "Euro zone leaders" are no anaphor of the two leaders named before;
// "the two leaders" are.
func TestModifiedLeadersNoAnaphor(t *testing.T) {
	got := strings.Join(briefing(t, `Leaders talk by phone

March 3, 2026

Chancellor Anna Berg and President Paul Roux spoke by telephone on Monday. Nordic leaders will hold a summit in Oslo on Friday.
`), "\n")
	if strings.Contains(got, "Berg and Roux to hold") {
		t.Errorf("other leaders read as the two named:\n%s", got)
	}
}

// What a report after the lead's first clause says is the line, dated
// by the report's day, when those who did it are named by their trade.
func TestPostposedReportClause(t *testing.T) {
	got := strings.Join(briefing(t, `Reactor restarted after repairs

April 10, 2026

Engineers at the Valmora plant have for the first time restarted a reactor after a full rebuild, the operator announced on Thursday.
`), "\n")
	if !strings.Contains(got, "Engineers restart a reactor") {
		t.Errorf("no line of what was announced:\n%s", got)
	}
}

// A lead under a wire dateline on a line of its own cites the lead's
// line, not the dateline's.
func TestDatelineLineCited(t *testing.T) {
	es := timeline.Build([]*pipeline.Result{pipeline.Process(mustDoc(t, "Port strike ends after nine days\nROTTERDAM, Aug. 21, 2025 -\nDock workers at the port returned to work on Thursday after a nine-day strike.\n"))})
	found := false
	for _, e := range es {
		if strings.Contains(e.Summary, "return") {
			found = true
			if e.Source.Line != 3 {
				t.Errorf("%q cites line %d, want 3", e.Summary, e.Source.Line)
			}
		}
	}
	if !found {
		t.Errorf("no line of the return to work")
	}
}

// What someone stopped short of doing did not happen.
func TestStoppedShortOf(t *testing.T) {
	dated, undated := timeline.BuildAll([]*pipeline.Result{pipeline.Process(mustDoc(t, `Mayor pauses road plan

June 2, 2026

The mayor of Valmora paused the ring-road plan on Monday. She stopped short of withdrawing the plan altogether.
`))})
	var all []string
	for _, e := range append(dated, undated...) {
		all = append(all, e.Modality+"|"+e.Summary)
	}
	text := strings.Join(all, "\n")
	if strings.Contains(text, "actual|Mayor withdraws") || strings.Contains(text, "actual|Plan withdrawn") {
		t.Errorf("what she stopped short of is told as done:\n%s", text)
	}
}

// A passive that makes its subject something says what: "was named
// finance minister".
func TestPassiveRole(t *testing.T) {
	got := strings.Join(briefing(t, `Coalition names new cabinet

May 12, 2026

The ruling coalition named a new cabinet on Tuesday. Lena Kovac, a former central banker, was named finance minister on Tuesday afternoon.
`), "\n")
	if !strings.Contains(got, "Kovac named finance minister") {
		t.Errorf("the role is lost:\n%s", got)
	}
}

// After the lead, a denial by someone named is news of the day, and what
// someone named "will" do comes after it; a plan told in the past with
// "would" is no line of its own.
func TestLaterDenialsAndPlans(t *testing.T) {
	got := briefing(t, `Valmora court jails former mayor

March 12, 2026

A court in Valmora sentenced former mayor Pia Holm to four years in prison on Thursday for taking bribes from building firms.

Judge Karl Otte said Holm had abused her office for a decade. Holm, 61, was taken into custody after the hearing.

Prosecutors had asked for six years. The case began in 2023, when an auditor found gaps in the city's accounts.

Holm did not speak to reporters as she left the courtroom. Her lawyer, Ida Lund, will appeal the sentence. In 2019 Holm said she would never seek a third term.
`)
	text := strings.Join(got, "\n")
	hasLines(t, text, "Holm does not speak to reporters", "after Thu 12 Mar 2026|Lund to appeal the sentence")
	if strings.Contains(text, "to seek a third term") {
		t.Errorf("a plan told in the past is a line of its own:\n%s", text)
	}
}

// A bare number a verb acts on is the count it tells ("killed more than
// 400"), and a fronted year is no root (the mudslide is the subject).
func TestCountObjects(t *testing.T) {
	got := briefing(t, `Rains lash the coast

October 2, 2025

Heavy rain flooded the coastal towns of the region on Wednesday.

In 2015, a mudslide in the same valley killed more than 400.
`)
	text := strings.Join(got, "\n")
	if !strings.Contains(text, "2015|Mudslide kills more than 400") {
		t.Errorf("no count in the line of the mudslide:\n%s", text)
	}
}

// An undated happening of the lead right after a sentence that gives the
// story's day, the day before the paper's, follows on that day.
func TestStoryDay(t *testing.T) {
	got := briefing(t, `Orbis chief steps down

June 5, 2025

Orbis Mining chief executive Lena Voss resigned on Wednesday after a tailings dam failed at the company's Kiruna site.

The board appointed finance chief Omar Hale as interim chief executive. Shares of Orbis fell 8 percent in Stockholm.
`)
	text := strings.Join(got, "\n")
	if !strings.Contains(text, "by Wed 4 Jun 2025|Board appoints Hale") {
		t.Errorf("the board's appointment does not follow on Wednesday:\n%s", text)
	}
}

// A bare participle that opens the sentence is done to the subject after
// it: "Founded in 1994, Amazon grew ..." (Amazon was founded).
func TestFrontedParticiple(t *testing.T) {
	got := briefing(t, `Retail news

May 4, 2024

The city council met on Friday.

Founded in 1994, Amazon grew into the largest online retailer in the country.
`)
	text := strings.Join(got, "\n")
	if !strings.Contains(text, "1994|Amazon founded") {
		t.Errorf("no line of Amazon's founding:\n%s", text)
	}
}

// A relative clause's object is the noun it modifies: "the treaty, which
// Lithuania ratified in 2008" gives "Lithuania ratifies the treaty".
func TestObjectRelatives(t *testing.T) {
	got := briefing(t, `Baltic news

May 4, 2024

The city council met on Friday.

Estonia left the border treaty, which Lithuania ratified in 2008.
`)
	hasLines(t, strings.Join(got, "\n"), "2008|Lithuania ratifies the border treaty")
}

// What a court rules is its line's content, as what someone says is.
func TestRulingSays(t *testing.T) {
	got := briefing(t, `Court strikes down fishing ban

May 4, 2024

The Constitutional Court of Norvia ruled on Friday that the coastal fishing ban was unlawful.
`)
	hasLines(t, strings.Join(got, "\n"), "rules the coastal fishing ban was unlawful")
}

// A particle the labeller called an adverb stays with its verb in what a
// report says ("would hand back", not "would hand", where the parser
// made "her OBE" the subject of the clause after it).
func TestReportParticle(t *testing.T) {
	got := briefing(t, `Minister to step back

May 4, 2024

Carla Moreno said on Friday that she would hand back her OBE, after more than a million people signed a petition calling for the honour to be removed.
`)
	hasLines(t, strings.Join(got, "\n"), "Moreno says she would hand back")
}

// "The bank" far from any named organization is the story's company; a
// name that only says what kind a noun is ("a former Nordic Investment
// Bank director") is no referent.
func TestStoryCompany(t *testing.T) {
	got := briefing(t, `Halvor Bank chief quits

May 6, 2025

Halvor Bank chief executive Nils Berg resigned on Monday. The board named Eva Lind, a former Nordic Investment Bank director, as his successor. Berg had run the firm since 2015. In a letter, Berg thanked the staff. The bank said Berg would not receive a bonus.
`)
	text := strings.Join(got, "\n")
	if !strings.Contains(text, "Halvor Bank says Berg would not receive a bonus") {
		t.Errorf("no line for what Halvor Bank said:\n%s", text)
	}
}

// Where a speaker spoke, told after the lead's dated report of what was
// said, is the same statement: no line of its own.
func TestSpokeWhenSaid(t *testing.T) {
	got := briefing(t, `Lagarde warns on inflation

March 9, 2024

Inflation in the euro area will stay above target until next year, European Central Bank President Christine Lagarde said on Thursday.

Lagarde was speaking at a news conference in Frankfurt after the bank left its rates unchanged.
`)
	text := strings.Join(got, "\n")
	if strings.Contains(text, "speaks") {
		t.Errorf("the speaking is a line of its own:\n%s", text)
	}
	if !strings.Contains(text, "Thu 7 Mar 2024|Lagarde says") {
		t.Errorf("no line of what Lagarde said on Thursday:\n%s", text)
	}
}

// A dated report whose line says nothing of what was said ("Ortiz tells
// reporters", "Kestrel says") is no line; one that says it is.
func TestBareReportsNoLine(t *testing.T) {
	got := briefing(t, `Harlan Bank fails as rescue talks collapse

September 15, 2008

Harlan Bank filed for bankruptcy protection on Monday.

"We never considered putting public money on the line," Finance Minister Lena Ortiz told reporters on Monday. Ortiz said on Sunday that the government would not rescue the bank. Harlan Bank will report quarterly results on Friday.
`)
	for _, l := range got {
		if strings.Contains(l, "tells reporters") {
			t.Errorf("bare report line %q (%q)", l, got)
		}
	}
	found := false
	for _, l := range got {
		found = found || strings.Contains(l, "Ortiz says the government would not rescue the bank")
	}
	if !found {
		t.Errorf("%q: want the report that says what was said", got)
	}
	planned := false
	for _, l := range got {
		planned = planned || strings.Contains(l, "to report quarterly results")
	}
	if !planned {
		t.Errorf("%q: want the planned report of results", got)
	}
}

// hasLines reports as errors the lines of want that text (the briefing's
// lines joined) lacks.
func hasLines(t *testing.T, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("no line %q in\n%s", w, text)
		}
	}
}

// lacksLines fails t for each of unwanted that text has, saying why.
func lacksLines(t *testing.T, text, why string, unwanted ...string) {
	t.Helper()
	for _, u := range unwanted {
		if strings.Contains(text, u) {
			t.Errorf("%s (%q):\n%s", why, u, text)
		}
	}
}

// Whom a verb of charging or blaming takes as object did what its "of",
// "for" or "with" clause tells; a denial by someone named on a day the
// text gives is a line; a clause opened by "after" whose verb the tagger
// read as a participle keeps its own subject; a fronted participle is
// done to the subject after it.
func TestChargedDoers(t *testing.T) {
	got := briefing(t, `Harbor firm sues shipping partner

OSLO, March 6, 2024 -

Nordhavn Shipping sued its former partner Vasa Logistics on Wednesday, seeking $200 million in damages.

The lawsuit accuses Vasa Logistics of walking away from a joint venture on Friday after the partners failed to agree on prices.

Chairman Erik Lund, who took over as chief executive in January after Tove Hansen resigned abruptly, said the company would also seek an injunction.

Lund did not take questions from reporters on Wednesday.

Regulators opened an inquiry in January, and last month the company restated its earnings for two years.

Founded in 1998 by two fishermen, Nordhavn grew into the largest operator in the region.
`)
	text := strings.Join(got, "\n")
	hasLines(t, text,
		"Fri 1 Mar 2024|Vasa Logistics walks away from a joint venture",
		"Jan 2024|Hansen resigns",
		"Wed 6 Mar 2024|Lund does not take questions",
		"1998|Nordhavn Shipping founded",
	)
	for _, bad := range []string{"Lund resigns", "Feb 2024|Regulators", "Lawsuit to accuse"} {
		if strings.Contains(text, bad) {
			t.Errorf("a line with %q in\n%s", bad, text)
		}
	}
}

// The story's day, given by the lead, carries on through lead sentences
// with no time of their own; a year ahead ("the 2026 finals") moves no
// story.
func TestStoryDayCarriesOn(t *testing.T) {
	got := briefing(t, `Harlow votes to host the finals

March 7, 2025

HARLOW - The city council of Harlow voted on Thursday to host the 2026 regional finals, ending a year of debate.

Mayor Ines Varga signed the agreement at a ceremony in the town hall.

Opponents, who had gathered outside, called the vote a mistake for the 2026 budget.

The council's finance chief, Tomas Berg, resigned shortly after the vote.
`)
	text := strings.Join(got, "\n")
	hasLines(t, text, "by Thu 6 Mar 2025|Berg resigns", "by Thu 6 Mar 2025|Varga signs the agreement")
}

// A one-sentence article whose happening is told of someone named by a
// definite noun gives its line, dated by the paper ("The singer died").
func TestLeadDefiniteNoun(t *testing.T) {
	for _, c := range []struct{ article, want string }{
		{"March 16, 2013\n\nThe singer died.\n", "by Sat 16 Mar 2013|Singer dies"},
		{"March 16, 2013\n\nThe bridge collapsed into the river.\n", "by Sat 16 Mar 2013|Bridge collapses into the river"},
	} {
		hasLines(t, strings.Join(briefing(t, c.article), "\n"), c.want)
	}
}

// mustDoc reads an article of ours.
func mustDoc(t *testing.T, article string) *document.Document {
	t.Helper()
	docs, err := document.ReadReader("lead.txt", strings.NewReader(article), document.Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("reading the article: %v", err)
	}
	return docs[0]
}

// A statement that denies, after the lead, is news of the day a report
// is: "denied that", "rejected claims that", by someone named, by
// someone a pronoun names, or by an office ("The ministry denied"). In a
// paper written the day after its news, that is the news's day (newsDay). A
// coach's title before his name is no subject of its own.
func TestLaterDenialStatements(t *testing.T) {
	got := strings.Join(briefing(t, `October 3, 2023

OSLO (Reuters) - Norway's largest salmon farmer closed two of its sites on Monday after a parasite outbreak killed thousands of fish.

The outbreak spread quickly through pens along the western coast.

Chief executive Ivar Lunde denied that the company had ignored warnings from inspectors, saying the sites had been checked in August.

The fisheries ministry denied that it had delayed the inspections.

Union leader Marta Solberg rejected claims that workers had skipped the daily checks. She said they had followed every rule.

National team coach Erik Dahl said the dispute had hurt the industry's reputation abroad.
`), "\n")
	hasLines(t, got,
		"Mon 2 Oct 2023|Lunde denies the company had ignored warnings",
		"Mon 2 Oct 2023|Fisheries ministry denies it had delayed the inspections",
		"Mon 2 Oct 2023|Solberg rejects claims that workers had skipped the daily checks",
		"Mon 2 Oct 2023|Dahl says the dispute had hurt the industry's reputation abroad",
	)
}

// In a paper written the day after its news, what the lead and the
// story tell as done without a time of their own happened by the news's
// day, not the paper's (newsDay).
func TestNewsDayHappenings(t *testing.T) {
	got := strings.Join(briefing(t, `Chairman resigns over accounts

January 8, 2009

MUMBAI - The chairman of a large software exporter resigned on Wednesday and admitted that he had inflated its profits for years.

He said he had not profited from the fraud, and he apologized to shareholders.

Shares of the company fell 78 percent in Mumbai, and the city's stock exchange dropped 7 percent.
`), "\n")
	hasLines(t, got, "by Wed 7 Jan 2009|Shares of the company fall 78 percent")
	lacksLines(t, got, "by Thu 8 Jan 2009|Shares of the company fall")
}

// The lead's day counts however the parser hung it: on the root's object
// ("searched the hull of a car ferry on Saturday").
func TestNewsDayOnObject(t *testing.T) {
	got := strings.Join(briefing(t, `Ferry capsizes

March 8, 1987

OSTEND, Belgium -- Divers searched the flooded hull of a British car ferry on Saturday for scores of missing passengers.

A company spokesman denied that the ferry had been overloaded.
`), "\n")
	hasLines(t, got, "Sat 7 Mar 1987|Company spokesman denies the ferry had been overloaded")
}

// A "when" clause dates the verb it hangs on, not a main clause above a
// relative clause that holds it; a "since" clause makes its verb's time
// an open start; a report after a relative clause on its speaker is a
// line of its own.
func TestSideClauseDates(t *testing.T) {
	got := strings.Join(briefing(t, `May 9, 2016

MANILA (Reuters) - Rodrigo Duterte won the Philippine presidential election on Monday, capping a rise that few had expected when he was a city mayor two years ago.

More than 2,000 people have died in the south since fighting broke out in the late 1990s.

The Liberal Party, which lost the presidency when its candidate conceded last night, said it would work with the new government.
`), "\n")
	hasLines(t, got,
		"Mon 9 May 2016|Duterte wins the Philippine presidential election",
		"since late 1990s|2,000 people die in the south",
		"Mon 9 May 2016|Liberal Party says it would work with the new government",
	)
	if strings.Contains(got, "2014|Duterte wins") {
		t.Errorf("the when clause of a relative clause dated the win:\n%s", got)
	}
}

// A denial in the present perfect is a statement of the day of writing
// too, in the lead or after it ("has denied wrongdoing", "has rejected
// claims that"); a firm whose name ends in its trade is no person
// ("Kestrel Water", and "the company" after it is the firm).
func TestPerfectDenials(t *testing.T) {
	got := strings.Join(briefing(t, `June 12, 2019

LONDON (Reuters) - Kestrel Water was fined a record 90 million pounds on Tuesday for dumping sewage into rivers.

The company has consistently denied wrongdoing, saying the spills were caused by heavy rain.

Its chairman, Ian Marsh, has rejected claims that managers hid the spills from regulators.

Paul Hart, a former engineer, has denied falsifying the monitoring records, telling the court he followed instructions.
`), "\n")
	hasLines(t, got,
		"Tue 11 Jun 2019|Kestrel Water fined",
		"Wed 12 Jun 2019|Kestrel Water denies wrongdoing",
		"Wed 12 Jun 2019|Marsh rejects claims that managers hid the spills from regulators",
		"Wed 12 Jun 2019|Hart denies falsifying the monitoring records",
	)
}

// A passive whose subject is a common noun a name owns tells the noun's
// phrase, not the name: "Britain's biggest water company was fined" is
// no fine of Britain.
func TestPossessedPassivePatient(t *testing.T) {
	got := strings.Join(briefing(t, `June 12, 2019

LONDON (Reuters) - Britain's biggest water company was fined a record 90 million pounds on Tuesday for dumping sewage into rivers.
`), "\n")
	hasLines(t, got, "Tue 11 Jun 2019|Britain's biggest water company fined")
	if strings.Contains(got, "United Kingdom fined") {
		t.Errorf("the owner told as the patient:\n%s", got)
	}
}

// An infinitive opened by "whether" keeps it: deciding whether to appeal
// is no decision to appeal.
func TestWhetherInfinitive(t *testing.T) {
	got := strings.Join(briefing(t, `October 22, 2017

Prosecutors will decide next month whether to appeal the sentence.
`), "\n")
	hasLines(t, got, "Nov 2017|Prosecutors to decide whether to appeal the sentence")
}

// A stake's line names the firm it is in.
func TestStakeIn(t *testing.T) {
	got := strings.Join(briefing(t, `October 22, 2017

TOKYO (Reuters) - Nissan acquired a 34 percent stake in Mitsubishi Motors in 2016.
`), "\n")
	hasLines(t, got, "2016|Nissan acquires a 34 percent stake in Mitsubishi Motors")
}

// An appointment's line says the office the object is given.
func TestAppointedAs(t *testing.T) {
	got := strings.Join(briefing(t, `October 22, 2017

OSLO (Reuters) - The board hired Anna Berg as chief executive on Friday.
`), "\n")
	hasLines(t, got, "Fri 20 Oct 2017|Board hires Berg as chief executive")
}

// eventLines returns the line of every event of article, lead or not.
func eventLines(t *testing.T, article string) string {
	t.Helper()
	docs, err := document.ReadReader("lead.txt", strings.NewReader(article), document.Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("reading the article: %v", err)
	}
	var out []string
	for _, e := range pipeline.Process(docs[0]).Events {
		out = append(out, e.Summary)
	}
	return strings.Join(out, "\n")
}

// What is said keeps the complement its verb needs when the clause is
// cut to its core: the oblique of a verb with no object ("lead to", "result
// in"), a gerund after a denial, a verb complement; a causative whose
// object's verb is lost gives no clause at all.
func TestClauseComplements(t *testing.T) {
	got := eventLines(t, `March 3, 2016

CARDIFF (Reuters) - The steelworkers' union said on Thursday that the planned merger of the two mills would lead to hundreds of job cuts across south Wales.
Prosecutors said the driver denied intending to harm anyone.
The competition regulator said the takeover would result in higher fares for travellers on most routes.
The union's leader said the sale would let the buyer close two mills in Scotland.
Analysts said the fund may make a tender offer for the rival once the talks with its lenders are over.
`)
	hasLines(t, got,
		"union says the planned merger of the two mills would lead to hundreds of job cuts",
		"say the driver denied intending to harm anyone",
		"takeover would result in higher fares",
		"may make a tender offer")
	if strings.Contains(got, "would let the buyer\n") {
		t.Errorf("a causative cut before its object's verb:\n%s", got)
	}
}

// A person named with a particle joined to the surname by a hyphen is
// the surname in a line: "Sisi", "Assad".
func TestHyphenParticleLines(t *testing.T) {
	got := strings.Join(briefing(t, `October 22, 2017

CAIRO (Reuters) - Egyptian President Abdel Fattah al-Sisi met Syrian President Bashar al-Assad in Cairo on Friday.
`), "\n")
	hasLines(t, got, "Fri 20 Oct 2017|Sisi meets Assad in Cairo")
}

// A stance taken on an object after the lead, in the simple past, is news
// of the day it is written, as a statement is: praise, welcome, criticism,
// an accusation.
func TestLaterStances(t *testing.T) {
	got := strings.Join(briefing(t, `May 9, 2019

SUVA, Fiji, May 9, 2019 (Reuters) - Ministers from eleven Pacific island states signed an agreement on Thursday to limit tuna catches in their waters.

The accord caps the catch of bigeye tuna at 60,000 tonnes a year.
The host minister opened the meeting with a prayer.
Delegates from Tonga arrived late because of a storm.
The talks lasted three days.
The accord needs the approval of each parliament.
Environmental group Greenpeace welcomed the deal but warned that enforcement remained weak.
The Marshall Islands accused foreign trawlers of ignoring earlier quotas.
`), "\n")
	hasLines(t, got, "Thu 9 May 2019|Greenpeace welcomes the deal", "Thu 9 May 2019|Marshall Islands accuses foreign trawlers of ignoring earlier quotas")
}

// A main clause with a day of its own tells what a thing named by a
// common noun did to an object: a line, though no one is named.
func TestThingsDated(t *testing.T) {
	got := strings.Join(briefing(t, `March 12, 2021

KATHMANDU (Reuters) - Rescuers reached the village of Melamchi on Friday, officials said.

The monsoon came early this year.
Roads in the district are narrow and steep.
Aid groups have sent food and tents.
Most families have left their homes.
The army has deployed two helicopters.
On Tuesday, a landslide blocked the main road to the village.
`), "\n")
	hasLines(t, got, "Tue 9 Mar 2021|Landslide blocks the main road")
}

// A relative clause whose subject is its relative word, with a day of its
// own, tells what its noun did then, as a main clause would.
func TestRelativeClausesDated(t *testing.T) {
	got := strings.Join(briefing(t, `March 12, 2021

LIMA (Reuters) - Peru's Congress voted on Thursday to hold a new election in April.

Opposition leader Ana Rojas, who resigned from the cabinet in 2019, welcomed the vote.
The storm, which hit the northern coast on Monday, cut power to thousands of homes.
`), "\n")
	hasLines(t, got, "2019|Rojas resigns from the cabinet", "Mon 8 Mar 2021|Storm hits the northern coast")
}

// An oblique's line keeps a name coordinated with its own.
func TestObliqueConjuncts(t *testing.T) {
	got := strings.Join(briefing(t, `March 12, 2021

OSLO (Reuters) - Flights were diverted to Bergen and Trondheim on Friday after a storm closed the capital's airport.
`), "\n")
	hasLines(t, got, "Fri 12 Mar 2021|Flights diverted to Bergen and Trondheim")
}

// Someone named who did not appear in court: a negated line after the
// lead, as a denial is ("appear" there is no state verb).
func TestNotAppearing(t *testing.T) {
	got := strings.Join(briefing(t, `March 10, 2017

SEOUL, March 10, 2017 (Reuters) - The court removed the president from office on Friday.

The ruling was unanimous.
Crowds gathered outside the court.
Police deployed thousands of officers.
The decision ends months of turmoil.
Markets rose slightly.
Former minister Kim Ki-choon did not appear in court.
`), "\n")
	hasLines(t, got, "by Fri 10 Mar 2017|Kim does not appear in court")
}

// That none of a thing was done, in a passive main clause, is a negated
// line as of the day of writing, after the lead too.
func TestNoneDone(t *testing.T) {
	got := strings.Join(briefing(t, ferryArticle("No distress signal was sent before the ferry sank.")), "\n")
	hasLines(t, got, "by Sat 8 Mar 2014|No distress signal sent")
}

// A passive on a thing named by a common noun, on a day of its own, is a
// line: what was done to it, or is to be done.
func TestThingPassives(t *testing.T) {
	got := strings.Join(briefing(t, `March 12, 2021

CAIRO (Reuters) - Egypt reopened the old ferry port on Friday after a two-year refit.

The port was damaged by a storm in 2018.
The harbour wall will be rebuilt in 2022.
`), "\n")
	hasLines(t, got, "2018|Port damaged by a storm", "2022|Harbour wall to be rebuilt")
}

// What someone refused or declined to say is in the line.
func TestRefusedToSay(t *testing.T) {
	got := strings.Join(briefing(t, `May 3, 2016

LONDON (Reuters) - Chelsea manager Antonio Conte refused on Tuesday to say the club would sell its captain.
`), "\n")
	hasLines(t, got, "Conte refuses to say the club would sell its captain")
}

// A report coordinated after another clause says its own clause, not the
// one before it: both make lines.
func TestReportAfterCoordinatedClause(t *testing.T) {
	got := strings.Join(briefing(t, ferryArticle("Divers will resume the search on Sunday, and the Philippine Coast Guard said it planned to open an inquiry.")), "\n")
	hasLines(t, got, "Sun 9 Mar 2014|Divers to resume the search", "Sat 8 Mar 2014|Philippine Coast Guard says it planned to open an inquiry")
}

// A participle that tells what its noun is makes no line of its own, and
// a place's preposition is not taken for a particle.
func TestParticipleModifiers(t *testing.T) {
	got := strings.Join(briefing(t, `March 8, 2014

MANILA (Reuters) - A ferry carrying 120 people sank off the central Philippines on Saturday.
`), "\n")
	hasLines(t, got, "Sat 8 Mar 2014|Ferry carrying 120 people sinks off Philippines")
	if strings.Contains(got, "carries") {
		t.Errorf("a line for the participle:\n%s", got)
	}
}

// "It" as the object of a second verb stands for the first verb's object.
func TestConjunctPronounObject(t *testing.T) {
	got := strings.Join(briefing(t, `March 29, 2021

PANAMA CITY (Reuters) - Tugs refloated the grounded tanker Atlas Star on Monday and towed it to a nearby port.
`), "\n")
	hasLines(t, got, "Tugs tow the grounded tanker Atlas Star to a nearby port")
}

// A count of the dead or hurt is a line as of the day of writing, after
// the lead too.
func TestCasualtyCounts(t *testing.T) {
	got := strings.Join(briefing(t, `March 8, 2014

DHAKA (Reuters) - A garment factory collapsed on the outskirts of the capital on Saturday.

Rescuers worked through the night.
The owner fled the scene.
The building had eight floors.
Workers had complained about cracks in the walls.
Police cordoned off the area.
At least 12 people were killed and dozens were injured, officials said.
`), "\n")
	hasLines(t, got, "At least 12 people killed")
}

// A court's ruling: the court, not its city, fines and orders (the second
// verb too); the deed it fined for is no line of the ruling's day; judges
// and groups unnamed reject and welcome, and what an argument said is in
// the line.
func TestCourtRuling(t *testing.T) {
	got := strings.Join(briefing(t, `November 18, 2021

MADRID, Nov. 18, 2021 (Reuters) - A Madrid court fined the Spanish lender Bankia 20 million euros on Thursday for hiding losses from investors and ordered it to repay 400 savers.

The bank said it would study the ruling.
Investigators, who opened the inquiry in May 2019, had asked for a larger fine.
The hearing lasted four days.
Savers protested outside the building.
Shares in the bank rose.
The judges rejected the bank's argument that the savers had been warned.
Consumer groups welcomed the verdict.
`), "\n")
	hasLines(t, got, "Thu 18 Nov 2021|Madrid court fines Bankia", "Thu 18 Nov 2021|Madrid court orders the Spanish lender Bankia to repay 400 savers",
		"May 2019|Investigators open the inquiry", "Judges reject the bank's argument that the savers had been warned", "Consumer groups welcome the verdict")
	if strings.Contains(got, "Madrid fines") || strings.Contains(got, "hide") {
		t.Errorf("the city acts, or the deed has a line:\n%s", got)
	}
}

// What leaders agreed that is in the line, with an infinitive's oblique;
// not a clause the parser hung on "agree" after what was agreed to.
func TestAgreedThat(t *testing.T) {
	got := strings.Join(briefing(t, `March 12, 2021

BRUSSELS (Reuters) - EU ministers agreed on Friday that more money is needed to rebuild roads in the flooded regions.
`), "\n")
	hasLines(t, got, "Fri 12 Mar 2021|EU agrees more money is needed to rebuild roads")
	got = strings.Join(briefing(t, `March 12, 2021

DOHA (Reuters) - Both sides agreed on Friday to a truce that would halt the fighting.
`), "\n")
	if strings.Contains(got, "agree would") || strings.Contains(got, "agree the") {
		t.Errorf("a clause of the truce read as what was agreed:\n%s", got)
	}
}

// A past participle hung as a second verb on the noun before it tells
// what was done to the noun.
func TestBareParticiple(t *testing.T) {
	got := strings.Join(briefing(t, `July 14, 2015

OSLO (Reuters) - The pact built on a draft that the envoys agreed in Oslo on May 4, and on an earlier truce signed in Cairo in June 2014.
`), "\n")
	hasLines(t, got, "Jun 2014|Earlier truce signed in Cairo")
}

// What a named body says is under way as it speaks is a line after the
// lead, as a plan is.
func TestReportedUnderWay(t *testing.T) {
	got := strings.Join(briefing(t, ferryArticle("Japan said it was sending two patrol boats to the area.")), "\n")
	hasLines(t, got, "Sat 8 Mar 2014|Japan says it was sending two patrol boats to the area")
}

// ferryArticle is a ferry sinking's lead and five sentences after it,
// then sentence last, after the lead.
func ferryArticle(last string) string {
	return `March 8, 2014

MANILA (Reuters) - A ferry carrying 120 people sank off the central Philippines on Saturday.

Rescuers pulled 90 people from the water.
The coast guard sent three ships.
Relatives gathered at the port.
The weather was calm.
The ferry was built in 1998.
` + last + "\n"
}

// A refusal of something asked is a stance of the day of writing; prices
// that declined are not.
func TestRefusals(t *testing.T) {
	got := strings.Join(briefing(t, ferryArticle("Governor Ana Reyes refused the union's request for an inquiry, and fuel prices declined.")), "\n")
	hasLines(t, got, "Sat 8 Mar 2014|Reyes refuses the union's request")
	if strings.Contains(got, "prices decline") {
		t.Errorf("prices that declined made a refusal:\n%s", got)
	}
}

// A thing a named body announced on a day of its own, in a clause
// coordinated with the main one, is a line as a happening is.
func TestAnnouncedThing(t *testing.T) {
	got := strings.Join(briefing(t, ferryArticle("In May, the ferry operator Aboitiz reported its first loss in a decade, and last week it announced a plan to sell two ships.")), "\n")
	hasLines(t, got, "week 9 of 2014|Aboitiz announces a plan")
}

// A one-word name the name stage did not take, undergoing a passive on a
// day of its own, is a line ("Dolly born"); experts unnamed take stances.
func TestLoneNamePassiveAndExperts(t *testing.T) {
	got := strings.Join(briefing(t, ferryArticle("The ship's cat, Tama, was rescued on Friday.\nMaritime experts praised the crew.")), "\n")
	hasLines(t, got, "Fri 7 Mar 2014|Tama rescued", "Sat 8 Mar 2014|Maritime experts praise the crew")
}

// What a court orders done to its object, in a passive infinitive, is
// planned, not done on the order's day.
func TestOrderedPassiveInfinitive(t *testing.T) {
	got := strings.Join(briefing(t, `June 7, 2000

WASHINGTON, June 7, 2000 (Reuters) - A federal judge on Wednesday ordered the telephone company Ameritel to be split into three firms.
`), "\n")
	if strings.Contains(got, "split into three firms") {
		t.Errorf("an ordered split told as done:\n%s", got)
	}
}

// After the lead, a main clause's simple past by someone named, or by
// police and the like, goes on with the story's day ("by" the day of
// writing) while no main clause just before it, and nothing in its own
// sentence, has taken the story to an earlier time; background with a
// time of its own is not dated so, nor is a happening told by its noun.
func TestStoryGoesOn(t *testing.T) {
	got := strings.Join(briefing(t, `Storm floods port city

GDANSK, Poland, October 9, 2024 (Chronicle) - A storm flooded the old town of Gdansk on Wednesday, forcing hundreds of residents from their homes.

Water rose above the river banks overnight.
Emergency crews worked through the night.
The mayor said schools would stay closed.
Shops on the waterfront were shut.
The port stopped loading ships.

Police evacuated two hospitals near the river.
The meeting of the city council took place in a school gym.

The shipyard, which was founded in 1945, survived two earlier floods.
In 2010, the city built a new flood wall. The army sent engineers to repair it.
`), "\n")
	hasLines(t, got, "by Wed 9 Oct 2024|Police evacuate two hospitals")
	for _, bad := range []string{"shipyard survives", "Shipyard survives", "Army sends engineers", "Meeting takes place"} {
		if strings.Contains(got, bad) {
			t.Errorf("background or a told happening dated by the day of writing: %q in\n%s", bad, got)
		}
	}
}

// A time clause ("after", "before") with a day of its own tells what
// happened that day, as a main clause would; a "when" clause sets a known
// scene and is no line of its own.
func TestTimeClauseDated(t *testing.T) {
	got := strings.Join(briefing(t, `Mill owner files for bankruptcy

LEEDS, England, March 4, 2019 (Chronicle) - Aire Textiles filed for bankruptcy on Monday.

The filing came after Hanson Group and Bank of Leeds pulled out of rescue talks on Saturday.
When Aire Textiles held its annual meeting in January, the board approved a new loan.
`), "\n")
	hasLines(t, got, "Sat 2 Mar 2019|Hanson Group and Bank of Leeds pull out of rescue talks")
	if strings.Contains(got, "holds its annual meeting") {
		t.Errorf("a when clause's scene made a line:\n%s", got)
	}
}

// A denial after a semicolon is a main clause's, and a relative clause's
// past of the same person in the sentence tells no statement again.
func TestDenialAfterSemicolon(t *testing.T) {
	got := strings.Join(briefing(t, ferryArticle("The ship's owner, Carlos Dizon, who bought the ferry in 2009, was also questioned; in a statement from Cebu he denied any negligence.")), "\n")
	hasLines(t, got, "Sat 8 Mar 2014|Dizon denies any negligence")
}

// A plan "within" or "in" a span of time is dated by the span counted
// from the day of writing; a span that looks back ("the first to resign
// in nearly 600 years") dates nothing.
func TestSpansAhead(t *testing.T) {
	got := strings.Join(briefing(t, `Court orders airline to repay passengers

DUBLIN, March 4, 2019 (Chronicle) - A Dublin court ordered Aer Lingus on Monday to repay 2,000 passengers for cancelled flights.

Aer Lingus must submit a list of the passengers to the court within two months, the judge said.
The airline's chief, Sean Doyle, vowed to pay every passenger in six weeks.
Doyle is the first chief of the airline to face such an order in nearly 40 years.
`), "\n")
	hasLines(t, got, "by May 2019|Aer Lingus to submit a list", "Apr 2019|Doyle to pay every passenger")
	if strings.Contains(got, "face such an order") {
		t.Errorf("a span looking back dated a plan:\n%s", got)
	}
}

// Not done, told as of the day of writing: a passive "not" done to those
// named or described (in the lead, or while the story stays at its day),
// and what those news names by their office did not do, in the lead. A
// happening told as following the story's last time ("then") or counted
// from another ("two weeks before") is not dated by the day of writing.
func TestNotDone(t *testing.T) {
	got := strings.Join(briefing(t, `Tribunal convicts former general

THE HAGUE, June 12, 2019 (Chronicle) - A war crimes tribunal on Wednesday convicted a former general of ordering attacks on civilians.

The judges did not accept the defence argument that his troops had acted alone.
Reporters were not allowed into the courtroom.

The general was arrested in Serbia in 2011. Prosecutors then filed new charges against him.

His deputy, Milan Horvat, was not charged.
Horvat sold his house two weeks before the verdict.
`), "\n")
	hasLines(t, got, "by Wed 12 Jun 2019|Judges do not accept the defence argument", "by Wed 12 Jun 2019|Reporters not allowed into the courtroom", "Horvat not charged")
	for _, bad := range []string{"Prosecutors file new charges", "Horvat sells his house"} {
		if strings.Contains(got, bad) {
			t.Errorf("dated by the day of writing: %q in\n%s", bad, got)
		}
	}
}

// What those news names by their office will do, in the lead, is a plan
// from the day of writing, as a named organization's is.
func TestOfficePlans(t *testing.T) {
	got := strings.Join(briefing(t, `Ferry operator suspends crossings

OSLO, May 6, 2022 (Chronicle) - A ferry ran aground off the Norwegian coast on Thursday.

The maritime authority will inspect the hull and question the crew.
`), "\n")
	hasLines(t, got, "after Fri 6 May 2022|Maritime authority to inspect the hull")
}

// A body that acts as one, unnamed, does what its line says ("The
// supervisory board accepted his resignation"); a span "after" a
// happening counts back from the sentence's day when the event after it
// is a plan with no date; and two verbs that tell one happening of the
// same day to the same one named make one line.
func TestBoardsAndOneHappening(t *testing.T) {
	got := strings.Join(briefing(t, `Carmaker chief returns

MUNICH, March 6, 2024 (Chronicle) - Lindqvist Motors said on Wednesday that Anna Berg will return as chief executive, four days after the company's board fired her.

The board removed Berg on Saturday, saying she had misled the directors.
The supervisory board accepted the resignation of two directors.
The company set aside 200 million euros for legal costs on Tuesday.
`), "\n")
	hasLines(t, got, "Sat 2 Mar 2024|Board removes Berg", "by Wed 6 Mar 2024|Supervisory board accepts the resignation of two directors", "Tue 5 Mar 2024|Lindqvist Motors sets aside 200 million euros")
	if strings.Contains(got, "fires Berg") {
		t.Errorf("one happening told twice:\n%s", got)
	}
}

// "broke apart" keeps its particle-like adverb, and a participle after the
// verb shares its day: the dead of "broke apart on Saturday, killing all
// seven" died that day.
func TestApartAndParticiple(t *testing.T) {
	got := strings.Join(briefing(t, `Airship breaks up over Ohio

CLEVELAND, May 4, 2024 (Chronicle) - The airship Meridian broke apart over Ohio on Friday as it flew toward a landing in Akron, killing all four crew members on board.
`), "\n")
	hasLines(t, got, "Fri 3 May 2024|Airship Meridian breaks apart", "Fri 3 May 2024|All four crew members killed")
}

// An object's participle clause is what the line is about ("a resolution
// calling for a review of the rules", "a directive ordering airlines to
// inspect the engines"), whether the parser hangs the participle on the
// noun or on the verb; an office named by what it is acts in the day's
// story ("The port authority published a notice"); and an infinitive's
// object keeps the state it is left in ("to keep passengers informed").
func TestParticipleObjects(t *testing.T) {
	got := strings.Join(briefing(t, `Port closes after oil spill

ROTTERDAM, June 8, 2023 (Chronicle) - Harbour officials on Thursday issued an order requiring tankers to wait outside the harbour, after a pipe burst at a terminal.

The port authority published a notice urging shippers to check their schedules. The minister asked residents to keep windows closed.

On Wednesday the city council passed a motion calling for an inquiry into the spill.
`), "\n")
	hasLines(t, got,
		"Thu 8 Jun 2023|Harbour officials issue an order requiring tankers to wait",
		"by Thu 8 Jun 2023|Port authority publishes a notice urging shippers to check their schedules",
		"by Thu 8 Jun 2023|Minister asks residents to keep windows closed",
		"Wed 7 Jun 2023|City council passes a motion calling for an inquiry into the spill")
}

// A count is a subject of its own ("Seven more were pulled out on
// Monday"); a "when" clause after a day tells what unnamed doers did that
// day; what doctors or police found, said after the lead, is a line when
// it makes none of its own; and a participle before a noun ("the flooded
// Loma Verde cave") is neither a happening of the day nor keeps the name
// after it from the phrase it stands in.
func TestCountsAndUnnamedDoers(t *testing.T) {
	got := strings.Join(briefing(t, `Climbers rescued from flooded cave

OVIEDO, Spain, May 14, 2024 (Chronicle) - Rescuers on Tuesday brought the last three climbers out of the flooded Loma Verde cave, ending a search of nine days.

The search began on Sunday, when divers reached the first two climbers. Seven more were pulled out on Monday.

Doctors said the climbers were cold but unhurt.
`), "\n")
	hasLines(t, got,
		"Tue 14 May 2024|Rescuers bring the last three climbers",
		"Sun 12 May 2024|Divers reach the first two climbers",
		"Mon 13 May 2024|Seven more pulled out",
		"Tue 14 May 2024|Doctors say the climbers were cold but unhurt")
	for _, bad := range []string{"cave flooded", "bring Verde", "bring Loma"} {
		if strings.Contains(got, bad) {
			t.Errorf("%q in\n%s", bad, got)
		}
	}
}

// A country acts as its state after the lead ("Chile recalled its
// envoy"); a name after a possessive is the actor ("Peru's Congress"); a
// bare verb joined to a "will" future is planned too; a pronoun object is
// named, or kept when it is the actor's own ("asked voters to forgive
// him").
func TestStatesAndPronounObjects(t *testing.T) {
	got := strings.Join(briefing(t, `Peru's Congress removes president

LIMA, Dec 7, 2022 (Chronicle) - Peru's Congress on Wednesday removed President Pedro Castillo from office after he tried to dissolve it.

Chile recalled its envoy, and Argentina criticised the decision. Castillo asked voters to forgive him. Dina Boluarte, his deputy, was sworn in as president hours later.

Under the plan, the interim government will cut fuel prices and freeze rents in the capital so that families can cope.
`), "\n")
	hasLines(t, got,
		"Wed 7 Dec 2022|Congress removes Castillo",
		"by Wed 7 Dec 2022|Chile recalls its envoy",
		"by Wed 7 Dec 2022|Castillo asks voters to forgive him",
		"by Wed 7 Dec 2022|Boluarte sworn as president")
	if strings.Contains(got, "government freezes") {
		t.Errorf("a future's second verb read as done:\n%s", got)
	}
}

// A prepositional phrase the parser cut off its object stays with it
// ("filed for Chapter 11 bankruptcy protection"); a main clause's
// present plan dates what it plans after the writing ("plans to keep its
// stores open"); the sentence's earlier time in a relative clause about
// the actor does not make its main clause a retelling ("Ortiz, who
// founded the chain in 1998, stepped down"); "unable to" did not.
func TestPlansAndFilings(t *testing.T) {
	got := strings.Join(briefing(t, `Toy chain files for bankruptcy

CHICAGO, March 4, 2024 (Chronicle) - Brickyard Toys filed for Chapter 11 bankruptcy protection on Monday, unable to make a $40 million interest payment.

Dana Ortiz, who founded the chain in 1998, stepped down as chief executive. The company plans to keep its stores open.
`), "\n")
	hasLines(t, got,
		"Mon 4 Mar 2024|Brickyard Toys files for Chapter 11 bankruptcy protection",
		"by Mon 4 Mar 2024|Ortiz steps down as chief executive",
		"after Mon 4 Mar 2024|Brickyard Toys to keep its stores open")
	if strings.Contains(got, "makes a $40 million") {
		t.Errorf("'unable to make' read as made:\n%s", got)
	}
}

// "named him as" a person names that person; a past perfect's time in a
// report after the main clause does not move the story from the day
// ("He ruled out a technical fault and said Ortega had left the company
// in 2019"); names after a fronted day are its verb's subjects.
func TestIdentifiedAndFlashback(t *testing.T) {
	got := strings.Join(briefing(t, `Ferry captain named

BERGEN, June 3, 2024 (Chronicle) - A ferry struck a pier in Bergen on Monday, injuring 40 passengers.

The operator named him as Luis Ortega, 51. Company chief Erik Holm said the crew was shaken.

He ruled out a technical fault and said Ortega had left the company in 2019 for several months.

On Sunday, Mayor Ole Berg, Minister Kari Dahl and Bishop Per Lund visited the harbour.
`), "\n")
	hasLines(t, got,
		"by Mon 3 Jun 2024|Operator names Ortega",
		"by Mon 3 Jun 2024|Holm rules out a technical fault",
		"Sun 2 Jun 2024|Berg, Dahl and Lund visit the harbour")
}

// What a record showed is what a report of it says: the clause under
// "showed" stays in the line.
func TestShowedClause(t *testing.T) {
	got := strings.Join(briefing(t, `Data recorder read

TOULOUSE, June 5, 2024 (Chronicle) - Investigator Anne Morel said on Wednesday the flight recorder showed that the engines had stopped at 3,000 feet.
`), "\n")
	hasLines(t, got, "Wed 5 Jun 2024|Morel says the flight recorder showed that the engines had stopped")
}

// A span of time before "after" is a time, not an object ("exploded
// minutes after liftoff"), and an infinitive after an oblique's noun is
// that noun's aim ("on a mission to resupply the station"), not the
// verb's.
func TestMinutesAfter(t *testing.T) {
	got := strings.Join(briefing(t, `Rocket lost

CAPE CANAVERAL, Florida, June 29, 2015 (Chronicle) - A cargo rocket exploded minutes after liftoff on Sunday on a mission to resupply the station.
`), "\n")
	hasLines(t, got, "Sun 28 Jun 2015|Cargo rocket explodes")
	for _, bad := range []string{"explodes minutes", "explodes to resupply"} {
		if strings.Contains(got, bad) {
			t.Errorf("%q in\n%s", bad, got)
		}
	}
}

// An object pronoun is not its own verb's subject: "Judge Ann Cole
// convicted him" is someone else, the person named before.
func TestObjectPronounNotSubject(t *testing.T) {
	got := strings.Join(briefing(t, `Trader jailed

LONDON, June 4, 2024 (Chronicle) - A court on Tuesday sentenced trader Tom Reed to two years in prison.

Judge Ann Cole convicted him of fraud in May.
`), "\n")
	hasLines(t, got, "May 2024|Cole convicts Reed of fraud")
}

// "It" and "they" with no name to stand for stand for the common noun
// subject before them, of an earlier clause or of the sentence before
// ("The vessel ... It drifted off the rocks"), when the verb is the
// pronoun's own or reaches it through infinitives and conjuncts.
func TestPronounSubjectNouns(t *testing.T) {
	got := strings.Join(briefing(t, `Cargo ship freed

ATHENS, June 12, 2024 (Chronicle) - A cargo ship that ran aground off Crete last month sailed into Piraeus on Tuesday.

The vessel lost power in a storm. It drifted off the rocks on May 28 and reached the port of Souda on May 30.

Engineers then spent days checking the hull, and on June 8 they cleared the ship to sail.
`), "\n")
	hasLines(t, got,
		"Tue 28 May 2024|Vessel drifts off the rocks",
		"Thu 30 May 2024|Vessel reaches the port of Souda",
		"Sat 8 Jun 2024|Engineers clear the ship")
}

// "according to" says who says so, not what was done.
func TestAccordingTo(t *testing.T) {
	got := strings.Join(briefing(t, `Bishop dies in quake

LIMA, May 9, 2024 (Chronicle) - The bishop of Ica, Pedro Ruiz, was killed when the quake struck on Tuesday, according to church officials.
`), "\n")
	if strings.Contains(got, "according") {
		t.Errorf("an attribution in a line:\n%s", got)
	}
}

// What a report says after a time and "that" is its clause, however the
// parser hung the clause on the time.
func TestThatAfterTime(t *testing.T) {
	got := strings.Join(briefing(t, `Aid pledged after floods

DHAKA, Aug 9, 2024 (Chronicle) - Floods swept northern Bangladesh on Monday.

Relief chief Tom Fletcher announced the same day that the agency would release 5 million dollars from its emergency fund.
`), "\n")
	hasLines(t, got, "Mon 5 Aug 2024|Fletcher announces the agency would release 5 million dollars")
}

// A disaster's unnamed forces do what a named doer would ("Fire destroys
// 40 homes"), and a relative clause on such a noun names it as the doer.
func TestForces(t *testing.T) {
	got := strings.Join(briefing(t, `Wildfire forces evacuations

DENVER, July 3, 2022 (Chronicle) - A wildfire spread across dry hills west of the city on Saturday, forcing 2,000 residents from their homes.

The blaze, which began near a campsite on Friday afternoon, destroyed 40 houses in the village of Pine Ridge.

A storm that hit the coast on Thursday flooded roads in two counties. The fire raised new questions about forest management.
`), "\n")
	hasLines(t, got, "Sat 2 Jul 2022|Wildfire spreads across dry hills", "Blaze destroys 40 houses", "Thu 30 Jun 2022|Storm hits the coast")
	if strings.Contains(got, "raises new questions") {
		t.Errorf("a force's opinion-like verb made a line:\n%s", got)
	}
}

// "without" denies what it opens, a noun's "to" infinitive is an aim, not
// a deed, and whom a verb of asking takes as its indirect object does
// what it is asked to.
func TestWithoutAimsAndAsked(t *testing.T) {
	docs, err := document.ReadReader("lead.txt", strings.NewReader(`Mayor quits

OSLO, May 4, 2016 (Chronicle) - The mayor resigned on Wednesday and left the hall without answering questions.

The council resisted calls to hold a new vote until Friday. The governor is expected to ask Anna Berg, a former judge, to lead an inquiry on Thursday.
`), document.Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("reading the article: %v", err)
	}
	seen := 0
	r := pipeline.Process(docs[0])
	for _, e := range append(r.Events, r.Mentions...) {
		switch e.Lemma {
		case "answer", "hold", "lead":
			seen++
		}
		switch e.Lemma {
		case "answer":
			if e.Modality != "negated" {
				t.Errorf("answering after 'without' is %s, want negated", e.Modality)
			}
		case "hold":
			if e.Modality == "actual" {
				t.Errorf("'calls to hold a new vote': hold is actual")
			}
		case "lead":
			if !strings.HasPrefix(e.Summary, "Berg") && !strings.HasPrefix(e.Summary, "Anna Berg") {
				t.Errorf("lead: %q, want Berg to lead", e.Summary)
			}
		}
	}
	if seen != 3 {
		t.Errorf("found %d of the events answer, hold, lead", seen)
	}
}

// "Hours after" and "minutes before" place a clause on the day of the
// event they count from, also when that event has a part of the day
// ("on Saturday evening").
func TestHoursAfter(t *testing.T) {
	got := strings.Join(briefing(t, `Minister quits

PARIS, June 3, 2019 (Chronicle) - The finance minister resigned on Saturday evening, hours after prosecutors opened an inquiry into his campaign funds.

The coach quit on Friday, three hours after the club lost the cup final to Lyon.
`), "\n")
	hasLines(t, got, "Sat 1 Jun 2019|Prosecutors open an inquiry", "Fri 31 May 2019|Club loses the cup final")
}

// A refusal to act coordinated with a report is news of the day, as the
// report is (the news's day, Tuesday's, in Wednesday's paper), and the
// report keeps its own line; a refusal to comment is no line.
func TestRefusalBesideReport(t *testing.T) {
	got := strings.Join(briefing(t, `Coalition talks stall

BERLIN, Oct. 9, 2019 (Chronicle) - The Social Democrats voted on Tuesday to open coalition talks with the Greens.

The chancellor first took office in 2005 and has led four governments. The Green party said it would support the talks, but the Left Party refused to join a coalition led by her. The Free Democrats refused to comment.
`), "\n")
	hasLines(t, got, "by Tue 8 Oct 2019|Left Party refuses to join a coalition", "Tue 8 Oct 2019|Green says it would support the talks")
	if strings.Contains(got, "refuses to comment") {
		t.Errorf("a refusal to comment made a line:\n%s", got)
	}
}

// "The company" after a sentence whose subject is "it" is that sentence's
// company, not the one it bought; a company's shares are the subject of a
// market line.
func TestCompanyAfterItAndShares(t *testing.T) {
	got := strings.Join(briefing(t, `Oracle to buy Cerner

AUSTIN, Texas, Dec. 20, 2021 (Chronicle) - Oracle Corp agreed on Monday to buy Cerner Corp for $28.3 billion. Cerner shares rose 1.5 percent in early trading.

Oracle has a long record of large purchases. It bought PeopleSoft in 2005 and Sun Microsystems in 2010. The company said it would keep Cerner's headquarters in Kansas City.
`), "\n")
	hasLines(t, got, "Oracle says it would keep Cerner's headquarters", "Cerner shares rise 1.5 percent")
}

// A contrasting clause after ", while" with a subject of its own is a
// statement of its own; a "while" that tells when is not.
func TestWhileClause(t *testing.T) {
	got := strings.Join(briefing(t, `Markets split

TOKYO, March 2, 2020 (Chronicle) - Toyota shares rose 4 percent on Monday, while Nissan's stock fell 2 percent.

A bus driver died while he drove children to school.
`), "\n")
	hasLines(t, got, "Mon 2 Mar 2020|Toyota shares rise 4 percent", "Nissan's stock falls 2 percent")
	if strings.Contains(got, "drives children") {
		t.Errorf("a 'while' of time made a line:\n%s", got)
	}
}

// A report's clause is not dated by the date of a happening it compares
// with; a relative clause on a dated happening takes its date, and the
// happening is its subject.
func TestComparedHappening(t *testing.T) {
	got := strings.Join(briefing(t, `Regulator grounds jets

OTTAWA, May 20, 2021 (Chronicle) - The regulator said new figures and records found at the site showed links with the crash off Cuba on Feb. 9, which killed 12 people.
`), "\n")
	hasLines(t, got, "Tue 9 Feb 2021|Crash kills 12 people")
	if strings.Contains(got, "9 Feb 2021|New figures") || strings.Contains(got, "Show with") {
		t.Errorf("the report's clause took the compared crash's date:\n%s", got)
	}
}

// An announcement of a thing, by someone named, is a lead line; of a thing
// a line cannot name ("the move"), it is not.
func TestAnnouncedIndictment(t *testing.T) {
	got := strings.Join(briefing(t, `Charges filed

BOSTON, April 2, 2019 (Chronicle) - Federal prosecutors charged nine executives with fraud on Tuesday.

U.S. Attorney Jane Ross announced a 30-count indictment against the nine at a news conference. Health Minister Ana Cruz announced the move on Tuesday evening.
`), "\n")
	hasLines(t, got, "Ross announces a 30-count indictment against the nine")
	if strings.Contains(got, "announces the move") {
		t.Errorf("a vague announcement made a line:\n%s", got)
	}
}

// A negation beside a dated happening is no retelling of it, and a
// negated report says what was not said; "they" after a named side's
// clause is that side.
func TestNegationsBesideDated(t *testing.T) {
	got := strings.Join(briefing(t, `Rebels lay down arms

GAZA, June 27, 2017 (Chronicle) - Hamas released 13 hostages on Tuesday, but it did not say it would free the remaining captives.

Colombia dominated the talks for months, but they never agreed on a date for elections.
`), "\n")
	hasLines(t, got, "Tue 27 Jun 2017|Hamas does not say it would free the remaining captives", "Colombia does not agree")
}

// A noun that says little alone keeps the phrase it needs: "an end to its
// armed campaign", "a ban on exports of rice".
func TestNounWithItsPhrase(t *testing.T) {
	got := strings.Join(briefing(t, `Rebels end campaign

DHAKA, May 2, 2008 (Chronicle) - The rebel army ordered an end to its armed campaign on Friday. The government imposed a ban on rice exports on Friday.
`), "\n")
	hasLines(t, got, "orders an end to its armed campaign", "imposes a ban on rice exports")
}

// "Who" after an organization inside a person's apposition tells of the
// person: "Alan Joyce, the chief executive of Qantas who has led the
// airline since 2008".
func TestWhoAfterOrganization(t *testing.T) {
	got := strings.Join(briefing(t, `Airline grounds fleet

SYDNEY, Oct. 30, 2011 (Chronicle) - Alan Joyce, the Irish-born chief executive of Qantas who has led the airline since 2008, grounded the entire fleet on Saturday, stranding 70,000 passengers.
`), "\n")
	hasLines(t, got, "2008|Joyce leads the airline", "Sat 29 Oct 2011|Joyce grounds the entire fleet")
}

// A past clause coordinated with a dated one goes on with the story
// then; a subject pronoun after an earlier sentence stands for the person
// that sentence makes a subject, not one it names in a phrase; a
// hyphenated participle before a noun describes it ("longest-serving").
func TestStoryGoesOnAfterDatedClause(t *testing.T) {
	got := strings.Join(briefing(t, `Founder of Brightwater quits

BOSTON, March 6, 2015 (Chronicle) - Lena Ortiz, Brightwater's longest-serving chief executive, said on Thursday that she would step down.

Brightwater tried to buy two rival labs in January, but shareholders forced it to drop the plan.

Ortiz met the board on Tuesday, which had been chaired by her former deputy Maria Kell since 2011. She told the directors that the company needed new leadership.
`), "\n")
	hasLines(t, got, "Thu 5 Mar 2015|Ortiz says she would step down", "Jan 2015|Shareholders force", "Tue 3 Mar 2015|Ortiz meets the board")

	docs, err := document.ReadReader("record.txt", strings.NewReader(`Brightwater chief breaks record

BOSTON, March 6, 2015 (Chronicle) - The news came as Lena Ortiz won her tenth industry award, a record that had been held by Maria Kell since 1998.

Shares rose after she announced a new drug on Thursday.
`), document.Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("reading the article: %v", err)
	}
	dated, _ := timeline.BuildAll([]*pipeline.Result{pipeline.Process(docs[0])})
	found := false
	for _, e := range dated {
		if strings.Contains(e.Summary, "announces a new drug") {
			found = true
			if !strings.HasPrefix(e.Summary, "Ortiz") {
				t.Errorf("'she' after a sentence whose subject is Ortiz: %q", e.Summary)
			}
		}
	}
	if !found {
		t.Errorf("no line of the announcement in %v", dated)
	}
}

// What a verb makes its object is part of the line ("finds Harlan
// guilty", "orders the plant closed"); a reporting verb that reports no
// clause takes the time the tree gives it ("will report on the summit to
// Congress on Monday night").
func TestSmallClausesAndReportTimes(t *testing.T) {
	got := strings.Join(briefing(t, `Chemical plant closed

BOSTON, March 15, 2005 (Chronicle) - A federal jury in Boston found Tom Harlan, 58, guilty on all counts on Tuesday.

Governor Ann Reyes, the state's top official, ordered the plant closed on Monday. Reyes will report on the leak to a joint session of the legislature on Thursday night.
`), "\n")
	hasLines(t, got, "|Federal jury finds Harlan guilty", "Mon 14 Mar 2005|Reyes orders the plant closed", "Thu 17 Mar 2005, night|Reyes to report on the leak")
}

// A pronoun after a sentence whose root is a name itself (a line of its
// own) reads that name's place in the tree without falling off its root.
func TestPronounAfterNameLine(t *testing.T) {
	got := strings.Join(briefing(t, `Senator quits

DENVER, March 6, 2015 (Chronicle) - Senator Ann Reyes.

She resigned on Thursday after a vote in the state senate.
`), "\n")
	hasLines(t, got, "Thu 5 Mar 2015|Reyes resigns")
}

// A person's surname that is also a verb opens a sentence as the name
// ("Begin said"), no event of beginning.
func TestSurnameThatIsAVerb(t *testing.T) {
	got := strings.Join(briefing(t, `Accord signed

WASHINGTON, March 6, 2015 (Chronicle) - Prime Minister Menachem Begin of Israel signed the accord on Thursday.

The accord does not settle the future of the settlements. Begin said he would put the question to the Knesset within two weeks.
`), "\n")
	hasLines(t, got, "Fri 6 Mar 2015|Begin says he would put the question")
	lacksLines(t, got, "a surname read as an event", "Begin begins")
}

// A confirmation of a thing on a day of its own is a line ("Officials
// confirm several deaths"); one of reports is not (what they said is).
func TestConfirmedThing(t *testing.T) {
	got := strings.Join(briefing(t, `Volcano erupts

PORTLAND, May 19, 1980 (Chronicle) - The volcano exploded on Sunday morning.

Officials confirmed four deaths on Monday. Army officials confirmed reports on Monday that troops were on the way.
`), "\n")
	hasLines(t, got, "Mon 19 May 1980|Officials confirm four deaths")
	lacksLines(t, got, "a confirmation of reports made a line", "confirm reports")
}

// A named person's becoming what a noun says is news, done or planned:
// "Lopez becomes chief executive of the bank", "Noto to become vice
// chairman"; becoming involved is not.
func TestBecameRole(t *testing.T) {
	got := strings.Join(briefing(t, `Banks merge

NEW YORK, December 2, 1998 (Chronicle) - Lee Raymond, the chairman of Exxon, will serve as chief executive of the combined group, and Lucio Noto, Mobil's chairman, will become vice chairman.

Maria Lopez became chief executive of the bank in 2004. Her brother will become involved in the talks. John Pell, who became chief executive in April, said the bank would hire 200 people.
`), "\n")
	hasLines(t, got, "2004|Lopez becomes chief executive of the bank", "Noto to become vice chairman", "Apr 1998|Pell becomes chief executive")
	lacksLines(t, got, "becoming involved made a line", "become involved")
}

// A refusal told with a "when" clause takes that clause's time; a
// verdict "not guilty" keeps its "not".
func TestRefusalWhenAndNotGuilty(t *testing.T) {
	got := strings.Join(briefing(t, `Verdict

LOS ANGELES, October 4, 1995 (Chronicle) - Tom Harlan, the former football star, was found not guilty of both murders on Tuesday.

Mark Lee, a detective, refused to answer questions when he was recalled to the witness stand last month.
`), "\n")
	hasLines(t, got, "Tue 3 Oct 1995|Harlan found not guilty", "Sep 1995|Lee refuses to answer questions")
}

// A main clause's present perfect after the lead, by someone named, is
// news by the day of writing; one over a span ("for a year") is not.
func TestRecentPerfect(t *testing.T) {
	got := strings.Join(briefing(t, `Strike goes on

WASHINGTON, August 6, 1981 (Chronicle) - Striking controllers ignored a deadline on Wednesday.

Officials said most flights were operating. The Justice Department has filed criminal charges against dozens of strikers. The union has opposed the plan for more than a year.
`), "\n")
	hasLines(t, got, "by Thu 6 Aug 1981|Justice Department files criminal charges against dozens")
	lacksLines(t, got, "a perfect over a span made a line", "opposes the plan")
}

// "Both companies" are the two companies the story tells of, not the
// regulators named last.
func TestBothCompaniesNotRegulators(t *testing.T) {
	got := strings.Join(briefing(t, `Oil merger

NEW YORK, December 2, 1998 (Chronicle) - Harlan Oil Corp. and Vesta Petroleum Inc. agreed on Tuesday to combine in a stock deal.

The merger needs the approval of the Federal Trade Commission and the European Commission. Shares of both companies had risen last week after newspapers reported talks.
`), "\n")
	if strings.Contains(got, "Commission rise") || strings.Contains(got, "Commission and") && strings.Contains(got, " rise") {
		t.Errorf("the regulators' shares rose:\n%s", got)
	}
	hasLines(t, got, "week 48 of 1998|Vesta Petroleum Inc. and Harlan Oil Corp. rise")
}

// After the lead, what those news names by their office said is a line
// once each when it makes none of its own ("Officials warn the toll was
// likely to rise sharply").
func TestUnnamedSourcesOnce(t *testing.T) {
	got := strings.Join(briefing(t, `Ferry sinks

SEOUL, April 17, 2014 (Chronicle) - A ferry carrying 475 people sank off the southwest coast on Wednesday.

Rescuers pulled 179 people from the water. The ship left Incheon on Tuesday night. Most of the passengers were students on a school trip. The captain was among the first to leave.

Officials warned that the toll was likely to rise sharply. Officials said later that divers would search through the night.
`), "\n")
	hasLines(t, got, "Officials warn the toll was likely to rise sharply")
	if strings.Count(got, "Officials say") > 0 && strings.Contains(got, "Officials warn") {
		t.Errorf("the same unnamed source twice:\n%s", got)
	}
}

// A clause coordinated with a report after the lead goes on with the
// story as the report does: "he apologised to its staff" is a line.
func TestReportThenDeed(t *testing.T) {
	got := strings.Join(briefing(t, `Bank collapses

LONDON, February 27, 1995 (Chronicle) - Harlow Brothers, the oldest merchant bank in the city, collapsed on Sunday after a trader lost $1.3 billion.

The trader fled the country on Friday. Regulators met through the weekend. No buyer was found.

Peter Harlow, the chairman, said the bank had been the victim of concealed dealing, and he apologised to its staff of about 4,000.
`), "\n")
	hasLines(t, got, "Harlow apologises to its staff")
}

// A passive infinitive keeps who is to do it: "agrees to be taken over by
// Vodafone".
func TestPassiveInfinitiveAgent(t *testing.T) {
	got := strings.Join(briefing(t, `Takeover agreed

DUSSELDORF, February 4, 2000 (Chronicle) - Mannesmann AG agreed on Thursday to be taken over by Vodafone AirTouch in a deal worth $180 billion.
`), "\n")
	hasLines(t, got, "Mannesmann AG agrees to be taken over by Vodafone")
}

// A noun that says little without its infinitive keeps it: "recognises
// the right to strike", "receive permission to form free unions".
func TestNounWithInfinitive(t *testing.T) {
	got := strings.Join(briefing(t, `Strike ends

GDANSK, September 1, 1980 (Chronicle) - The government recognised the right to strike on Sunday.

The Polish government announced plans to raise wages on Saturday. Workers received permission to form free unions on Friday.
`), "\n")
	hasLines(t, got, "Government recognises the right to strike", "Workers receive permission to form free unions")
}

// A thing's doing on a day of its own, in a main clause, with a particle
// or a place of its own, is a line as a pronoun's is ("The talks broke
// down late on Sunday", "The pipeline burst near Odessa on Friday").
func TestThingDoneOnADay(t *testing.T) {
	got := strings.Join(briefing(t, `Gas deal collapses

KIEV, March 9, 2015 (Chronicle) - Ukraine and its creditors failed to agree a new gas price this week.

The talks broke down late on Sunday, when neither side would move on the price. The old pipeline burst near Odessa on Friday.
`), "\n")
	hasLines(t, got, "Sun 8 Mar 2015|Talks break down", "Fri 6 Mar 2015|Old pipeline bursts near Odesa")
}

// Those news names by their office speak once each when a word before
// says whose they are ("Thrift officials", "Government officials"), as
// alone ("Officials").
func TestOfficialsOfSomeone(t *testing.T) {
	got := strings.Join(briefing(t, `Shipyard closes

HELSINKI, March 9, 2015 (Chronicle) - The Baltic shipyard closed on Monday after its owner ran out of money.

Hundreds of workers gathered at the gates. The yard had built ferries since 1920.

Government officials said subcontractors would be offered new work at the naval yard.
`), "\n")
	hasLines(t, got, "Mon 9 Mar 2015|Government officials say subcontractors would be offered new work")
}

// Those news names by their role speak as officials do: lawyers, union
// leaders, executives; and deny as a government does (a spokesman).
func TestSourcesByRole(t *testing.T) {
	got := strings.Join(briefing(t, `Shipyard closes

HELSINKI, March 9, 2015 (Chronicle) - The Baltic shipyard closed on Monday after its owner ran out of money.

Hundreds of workers gathered at the gates. The yard had built ferries since 1920.

Union leaders said they would seek guarantees on pensions from the state. A company spokesman denied that the owner had hidden its losses from the workers.
`), "\n")
	hasLines(t, got, "Mon 9 Mar 2015|Union leaders say they would seek guarantees on pensions from the state",
		"Mon 9 Mar 2015|Company spokesman denies the owner had hidden its losses from the workers")
}

// A relative clause on a common noun tells of that noun, not of a name
// before it ("an outbreak in Canada ... traced to a woman who came home");
// "who" after "Name of Place" is the named person's.
func TestRelativeClauseOnCommonNoun(t *testing.T) {
	got := strings.Join(briefing(t, `Outbreak traced

TORONTO, April 23, 2003 (Chronicle) - The outbreak in Canada has been traced to a 78-year-old woman who came home to Toronto from Hong Kong in February and died in March.

Ben Johnson of Canada, who ran the fastest 100 meters in history in 1988, was stripped of his medal.
`), "\n")
	hasLines(t, got, "Feb 2003|78-year-old woman comes home to Toronto", "Mar 2003|78-year-old woman dies", "1988|Johnson runs the fastest 100 meters")
	lacksLines(t, got, "a place does not come home, die or run", "Canada comes", "Canada dies", "Canada runs")
}

// A name the entity stage does not take (a ship, a probe), with a common
// noun in apposition, is its verb's subject in the line, and a dated
// doing of it is a line as a thing's is.
func TestCraftNameDoes(t *testing.T) {
	got := strings.Join(briefing(t, `Ferry lost

MOKPO, April 17, 2014 (Chronicle) - The ferry sank on Wednesday.

The Sewol, a 6,825-ton vessel, left the port of Incheon late on Tuesday, more than two hours behind schedule.
`), "\n")
	hasLines(t, got, "Tue 15 Apr 2014|Sewol leaves the port of Incheon")
	lacksLines(t, got, "the port did not leave", "Port of Incheon left")
}

// So is a name with "the" before it, as ships, aircraft and indexes are
// named; not a title in quotation marks.
func TestTheNameDoes(t *testing.T) {
	got := strings.Join(briefing(t, `Airliner grounded

PARIS, August 16, 2000 (Chronicle) - French authorities grounded the airliner on Wednesday.

The Concorde, built jointly by Britain and France, entered commercial service in 1976.

In 1980 "The Empire Strikes Back" turned the story into a franchise.
`), "\n")
	hasLines(t, got, "1976|Concorde enters commercial service")
	lacksLines(t, got, "Commercial service entered", "Empire Strikes turn")
}

// A happening the story goes on telling, in a main clause's simple past,
// by a doer named with a common noun, is a line "by" the day of writing
// (thingLine); not how a thing stands, nor a whose doer.
func TestStoryThingLines(t *testing.T) {
	got := strings.Join(briefing(t, `Ferry sinks in the Baltic

HELSINKI, September 29, 1994 (Chronicle) - A passenger ferry sank in the Baltic Sea early on Wednesday with more than 900 people aboard.

The ship had left Tallinn on Tuesday evening.

Helicopters pulled 140 survivors from the water.

Its crew sent a mayday call.

The wreck lies in international waters.
`), "\n")
	hasLines(t, got, "by Wed 28 Sep 1994|Helicopters pull 140 survivors")
	lacksLines(t, got, "Its crew sends", "Wreck lies")
}

// A line that stops at a verb which needs what follows it says nothing
// ("George spends", "Docking comes"), and is no line; "give way" is one
// verb.
func TestCutAtVerb(t *testing.T) {
	got := strings.Join(briefing(t, `Bank collapses

LONDON, February 27, 1995 (Chronicle) - A British merchant bank collapsed on Sunday after a trader lost $1.3 billion.

The governor of the central bank spent the weekend trying to persuade other banks to fund a rescue. The docking came shortly after 11 a.m. on Saturday.

Two walkways in a hotel in Kansas City gave way on Friday evening.
`), "\n")
	hasLines(t, got, "Fri 24 Feb 1995, evening|Two walkways give way")
	lacksLines(t, got, "bank spends", "Docking comes")
}

// What a relative clause's verb did to the noun it hangs on is its object,
// with "that" as with no relative word ("the sanctions that the agency
// imposed in August").
func TestRelativeObject(t *testing.T) {
	got := strings.Join(briefing(t, `Cycling body strips rider of titles

GENEVA, October 22, 2012 (Chronicle) - The cycling union stripped Lance Armstrong of his seven Tour de France titles on Monday.

The union's president said the body would not appeal the sanctions that the U.S. Anti-Doping Agency imposed in August.
`), "\n")
	hasLines(t, got, "Aug 2012|U.S. Anti-Doping Agency imposes the sanctions", "Mon 22 Oct 2012|Cycling union strips Armstrong of his seven Tour de France titles")
}

// A decision's day that the tree gives its infinitive ("agreed to buy
// Skype on Tuesday") is when it was decided: one line, not a plan dated
// that day beside it. A day ahead stays the plan's.
func TestDecisionDay(t *testing.T) {
	got := strings.Join(briefing(t, `Microsoft buys Skype

REDMOND, May 10, 2011 (Chronicle) - Microsoft agreed to buy Skype on Tuesday.

The board voted to close the plant in 2013.
`), "\n")
	hasLines(t, got, "Tue 10 May 2011|Microsoft agrees to buy Skype")
	lacksLines(t, got, "the purchase is not on Tuesday", "(planned) Microsoft to buy Skype")
}

// A verb coordinated with a passive but with an object of its own is
// active: "was launched in 2005 and entered service the following year".
func TestActiveConjunctOfPassive(t *testing.T) {
	got := strings.Join(briefing(t, `Cruise ship aground

GIGLIO, January 14, 2012 (Chronicle) - The cruise ship ran aground off Giglio on Friday night.

The Concordia was launched in 2005 and entered service the following year.
`), "\n")
	hasLines(t, got, "2006|Concordia enters service")
}

// A refusal to say something, after the lead, by a source named by its
// role ("a union spokesman", "her lawyer") is a line of the day of
// writing, as a denial is; so is a denial whose clause has a possessive
// ("denied that the inquiry involved the bank's accounts": "that" was read
// as the verb's object).
func TestLaterRefusals(t *testing.T) {
	got := briefing(t, `Nordbank chief quits

March 13, 2023

Lena Holm resigned as chief executive of Nordbank on Monday. The bank named a new chief on Tuesday.

Shares fell. Analysts were surprised.

A union spokesman refused to say whether the union had been consulted. A Nordbank spokesman denied that the inquiry involved the bank's accounts. The regulator declined to speculate on the cause of the losses.
`)
	for _, want := range []string{
		"Mon 13 Mar 2023|Union spokesman refuses to say whether the union had been consulted",
		"Mon 13 Mar 2023|Nordbank denies the inquiry involved the bank's accounts",
		"Mon 13 Mar 2023|Regulator declines to speculate",
	} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("no line %q in %q", want, got)
		}
	}
}
