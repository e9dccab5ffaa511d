package entity

import (
	"strings"
	"testing"
)

// freshNews12 is news written for issue 12 ("names on news nobody tuned
// for") in the domains of MEANTIME's held-out corpora: stock markets,
// aviation and carmakers, and places of every kind. Each case lists the
// names it must find with their types and the names that must not be
// entities (indices, aircraft and car models, currencies, demonyms). The
// sentences were written before any rule they test and measured first:
// 249/274 names, 100/128 cases on main at 7f99ad0 (see TestFreshNews12;
// a name ends before the dot of "Corp." as everywhere in this package, and
// a wire dateline's place counts as a mention of it).
var freshNews12 = []struct {
	text string
	want map[string]string
	none []string
}{
	// stock markets
	{"The Dow Jones Industrial Average fell 350 points on Wall Street on Tuesday as investors fretted about inflation.",
		map[string]string{"Wall Street": Location}, []string{"Dow Jones Industrial Average", "Dow Jones"}},
	{"In Tokyo, the Nikkei 225 index closed 1.2 percent lower, dragged down by exporters such as Sony and Toyota.",
		map[string]string{"Tokyo": Location, "Sony": Organization, "Toyota": Organization}, []string{"Nikkei"}},
	{"London's FTSE 100 slipped 0.4 percent, with shares of BP and HSBC among the biggest losers.",
		map[string]string{"London": Location, "BP": Organization, "HSBC": Organization}, []string{"FTSE"}},
	{"The Federal Reserve left interest rates unchanged, and chairman Jerome Powell said the bank would stay patient.",
		map[string]string{"Federal Reserve": Organization, "Jerome Powell": Person}, nil},
	{"The European Central Bank, based in Frankfurt, raised its deposit rate by a quarter point.",
		map[string]string{"European Central Bank": Organization, "Frankfurt": Location}, nil},
	{"The euro weakened against the dollar after the Bank of Japan surprised markets.",
		map[string]string{"Bank of Japan": Organization}, nil},
	{"Goldman Sachs analyst David Kostin cut his year-end target for the S&P 500.",
		map[string]string{"Goldman Sachs": Organization, "David Kostin": Person}, []string{"S&P 500", "S&P"}},
	{"Trading on the New York Stock Exchange was halted for an hour because of a technical glitch.",
		map[string]string{"New York Stock Exchange": Organization}, nil},
	{"The Nasdaq Composite rose 2 percent, led by Apple, Microsoft and Nvidia.",
		map[string]string{"Apple": Organization, "Microsoft": Organization, "Nvidia": Organization}, []string{"Nasdaq Composite"}},
	{"Morgan Stanley strategist Mike Wilson warned that the rally in technology stocks would not last.",
		map[string]string{"Morgan Stanley": Organization, "Mike Wilson": Person}, nil},
	{"Hong Kong's Hang Seng index tumbled 3 percent as property developer Evergrande missed another bond payment.",
		map[string]string{"Hong Kong": Location, "Evergrande": Organization}, []string{"Hang Seng"}},
	{"The Swiss National Bank said it would sell foreign currency to support the franc.",
		map[string]string{"Swiss National Bank": Organization}, nil},
	{"Shares in Deutsche Telekom rose 3 percent in Frankfurt after it raised its dividend.",
		map[string]string{"Deutsche Telekom": Organization, "Frankfurt": Location}, nil},
	{"The Securities and Exchange Commission fined the brokerage Robinhood Markets $65 million.",
		map[string]string{"Securities and Exchange Commission": Organization, "Robinhood Markets": Organization}, nil},
	{"Bank of England governor Andrew Bailey said inflation in Britain would fall sharply this year.",
		map[string]string{"Bank of England": Organization, "Andrew Bailey": Person, "Britain": Location}, nil},
	{"The rupee hit a record low against the dollar, prompting the Reserve Bank of India to intervene.",
		map[string]string{"Reserve Bank of India": Organization}, nil},
	{"Investors in Shanghai sold bank shares after China's central bank trimmed a key lending rate.",
		map[string]string{"Shanghai": Location, "China": Location}, nil},
	{"The pound rose above $1.30 after data from the Office for National Statistics showed wages growing.",
		map[string]string{"Office for National Statistics": Organization}, nil},
	{"JPMorgan Chase chief executive Jamie Dimon told shareholders that the economy faced storm clouds.",
		map[string]string{"JPMorgan Chase": Organization, "Jamie Dimon": Person}, nil},
	{"Stocks in Europe closed higher, with the CAC 40 in Paris and the DAX in Frankfurt both gaining about 1 percent.",
		map[string]string{"Europe": Location, "Paris": Location, "Frankfurt": Location}, []string{"CAC", "DAX"}},
	{"The Toronto Stock Exchange's main index gained 120 points, helped by miners such as Barrick Gold.",
		map[string]string{"Toronto Stock Exchange": Organization, "Barrick Gold": Organization}, nil},
	{"Warren Buffett's Berkshire Hathaway disclosed a new stake in the insurer Chubb.",
		map[string]string{"Warren Buffett": Person, "Berkshire Hathaway": Organization, "Chubb": Organization}, nil},
	{"Citigroup economists expect the Fed to cut rates twice before December.",
		map[string]string{"Citigroup": Organization, "Fed": Organization}, nil},
	{"The Australian dollar fell after the Reserve Bank of Australia kept its cash rate at 4.35 percent.",
		map[string]string{"Reserve Bank of Australia": Organization}, []string{"Australian"}},
	{"Oil prices climbed after OPEC and its allies agreed in Vienna to extend output cuts.",
		map[string]string{"OPEC": Organization, "Vienna": Location}, nil},
	{"Wall Street ended a volatile week lower, as bond yields rose and the Dow shed 1.5 percent.",
		map[string]string{"Wall Street": Location}, []string{"Dow"}},
	{"Bitcoin fell below $60,000 after the exchange Coinbase said regulators had sued it.",
		map[string]string{"Coinbase": Organization}, []string{"Bitcoin"}},
	{"Analysts at Jefferies raised their rating on Tesla to buy.",
		map[string]string{"Jefferies": Organization, "Tesla": Organization}, nil},
	{"The Korea Exchange suspended trading in Samsung Electronics shares for a few minutes.",
		map[string]string{"Korea Exchange": Organization, "Samsung Electronics": Organization}, nil},
	{"Mexico's peso rallied after Banco de Mexico raised its benchmark rate for the tenth time.",
		map[string]string{"Mexico": Location, "Banco de Mexico": Organization}, nil},
	{"Shares of UBS fell in Zurich as the bank set aside more money for legal costs.",
		map[string]string{"UBS": Organization, "Zurich": Location}, nil},
	{"Treasury Secretary Janet Yellen said the US banking system remained sound.",
		map[string]string{"Janet Yellen": Person, "US": Location}, nil},
	{"Kospi, Seoul's benchmark index, ended 0.8 percent lower.",
		map[string]string{"Seoul": Location}, []string{"Kospi"}},
	{"Nomura Holdings, Japan's largest brokerage, posted its best quarter in three years.",
		map[string]string{"Nomura Holdings": Organization, "Japan": Location}, nil},
	{"The yen strengthened past 140 per dollar after Finance Minister Shunichi Suzuki warned speculators.",
		map[string]string{"Shunichi Suzuki": Person}, nil},
	// aviation
	{"Airbus delivered 735 jets last year, beating Boeing for the fifth year in a row.",
		map[string]string{"Airbus": Organization, "Boeing": Organization}, nil},
	{"The Federal Aviation Administration grounded about 170 Boeing 737 MAX 9 jets after a door plug blew out on an Alaska Airlines flight.",
		map[string]string{"Federal Aviation Administration": Organization, "Alaska Airlines": Organization}, []string{"737 MAX", "MAX"}},
	{"Emirates is the largest operator of the A380, the double-decker built in Toulouse.",
		map[string]string{"Emirates": Organization, "Toulouse": Location}, []string{"A380"}},
	{"The European Union Aviation Safety Agency, known as EASA, said the engines must be inspected.",
		map[string]string{"European Union Aviation Safety Agency": Organization, "EASA": Organization}, nil},
	{"Hundreds of flights were cancelled at Heathrow after a fire at an electricity substation in west London.",
		map[string]string{"Heathrow": Location, "London": Location}, nil},
	{"Qatar Airways, a member of the Oneworld alliance, will begin flights to Lisbon in June.",
		map[string]string{"Qatar Airways": Organization, "Oneworld": Organization, "Lisbon": Location}, nil},
	{"United Airlines and Lufthansa are founding members of Star Alliance.",
		map[string]string{"United Airlines": Organization, "Lufthansa": Organization, "Star Alliance": Organization}, nil},
	{"Embraer, the Brazilian planemaker, won an order for 40 E195-E2 jets from Porter Airlines.",
		map[string]string{"Embraer": Organization, "Porter Airlines": Organization}, []string{"Brazilian", "E195-E2"}},
	{"Boeing's factory in Renton, Washington, builds about 38 of the narrow-body jets each month.",
		map[string]string{"Boeing": Organization, "Renton": Location, "Washington": Location}, nil},
	{"The National Transportation Safety Board sent investigators to the crash site near Buffalo.",
		map[string]string{"National Transportation Safety Board": Organization, "Buffalo": Location}, nil},
	{"Dave Calhoun stepped down as Boeing's chief executive, and Kelly Ortberg replaced him.",
		map[string]string{"Dave Calhoun": Person, "Boeing": Organization, "Kelly Ortberg": Person}, nil},
	{"Guillaume Faury, the head of Airbus, said supply chain problems would persist into 2025.",
		map[string]string{"Guillaume Faury": Person, "Airbus": Organization}, nil},
	{"easyJet said it would base three more Airbus A320neo aircraft at Gatwick next summer.",
		map[string]string{"easyJet": Organization, "Gatwick": Location}, []string{"A320neo"}},
	{"Wizz Air cut its profit forecast because engine problems grounded dozens of its planes.",
		map[string]string{"Wizz Air": Organization}, nil},
	{"The 787 Dreamliner made its first commercial flight in 2011 with All Nippon Airways.",
		map[string]string{"All Nippon Airways": Organization}, []string{"Dreamliner", "787 Dreamliner"}},
	{"Pratt & Whitney, a unit of RTX, will compensate airlines for the grounded jets.",
		map[string]string{"Pratt & Whitney": Organization, "RTX": Organization}, nil},
	{"Dubai International remained the world's busiest airport for international passengers.",
		map[string]string{"Dubai International": Location}, nil},
	{"Air traffic controllers in France walked off the job, forcing Ryanair to cancel 400 flights.",
		map[string]string{"France": Location, "Ryanair": Organization}, []string{"Air"}},
	{"The Civil Aviation Administration of China approved the C919, a jet made by Comac, for passenger service.",
		map[string]string{"Civil Aviation Administration of China": Organization, "Comac": Organization}, []string{"C919"}},
	{"Bombardier sold its commercial aircraft business to Mitsubishi Heavy Industries.",
		map[string]string{"Bombardier": Organization, "Mitsubishi Heavy Industries": Organization}, nil},
	{"A Southwest Airlines jet skidded off a runway at Chicago's Midway International Airport in the snow.",
		map[string]string{"Southwest Airlines": Organization, "Chicago": Location, "Midway International Airport": Location}, nil},
	{"The International Air Transport Association expects airlines to earn $30 billion this year.",
		map[string]string{"International Air Transport Association": Organization}, nil},
	{"Willie Walsh, the director general of IATA, urged governments to speed up approval of new fuels.",
		map[string]string{"Willie Walsh": Person, "IATA": Organization}, nil},
	{"Aeroflot has been barred from European airspace since Russia invaded Ukraine.",
		map[string]string{"Aeroflot": Organization, "Russia": Location, "Ukraine": Location}, []string{"European"}},
	{"SAS, the Scandinavian airline, emerged from bankruptcy protection in New York.",
		map[string]string{"SAS": Organization, "New York": Location}, []string{"Scandinavian"}},
	{"The jet, bound for Frankfurt, diverted to Shannon after a passenger fell ill.",
		map[string]string{"Frankfurt": Location, "Shannon": Location}, nil},
	{"Spirit AeroSystems, which makes fuselages in Wichita, Kansas, agreed to be bought by Boeing.",
		map[string]string{"Spirit AeroSystems": Organization, "Wichita": Location, "Kansas": Location, "Boeing": Organization}, nil},
	{"Turkish Airlines ordered up to 355 Airbus jets, including A350 wide-bodies.",
		map[string]string{"Turkish Airlines": Organization, "Airbus": Organization}, []string{"A350", "Turkish"}},
	{"JetBlue's attempt to take over Spirit Airlines was blocked by a federal judge in Boston.",
		map[string]string{"JetBlue": Organization, "Spirit Airlines": Organization, "Boston": Location}, nil},
	{"Changi Airport in Singapore reopened its fourth terminal in September.",
		map[string]string{"Changi Airport": Location, "Singapore": Location}, nil},
	// carmakers
	{"The United Auto Workers union went on strike at plants run by Ford, General Motors and Stellantis.",
		map[string]string{"United Auto Workers": Organization, "Ford": Organization, "General Motors": Organization, "Stellantis": Organization}, nil},
	{"UAW president Shawn Fain said the walkout would spread to more factories.",
		map[string]string{"UAW": Organization, "Shawn Fain": Person}, nil},
	{"Ford will build electric pickups at a new plant in Stanton, Tennessee.",
		map[string]string{"Ford": Organization, "Stanton": Location, "Tennessee": Location}, nil},
	{"General Motors said it would stop making the Chevrolet Malibu at its plant in Kansas City, Kansas.",
		map[string]string{"General Motors": Organization, "Kansas City": Location, "Kansas": Location}, []string{"Chevrolet Malibu", "Malibu"}},
	{"Chrysler's Jeep brand sold fewer Wranglers in the second quarter.",
		map[string]string{"Chrysler": Organization}, []string{"Wranglers"}},
	{"BMW plans to make electric Minis at its plant in Oxford from 2026.",
		map[string]string{"BMW": Organization, "Oxford": Location}, []string{"Minis"}},
	{"Mercedes-Benz cut its margin forecast as sales in China slowed.",
		map[string]string{"Mercedes-Benz": Organization, "China": Location}, nil},
	{"Honda and Nissan held talks about a merger that would create the world's third-largest carmaker.",
		map[string]string{"Honda": Organization, "Nissan": Organization}, nil},
	{"Tesla opened its first European factory in Gruenheide, near Berlin.",
		map[string]string{"Tesla": Organization, "Gruenheide": Location, "Berlin": Location}, []string{"European"}},
	{"Elon Musk said Tesla would unveil a cheaper model next year.",
		map[string]string{"Elon Musk": Person, "Tesla": Organization}, nil},
	{"Geely, the Chinese owner of Volvo Cars, raised its sales target.",
		map[string]string{"Geely": Organization, "Volvo Cars": Organization}, []string{"Chinese"}},
	{"BYD overtook Tesla as the world's biggest seller of electric cars in the last quarter.",
		map[string]string{"BYD": Organization, "Tesla": Organization}, nil},
	{"Stellantis idled its Warren Truck Assembly Plant in Michigan for two weeks.",
		map[string]string{"Stellantis": Organization, "Michigan": Location}, nil},
	{"The National Highway Traffic Safety Administration opened an investigation into 2 million Honda vehicles.",
		map[string]string{"National Highway Traffic Safety Administration": Organization, "Honda": Organization}, nil},
	{"Jim Farley, Ford's chief executive, said the company was losing money on every electric vehicle.",
		map[string]string{"Jim Farley": Person, "Ford": Organization}, nil},
	{"Volkswagen's works council, led by Daniela Cavallo, rejected plans to close factories in Germany.",
		map[string]string{"Volkswagen": Organization, "Daniela Cavallo": Person, "Germany": Location}, nil},
	{"A dealer in Houston said customers were waiting months for a Toyota RAV4 hybrid.",
		map[string]string{"Houston": Location}, []string{"RAV4", "Toyota RAV4"}},
	{"Hyundai will pay $200 million to settle claims that thieves could easily steal its cars.",
		map[string]string{"Hyundai": Organization}, nil},
	{"Rivian, the electric truck maker backed by Amazon, builds its vehicles in Normal, Illinois.",
		map[string]string{"Rivian": Organization, "Amazon": Organization, "Normal": Location, "Illinois": Location}, nil},
	{"Nissan's plant in Sunderland, in north-east England, will make three electric models.",
		map[string]string{"Nissan": Organization, "Sunderland": Location, "England": Location}, nil},
	{"Renault chief executive Luca de Meo left the company to run the luxury group Kering.",
		map[string]string{"Renault": Organization, "Luca de Meo": Person, "Kering": Organization}, nil},
	{"Ferrari shares jumped in Milan after the carmaker raised its guidance.",
		map[string]string{"Ferrari": Organization, "Milan": Location}, nil},
	{"Unifor, the Canadian union, reached a tentative deal with General Motors in Oshawa.",
		map[string]string{"Unifor": Organization, "General Motors": Organization, "Oshawa": Location}, []string{"Canadian"}},
	{"Toyota Motor Corp. said it would invest $1.3 billion in its factory in Georgetown, Kentucky.",
		map[string]string{"Toyota Motor Corp": Organization, "Georgetown": Location, "Kentucky": Location}, nil},
	{"Polestar, the Swedish electric carmaker, delayed its annual report.",
		map[string]string{"Polestar": Organization}, []string{"Swedish"}},
	{"Lucid Group said Saudi Arabia's Public Investment Fund would put another $1.5 billion into the company.",
		map[string]string{"Lucid Group": Organization, "Saudi Arabia": Location, "Public Investment Fund": Organization}, nil},
	{"Workers at the Mercedes plant near Tuscaloosa, Alabama, voted against joining the UAW.",
		map[string]string{"Mercedes": Organization, "Tuscaloosa": Location, "Alabama": Location, "UAW": Organization}, nil},
	{"Mary Barra told analysts that GM would keep making gasoline trucks in Fort Wayne.",
		map[string]string{"Mary Barra": Person, "GM": Organization, "Fort Wayne": Location}, nil},
	{"Kia sold 60,000 cars in Europe in March, mostly its Sportage and Niro models.",
		map[string]string{"Kia": Organization, "Europe": Location}, []string{"Sportage", "Niro"}},
	{"Carlos Ghosn fled Japan in a music equipment case while awaiting trial.",
		map[string]string{"Carlos Ghosn": Person, "Japan": Location}, nil},
	{"Opel, which Stellantis owns, will end production at its Eisenach factory.",
		map[string]string{"Opel": Organization, "Stellantis": Organization, "Eisenach": Location}, nil},
	// places
	{"BEIJING, Oct. 9 (Reuters) - China's exports grew faster than expected in September.",
		map[string]string{"BEIJING": Location, "China": Location, "Reuters": Organization}, nil},
	{"Floods along the Rhine forced barges to halt near Cologne.",
		map[string]string{"Rhine": Location, "Cologne": Location}, nil},
	{"Hurricane Milton made landfall on the Gulf Coast of Florida late on Wednesday.",
		map[string]string{"Gulf Coast": Location, "Florida": Location}, []string{"Milton"}},
	{"Tech companies in Silicon Valley have cut tens of thousands of jobs since 2022.",
		map[string]string{"Silicon Valley": Location}, nil},
	{"Severe storms swept across the Midwest, knocking out power in Ohio and Indiana.",
		map[string]string{"Midwest": Location, "Ohio": Location, "Indiana": Location}, nil},
	{"Drought has lowered the level of the Panama Canal, slowing ships between the Atlantic and the Pacific.",
		map[string]string{"Panama Canal": Location, "Atlantic": Location, "Pacific": Location}, nil},
	{"Growth in the Asia-Pacific region will slow to 4.5 percent, the IMF said.",
		map[string]string{"Asia-Pacific": Location, "IMF": Organization}, nil},
	{"Tankers in the Gulf slowed down after drones struck a vessel off the coast of Yemen.",
		map[string]string{"Gulf": Location, "Yemen": Location}, nil},
	{"French farmers blocked roads around Paris to protest against cheap imports.",
		map[string]string{"Paris": Location}, []string{"French"}},
	{"The Mississippi River fell so low near Memphis that barges ran aground.",
		map[string]string{"Mississippi River": Location, "Memphis": Location}, nil},
	{"Wildfires burned across the island of Maui, destroying much of the town of Lahaina.",
		map[string]string{"Maui": Location, "Lahaina": Location}, nil},
	{"MUMBAI (Reuters) - Indian shares rose for a fifth session on Monday.",
		map[string]string{"MUMBAI": Location, "Reuters": Organization}, []string{"Indian"}},
	{"The company is moving its headquarters from Palo Alto to Austin, Texas.",
		map[string]string{"Palo Alto": Location, "Austin": Location, "Texas": Location}, nil},
	{"Heavy rain flooded parts of Emilia-Romagna in northern Italy.",
		map[string]string{"Emilia-Romagna": Location, "Italy": Location}, nil},
	{"Shipping through the Strait of Hormuz continued despite the threats from Tehran.",
		map[string]string{"Strait of Hormuz": Location, "Tehran": Location}, nil},
	{"Protesters gathered outside parliament in Tbilisi, the capital of Georgia.",
		map[string]string{"Tbilisi": Location, "Georgia": Location}, nil},
	{"Scotland's fishing fleet landed less herring in the North Sea this year.",
		map[string]string{"Scotland": Location, "North Sea": Location}, nil},
	{"The Amazon rainforest lost less forest in Brazil last year than in any year since 2018.",
		map[string]string{"Amazon": Location, "Brazil": Location}, nil},
	{"Sub-Saharan Africa will need more investment in power grids, the World Bank said.",
		map[string]string{"Sub-Saharan Africa": Location, "World Bank": Organization}, nil},
	{"A magnitude 7.5 earthquake struck the Noto Peninsula on Japan's west coast.",
		map[string]string{"Noto Peninsula": Location, "Japan": Location}, nil},
	{"Residents of Gaza fled south toward Rafah, near the border with Egypt.",
		map[string]string{"Gaza": Location, "Rafah": Location, "Egypt": Location}, nil},
	{"The Balkans and central Europe sweltered in a heat wave, with temperatures in Belgrade reaching 40 degrees.",
		map[string]string{"Balkans": Location, "Europe": Location, "Belgrade": Location}, nil},
	{"A cargo ship lost power and struck the Francis Scott Key Bridge in Baltimore.",
		map[string]string{"Francis Scott Key Bridge": Location, "Baltimore": Location}, []string{"Francis Scott Key"}},
	{"Canadian wildfires sent smoke as far as New York and Philadelphia.",
		map[string]string{"New York": Location, "Philadelphia": Location}, []string{"Canadian"}},
	{"Sri Lanka's economy shrank after the crisis, and the central bank in Colombo raised rates.",
		map[string]string{"Sri Lanka": Location, "Colombo": Location}, nil},
	{"Container traffic through Rotterdam, Europe's largest port, fell 5 percent.",
		map[string]string{"Rotterdam": Location, "Europe": Location}, nil},
	{"Troops moved into the Donbas region of eastern Ukraine.",
		map[string]string{"Donbas": Location, "Ukraine": Location}, nil},
	{"Voters in Bavaria and Hesse went to the polls on Sunday.",
		map[string]string{"Bavaria": Location, "Hesse": Location}, nil},
	{"LONDON, March 4 (Reuters) - British retailers reported weak sales in February.",
		map[string]string{"LONDON": Location, "Reuters": Organization}, []string{"British"}},
	{"The Yangtze River delta, around Shanghai, produces a third of China's cars.",
		map[string]string{"Yangtze River": Location, "Shanghai": Location, "China": Location}, nil},
	{"Mining companies in Western Australia are struggling to hire truck drivers.",
		map[string]string{"Western Australia": Location}, nil},
	{"Snow closed the passes through the Alps between Switzerland and Italy.",
		map[string]string{"Alps": Location, "Switzerland": Location, "Italy": Location}, nil},
}

// TestFreshNews12 scores the recognizer on freshNews12 as
// TestFreshNews11 does on its set.
func TestFreshNews12(t *testing.T) {
	names, good, cases, misses := scoreFresh(freshNews12, true)
	t.Logf("fresh news 12: %d/%d names, %d/%d cases", good, names, cases, len(freshNews12))
	if good < freshFloor12 {
		t.Errorf("fresh news 12: %d/%d names right, want at least %d; misses:\n%s", good, names, freshFloor12, strings.Join(misses, "\n"))
	} else if testing.Verbose() {
		t.Logf("misses:\n%s", strings.Join(misses, "\n"))
	}
}

// freshFloor12 is the number of freshNews12 names found with their type
// when the issue-12 work ended (249 at the start); a change that loses
// one fails.
const freshFloor12 = 271

// The rules of issue 12 one by one, on sentences written after them (the
// fresh news above was written before).
func TestNames12Rules(t *testing.T) {
	cases := []struct {
		text string
		want map[string]string
		none []string
	}{
		// a product's name goes on with its number past the capitals
		{"The CAC 40 gained 1 percent while the FTSE 100 fell in London.", map[string]string{"London": Location}, []string{"CAC", "FTSE"}},
		// a water's, land form's or airport's head ends a place's name
		{"The plane landed at Ben Gurion International Airport after a detour.",
			map[string]string{"Ben Gurion International Airport": Location}, nil},
		// two known places joined by "of"
		{"Floods hit the Gulf Coast of Texas on Monday.", map[string]string{"Gulf Coast": Location, "Texas": Location}, nil},
		// a known place of two words is no one's name
		{"The start-up moved from Mountain View to Kansas City last year.",
			map[string]string{"Mountain View": Location, "Kansas City": Location}, nil},
		// a court is a body, where it sits too
		{"The case was heard in the Supreme Court on Tuesday.", map[string]string{"Supreme Court": Organization}, nil},
		// a known firm written with a small letter first
		{"Analysts said eBay would gain from the deal.", map[string]string{"eBay": Organization}, nil},
		// models in a list before their kind
		{"Ford will stop building its Edge and Explorer models in Canada.",
			map[string]string{"Canada": Location}, []string{"Edge", "Explorer"}},
		// a known city before words no text has: a firm named after it
		{"Orders went to rivals such as Shenzhen Xunlong Yingtai instead.",
			map[string]string{"Shenzhen Xunlong Yingtai": Organization}, []string{"Shenzhen"}},
	}
	// a works' or site's head word is no one's name
	for _, s := range []string{"Crews returned to the Douglas Copper Mine.", "Production stopped at the Marion Stamping Plant on Friday."} {
		for name, typ := range mentionTypes(run(s)) {
			if typ == Person {
				t.Errorf("%q: %s is a person", s, name)
			}
		}
	}
	for _, tc := range cases {
		got := mentionTypes(run(tc.text))
		for name, typ := range tc.want {
			if got[name] != typ {
				t.Errorf("%q: %s is %q, want %s; got %v", tc.text, name, got[name], typ, got)
			}
		}
		for _, name := range tc.none {
			if typ, ok := got[name]; ok {
				t.Errorf("%q: %s is an entity (%s)", tc.text, name, typ)
			}
		}
	}
}

// freshNews12After was written after the issue-12 rules, mostly with names
// the gazetteer additions of that issue left out, to see how far the work
// reaches beyond the names it was measured on: 33/40 names on main at
// 7f99ad0, 37/40 at the end (see TestFreshNews12After).
var freshNews12After = []struct {
	text string
	want map[string]string
	none []string
}{
	{"VietJet Air ordered 20 more jets, the Hanoi-based carrier said on Tuesday.",
		map[string]string{"VietJet Air": Organization}, nil},
	{"AerCap, the world's largest aircraft lessor, raised its profit forecast.",
		map[string]string{"AerCap": Organization}, nil},
	{"Cebu Pacific will add flights from Manila to Osaka in the summer.",
		map[string]string{"Cebu Pacific": Organization, "Manila": Location, "Osaka": Location}, nil},
	{"Scania, the Swedish truck maker owned by Traton, cut 500 jobs in Sodertalje.",
		map[string]string{"Scania": Organization, "Traton": Organization, "Sodertalje": Location}, []string{"Swedish"}},
	{"VinFast shares surged on the Nasdaq after the Vietnamese carmaker listed in New York.",
		map[string]string{"VinFast": Organization, "New York": Location}, []string{"Vietnamese"}},
	{"Foxconn said it would build an electric vehicle plant in Lordstown, Ohio.",
		map[string]string{"Foxconn": Organization, "Lordstown": Location, "Ohio": Location}, nil},
	{"Mahindra & Mahindra sold more sport utility vehicles in India in May.",
		map[string]string{"Mahindra & Mahindra": Organization, "India": Location}, nil},
	{"The Bank of Thailand held its policy rate, and the baht firmed in Bangkok.",
		map[string]string{"Bank of Thailand": Organization, "Bangkok": Location}, nil},
	{"Analysts at Bernstein cut their target for Stellantis shares.",
		map[string]string{"Bernstein": Organization, "Stellantis": Organization}, nil},
	{"The Johannesburg Stock Exchange fell 2 percent as the rand weakened.",
		map[string]string{"Johannesburg Stock Exchange": Organization}, nil},
	{"Saudia, the national airline, took delivery of its first jet at Jeddah.",
		map[string]string{"Saudia": Organization, "Jeddah": Location}, nil},
	{"The Transport Canada safety regulator approved the design after a review.",
		map[string]string{"Transport Canada": Organization}, nil},
	{"Flights resumed at Schiphol after storms swept across the Netherlands and Belgium.",
		map[string]string{"Schiphol": Location, "Netherlands": Location, "Belgium": Location}, nil},
	{"Snow fell across Anatolia and the Black Sea coast of Turkey.",
		map[string]string{"Anatolia": Location, "Black Sea": Location, "Turkey": Location}, nil},
	{"Farmers in Andhra Pradesh lost crops after the cyclone hit the coast.",
		map[string]string{"Andhra Pradesh": Location}, nil},
	{"The Danube fell to a record low near Budapest, stranding cargo ships.",
		map[string]string{"Danube": Location, "Budapest": Location}, nil},
	{"Wildfires spread through the hills above Marseille and along the Cote d'Azur.",
		map[string]string{"Marseille": Location, "Cote d'Azur": Location}, nil},
	{"Geoff Cutmore, who covers markets, said stocks in Frankfurt would open lower.",
		map[string]string{"Geoff Cutmore": Person, "Frankfurt": Location}, nil},
	{"Carlos Tavares told workers at Mirafiori in Turin that production would resume.",
		map[string]string{"Carlos Tavares": Person, "Turin": Location}, nil},
	{"Sheikh Ahmed bin Saeed Al Maktoum, the chairman of Emirates, announced the order in Dubai.",
		map[string]string{"Emirates": Organization, "Dubai": Location}, nil},
}

// TestFreshNews12After reports freshNews12After (written after the rules)
// and holds its floor.
func TestFreshNews12After(t *testing.T) {
	names, good, _, misses := scoreFresh(freshNews12After, false)
	t.Logf("fresh news 12, written after the rules: %d/%d names", good, names)
	if good < freshFloor12After {
		t.Errorf("fresh news 12 after: %d/%d names right, want at least %d; misses:\n%s", good, names, freshFloor12After, strings.Join(misses, "\n"))
	} else if testing.Verbose() {
		t.Logf("misses:\n%s", strings.Join(misses, "\n"))
	}
}

// freshFloor12After is the number of freshNews12After names found with
// their type at the end of issue 12.
const freshFloor12After = 37
