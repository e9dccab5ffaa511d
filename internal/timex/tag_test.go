package timex

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

var dct = time.Date(2017, 11, 10, 0, 0, 0, 0, time.UTC) // a Friday

func tag(s string, d time.Time) []Timex {
	doc := &document.Document{Text: s, DCT: d}
	return Tag(doc, text.Segment(doc))
}

// TestRules: one sentence per rule family; each row lists the expressions
// expected, as "text|TYPE|value[|mod]".
func TestRules(t *testing.T) {
	cases := []struct {
		family, in string
		want       []string
	}{
		{"absolute", "The treaty was signed on November 10, 2017 in Hanoi.", []string{"November 10, 2017|DATE|2017-11-10"}},
		{"absolute", "It was filed on 10 November 2017 and again on 2017-11-12.", []string{"10 November 2017|DATE|2017-11-10", "2017-11-12|DATE|2017-11-12"}},
		{"absolute", "The deadline is 11/10/2017.", []string{"11/10/2017|DATE|2017-11-10"}},
		{"absolute", "Prices rose in the 1990s and in the 19th century.", []string{"the 1990s|DATE|199", "the 19th century|DATE|18"}},
		{"absolute", "Sales fell in mid-2017 and will recover in early 2018.", []string{"mid-2017|DATE|2017|MID", "early 2018|DATE|2018|START"}},
		{"absolute", "The islands were seized in 1945.", []string{"1945|DATE|1945"}},
		// A weekday of a week counted from the document's: that day of
		// that week (dct is a Friday).
		{"weekday", "Shops have been shut since Monday of last week.", []string{"Monday of last week|DATE|2017-10-30"}},
		{"weekday", "The vote is on Tuesday of next week.", []string{"Tuesday of next week|DATE|2017-11-14"}},
		// A year before "to" and an amount is no range: the year alone.
		{"absolute", "The judge jailed him in 2009 to 12 years in prison.", []string{"2009|DATE|2009"}},
		{"absolute", "Exports climbed in 2016 to 40 billion dollars.", []string{"2016|DATE|2016"}},
		{"absolute", "The dispute lasted from 1990 to 1995, and again 2001-03.", []string{"1990 to 1995|DATE|1990", "2001-03|DATE|2001"}},
		{"quarter", "Profit rose in the third quarter and in fiscal 1998.", []string{"the third quarter|DATE|2017-Q3", "fiscal 1998|DATE|1998"}},
		{"partial", "Prices fell in early-March; talks will begin in late-January.", []string{"early-March|DATE|2017-03|START", "late-January|DATE|2018-01|END"}},
		{"partial", "The leaders met in September.", []string{"September|DATE|2017-09"}},
		{"tense", "Abe plans to visit Russia in May.", []string{"May|DATE|2018-05"}},
		{"tense", "Abe visited Russia in May.", []string{"May|DATE|2017-05"}},
		// In news too, "N later" counts from the month or year just named.
		{"later", "The firm filed for bankruptcy in November 2015, and its founder was arrested a month later.", []string{"November 2015|DATE|2015-11", "a month later|DATE|2015-12"}},
		// Days or weeks later than a month or year: a day of it, not one
		// counted from the document's date.
		{"later", "The mine was flooded in March 2015, and the pumps failed two days later.", []string{"March 2015|DATE|2015-03", "two days later|DATE|2015-03-XX"}},
		{"later", "The bank failed in 2009; a week later its chief fled.", []string{"2009|DATE|2009", "a week later|DATE|2009-WXX"}},
		{"later", "The mine was flooded in March 2015. The next day the pumps failed.", []string{"March 2015|DATE|2015-03", "The next day|DATE|2015-03-XX"}},
		// A past "two days later" counts from the last day named that is
		// not ahead of the document's date.
		{"later", "The clerk was arrested on November 1. She is due in court on Monday. Two days later she was freed on bail.", []string{"November 1|DATE|2017-11-01", "Monday|DATE|2017-11-13", "Two days later|DATE|2017-11-03"}},
		// ... unless that year lies ahead and the clause is past: a
		// prospect, not the time of the day counted.
		{"later", "The council met on March 3. It said the new bridge would open in 2019. The day before the meeting, the mayor resigned.", []string{"March 3|DATE|2017-03-03", "2019|DATE|2019", "The day before|DATE|2017-03-02"}},
		// "the day before" an event: "before" and the event are a signal
		// and its object, not the time; alone, "the day before" is one.
		{"daybefore", "The ferry sank on June 4, the day before the storm reached the coast.", []string{"June 4|DATE|2017-06-04", "the day|DATE|2017-06-04"}},
		{"daybefore", "The plant shut on Aug. 2 and was seen the week after its owner resigned.", []string{"Aug. 2|DATE|2017-08-02", "the week|DATE|2017-W32"}},
		{"daybefore", "The vote was held on May 8. The day before, the streets were empty.", []string{"May 8|DATE|2017-05-08", "The day before|DATE|2017-05-07"}},
		{"daybefore", "The parcel came the day before yesterday and the next one comes the day after tomorrow.", []string{"the day before yesterday|DATE|2017-11-08", "the day after tomorrow|DATE|2017-11-12"}},
		// "ca." (circa) is an approximation, and no full stop.
		{"circa", "The temple was finished ca. 466 BC and burned circa 1850.", []string{"ca. 466 BC|DATE|BC0466|APPROX", "circa 1850|DATE|1850|APPROX"}},
		// A weekday in the possessive is the day of an event reported: the
		// last such day, whatever the verb, but the next after "ahead of".
		{"possessive", "Lawyers will appeal Wednesday's verdict and look for a way around Thursday's order ahead of Monday's hearing.", []string{"Wednesday|DATE|2017-11-08", "Thursday|DATE|2017-11-09", "Monday|DATE|2017-11-13"}},
		// "right" before "now" is an adverb's, out of the expression.
		{"now", "Right now the port is shut, and the ships must leave right now.", []string{"now|DATE|PRESENT_REF", "now|DATE|PRESENT_REF"}},
		// "the early part of", "the last part of" are modifiers, like "the end of".
		{"partof", "Exports rose in the early part of 2015 and fell in the last part of 2016.", []string{"the early part of 2015|DATE|2015|START", "the last part of 2016|DATE|2016|END"}},
		// "Today" after a name is a paper's or a show's.
		{"today", "USA Today reported it first. This is VOA Today. Today the port reopened, and said: Today is calm.", []string{"Today|DATE|2017-11-10", "Today|DATE|2017-11-10"}},
		// A holiday's week is the week that holds it.
		{"holiday", "Hotels filled up during Easter week, and Christmas week will be quiet.", []string{"Easter week|DATE|2017-W15", "Christmas week|DATE|2017-W52"}},
		// Election Day is the Tuesday after the first Monday of November.
		{"holiday", "Turnout was high on Election Day.", []string{"Election Day|DATE|2017-11-07"}},
		{"later", "The company was founded in 2009. Two years later it was sold.", []string{"2009|DATE|2009", "Two years later|DATE|2011"}},
		// Minutes or hours "later" bound no day: the day is the anchor's,
		// with no modifier ("less than" is of the minutes).
		{"later", "The jet took off on November 1 at 3:25 p.m. Less than two minutes later the crew called.", []string{"November 1|DATE|2017-11-01", "3:25 p.m.|TIME|2017-11-01T15:25", "Less than two minutes later|DATE|2017-11-01"}},
		// "May" after a given name or a title is a surname; after a word
		// of time it is the month.
		{"may", "Theresa May said she would resign. Mrs. May spoke in May, and Brian May played on Friday, May 5.", []string{"May|DATE|2017-05", "Friday, May 5|DATE|2017-05-05"}},
		// Decades and centuries later count from the year just named too.
		{"later", "The singer was banned in 1971 and allowed back a decade later.", []string{"1971|DATE|1971", "a decade later|DATE|198"}},
		{"later", "The canal was dug in 1825. Two centuries later it was drained.", []string{"1825|DATE|1825", "Two centuries later|DATE|20"}},
		// A day and month before "last year" is that year's; a comma
		// parts them ("March 5, last year's worst day").
		{"relyear", "The dam burst on March 5 last year; the 9 June next year is set for the review.", []string{"March 5 last year|DATE|2016-03-05", "the 9 June next year|DATE|2018-06-09"}},
		{"relyear", "Shares fell on March 5, last year's worst day.", []string{"March 5|DATE|2017-03-05", "last year|DATE|2016"}},
		{"weekday", "They met on Monday.", []string{"Monday|DATE|2017-11-06"}},
		{"weekday", "They will meet on Monday.", []string{"Monday|DATE|2017-11-13"}},
		{"weekday", "The offer had been due to expire on Wednesday.", []string{"Wednesday|DATE|2017-11-08"}},
		{"weekday", "The stock is to resume trading on Wednesday.", []string{"Wednesday|DATE|2017-11-15"}},
		// Two weekdays joined in order keep their order; a list need not.
		{"weekday", "The fair opens Monday and closes Wednesday.", []string{"Monday|DATE|2017-11-13", "Wednesday|DATE|2017-11-15"}},
		{"weekday", "Statements were issued Friday and Thursday.", []string{"Friday|DATE|2017-11-10", "Thursday|DATE|2017-11-09"}},
		{"weekday", "The talks ended Friday night.", []string{"Friday night|TIME|2017-11-10TNI"}},
		// Numbers of names, and numbers far from the story's time without a
		// cue, are not years; with one, or in parentheses, they are.
		{"year", "Members of Local 1520 voted. UN Resolution 1441 passed. Form 1040 is due.", nil},
		{"year", "The score was 1520 to 3.", nil},
		// The designations, scores, prices and counts of issue 12 are no dates.
		{"year", "US Airways Flight 1549 landed in the Hudson. A Boeing 747 landed on Route 66, and Bus Route 1812 was cut. Article 5 applies; the G20 met. Under Article 1776 of the code, the Lakers won 112-104. Shares rose to 1,950 and 1950 workers were hired.", nil},
		{"year", "The revolt of 1520 failed, as the 1520 revolt of (1521) did.", []string{"1520|DATE|1520", "1520|DATE|1520", "1521|DATE|1521"}},
		{"year", "The army grew from 1981's 500,000 men to 1985’s million.", []string{"1981|DATE|1981", "1985|DATE|1985"}},
		// An apostrophe year: the one of its century nearest the story's or
		// the document's year.
		{"year", "Sales fell in '16. In 1786 the club met; in 1787 it split; in 1788 it grew, and its founders left to form the Club of '89.", []string{"'16|DATE|2016", "1786|DATE|1786", "1787|DATE|1787", "1788|DATE|1788", "'89|DATE|1789"}},
		{"year", "The bridge opened in 1932 and 1932 was a hard year.", []string{"1932|DATE|1932", "1932|DATE|1932"}},
		// A list of years far from the story's time is cued at its first.
		{"year", "The kingdom was founded in 1801 and reformed in 1820, 1832, 1848, 1867 and 1884. War broke out on 3 August 1914, and in 1915 and 1916 it spread; it ended in 1918.", []string{"1801|DATE|1801", "1820|DATE|1820", "1832|DATE|1832", "1848|DATE|1848", "1867|DATE|1867", "1884|DATE|1884", "3 August 1914|DATE|1914-08-03", "1915|DATE|1915", "1916|DATE|1916", "1918|DATE|1918"}},
		// Years before the common era, and the first year of their ranges.
		{"bc", "Rome destroyed Carthage in 146 BC after the war of 264-241 B.C. and the revolt from 499 to 493 BCE.", []string{"146 BC|DATE|BC0146", "264|DATE|BC0264", "241 B.C.|DATE|BC0241", "499|DATE|BC0499", "493 BCE|DATE|BC0493"}},
		{"bc", "Carthage rose in the middle of the 9th century BC; the league fought throughout the 470s BC and the 4th century BC, but scores stayed in the 300s.", []string{"the middle of the 9th century BC|DATE|BC08|MID", "the 470s BC|DATE|BC047", "the 4th century BC|DATE|BC03"}},
		{"bc", "In April 480 BC the army crossed; in the spring of 480 BC the allies met.", []string{"April 480 BC|DATE|BC0480-04", "the spring of 480 BC|DATE|BC0480-SP"}},
		{"bc", "Prices rose in 1990-1991, not pre-1990.", []string{"1990-1991|DATE|1990"}},
		{"narrative", "In 1775 the war began. In 1776 the army lost New York. In 1777 Burgoyne surrendered. By the end of the year France had joined.", []string{"1775|DATE|1775", "1776|DATE|1776", "1777|DATE|1777", "the end of the year|DATE|1777|END"}},
		{"narrative", "In 1972 the war went on. In 1973 the talks began. In 1974 the army lost ground. On 10 March 1975 the attack began; the North hoped to win by 1976. On 11 March the town fell.", []string{"1972|DATE|1972", "1973|DATE|1973", "1974|DATE|1974", "10 March 1975|DATE|1975-03-10", "1976|DATE|1976", "11 March|DATE|1975-03-11"}},
		// A text that writes many years far from the document's is a
		// story told in its own time from its first such date.
		{"narrative", "The port was built in 1850, walled in 1870, rebuilt in 1890 and 1910, bombed in 1921 and 1925, and lost in 1931. The siege began in 1936. On 18 July the guns opened fire.", []string{"1850|DATE|1850", "1870|DATE|1870", "1890|DATE|1890", "1910|DATE|1910", "1921|DATE|1921", "1925|DATE|1925", "1931|DATE|1931", "1936|DATE|1936", "18 July|DATE|1936-07-18"}},
		{"narrative", "The dispute dates from 1948; wars followed in 1956, 1967, 1973 and 1982, talks in 1991, 1993 and 2000, and a truce in 2014. Fighting resumed in 2016. In May the rebels took the city.", []string{"1948|DATE|1948", "1956|DATE|1956", "1967|DATE|1967", "1973|DATE|1973", "1982|DATE|1982", "1991|DATE|1991", "1993|DATE|1993", "2000|DATE|2000", "2014|DATE|2014", "2016|DATE|2016", "May|DATE|2016-05"}},
		{"narrative", "The mill opened in 1950. It reopened on 18 July.", []string{"1950|DATE|1950", "18 July|DATE|2017-07-18"}},
		// A later month opening a sentence or two after a month that wrote
		// an old year is that year's.
		{"narrative", "His contract ran out in June 2012. The club offered him a new deal. In July he agreed to join Dunkirk.", []string{"June 2012|DATE|2012-06", "July|DATE|2012-07"}},
		// A range or pair of days that names its month once: each day.
		{"dayrange", "Talks ran on 12-14 July 2016 and from 15 to 22 August 2016, then on April 6-7, 2017, on May 4 and 5, 2017 and on the 28 and 29 June 2017.", []string{"12|DATE|2016-07-12", "14 July 2016|DATE|2016-07-14", "15|DATE|2016-08-15", "22 August 2016|DATE|2016-08-22", "April 6|DATE|2017-04-06", "7, 2017|DATE|2017-04-07", "May 4|DATE|2017-05-04", "5, 2017|DATE|2017-05-05", "the 28|DATE|2017-06-28", "29 June 2017|DATE|2017-06-29"}},
		{"dayrange", "The votes on May 6 and 7th passed 12-3.", []string{"May 6|DATE|2017-05-06", "7th|DATE|2017-05-07"}},
		// A month a little before the reference month is the reference
		// year's; further before, the next year's.
		{"narrative", "In 1948 the talks failed. In 1949 the army grew. By early September 1950 the front held. On 6 July the division had landed, and in April it attacked again.", []string{"1948|DATE|1948", "1949|DATE|1949", "early September 1950|DATE|1950-09|START", "6 July|DATE|1950-07-06", "April|DATE|1951-04"}},
		// In a story told in its own time, a year far from the story's,
		// named in passing, leaves the story's time where it was.
		{"narrative", "The border was drawn in 1905, 1919, 1921, 1936 and 1945. In 1948 the talks failed. In 1949 the army grew. In June 1950 the war began; a study declassified in 2005 doubts the first report. In late November the army retreated.", []string{"1905|DATE|1905", "1919|DATE|1919", "1921|DATE|1921", "1936|DATE|1936", "1945|DATE|1945", "1948|DATE|1948", "1949|DATE|1949", "June 1950|DATE|1950-06", "2005|DATE|2005", "late November|DATE|1950-11|END"}},
		// In a story, a later date that a word of plan introduces is a
		// prospect: the story's time stays.
		{"narrative", "The border was drawn in 1905, 1919, 1921, 1936 and 1945. In 1973 the talks failed. On 10 March 1975 the attack began, opening the road for a campaign planned for 1976. The town fell on 11 March. The army was routed in the north and fled south, and the coast was lost. The capital was shelled. The president resigned. The embassy closed. On 20 April the last troops left.", []string{"1905|DATE|1905", "1919|DATE|1919", "1921|DATE|1921", "1936|DATE|1936", "1945|DATE|1945", "1973|DATE|1973", "10 March 1975|DATE|1975-03-10", "1976|DATE|1976", "11 March|DATE|1975-03-11", "20 April|DATE|1975-04-20"}},
		// A story told before the common era: its months and seasons are
		// in its years.
		{"bc", "Persia attacked in 499 BC, 498 BC, 494 BC, 492 BC, 490 BC and 486 BC, and again in 481 BC. The army gathered in the summer of 481 BC and passed the winter at Sardis. In mid-August it reached the pass.", []string{"499 BC|DATE|BC0499", "498 BC|DATE|BC0498", "494 BC|DATE|BC0494", "492 BC|DATE|BC0492", "490 BC|DATE|BC0490", "486 BC|DATE|BC0486", "481 BC|DATE|BC0481", "the summer of 481 BC|DATE|BC0481-SU", "the winter|DATE|BC0480-WI", "mid-August|DATE|BC0481-08|MID"}},
		// In a story, "the following year", "two years later", "a decade
		// earlier" count from the story's year, not the document's or the
		// last day's.
		{"narrative", "In 1774 the congress met. In 1775 the war began. On 4 July 1776 the colonies declared independence. In 1777 the army wintered at the forge. The following year France joined. In 1779 Spain joined; a decade earlier no one would have believed it, and two years later the war was won.", []string{"1774|DATE|1774", "1775|DATE|1775", "4 July 1776|DATE|1776-07-04", "1777|DATE|1777", "The following year|DATE|1778", "1779|DATE|1779", "a decade earlier|DATE|176", "two years later|DATE|1781"}},
		{"bc", "Persia attacked in 499 BC, 498 BC, 494 BC, 492 BC, 490 BC and 486 BC, and again in 481 BC. The following year Xerxes crossed.", []string{"499 BC|DATE|BC0499", "498 BC|DATE|BC0498", "494 BC|DATE|BC0494", "492 BC|DATE|BC0492", "490 BC|DATE|BC0490", "486 BC|DATE|BC0486", "481 BC|DATE|BC0481", "The following year|DATE|BC0480"}},
		// In a story, what had happened before its time, and the end point
		// of what lasts "until" a later date, leave the story's time.
		{"narrative", "In 1942 the front held. In 1943 the army retreated. In March 1944 the Japanese attacked, and forces that had invaded Burma in late 1943 besieged the town. By June, the Japanese had taken the province.", []string{"1942|DATE|1942", "1943|DATE|1943", "March 1944|DATE|1944-03", "late 1943|DATE|1943|END", "June|DATE|1944-06"}},
		{"narrative", "In 1942 the front held. In 1943 the army retreated. On 20 October 1944 Belgrade fell; the siege lasted until the fall of Budapest in February 1945. By the start of July, the forces had repelled the sieges.", []string{"1942|DATE|1942", "1943|DATE|1943", "20 October 1944|DATE|1944-10-20", "February 1945|DATE|1945-02", "the start of July|DATE|1944-07|START"}},
		// In a story, a weekday is the day the text last named or the next
		// such day.
		{"narrative", "In 1939 the war began. In 1940 France fell. On 13 September 1941 the chief was killed, and the rebels called Saturday's attack heroic. On Monday the army struck back.", []string{"1939|DATE|1939", "1940|DATE|1940", "13 September 1941|DATE|1941-09-13", "Saturday|DATE|1941-09-13", "Monday|DATE|1941-09-15"}},
		// In a history, "N days after" an event counts from the last day
		// the text wrote in figures (not "the next day" it counted to),
		// "a year after" from the story's year; a length ("for two years
		// after") stays a duration, and so does news's "two days after".
		{"narrative", "The fort was built in 1850 and rebuilt in 1870, 1890 and 1905. In 1914 the war began. In 1916 the armies bled. In 1917 the tsar fell. The fort was shelled on April 12, 1918, and the next day it fell. The town was seized eight days after the fort. A year after the siege, the army rested for two years after the war.", []string{"1850|DATE|1850", "1870|DATE|1870", "1890|DATE|1890", "1905|DATE|1905", "1914|DATE|1914", "1916|DATE|1916", "1917|DATE|1917", "April 12, 1918|DATE|1918-04-12", "the next day|DATE|1918-04-13", "eight days|DATE|1918-04-20", "A year|DATE|1919", "two years|DURATION|P2Y"}},
		{"later", "The firm was sold two days after the vote.", []string{"two days|DURATION|P2D"}},
		// ... months from the month the text is at; and a date to the day
		// far from the story's time moves it at once (only a year or a
		// month named in passing waits for a second).
		{"narrative", "The republic was proclaimed in 1918 and survived the crises of 1919, 1920, 1923, 1926, 1929 and 1932. The army crossed the border on 12 March 1938. In late September the leaders met in Munich. Six months after Munich, the country was occupied.", []string{"1918|DATE|1918", "1919|DATE|1919", "1920|DATE|1920", "1923|DATE|1923", "1926|DATE|1926", "1929|DATE|1929", "1932|DATE|1932", "12 March 1938|DATE|1938-03-12", "late September|DATE|1938-09|END", "Six months|DATE|1939-03"}},
		// In a story, a clock time alone is on the day the text last named.
		{"narrative", "In 1914 the war began. In 1916 the armies bled. On 11 November 1918 the armistice was signed; the last soldier died at 10:58.", []string{"1914|DATE|1914", "1916|DATE|1916", "11 November 1918|DATE|1918-11-11", "10:58|TIME|1918-11-11T10:58"}},
		// A range of dates written as one word, and a range that writes its
		// year only at its end: both ends, in that year.
		{"dayrange", "The battle (14 August-24 August 2016) and the siege (July-November 2016) ended; the decrees (21 March - 21 June 2016) and the talks (November-February 2017) followed.", []string{"14 August|DATE|2016-08-14", "24 August 2016|DATE|2016-08-24", "July|DATE|2016-07", "November 2016|DATE|2016-11", "21 March|DATE|2016-03-21", "21 June 2016|DATE|2016-06-21", "November|DATE|2016-11", "February 2017|DATE|2017-02"}},
		{"dayrange", "The armies met in August and September 2014, and again in April or June 2015.", []string{"August|DATE|2014-08", "September 2014|DATE|2014-09", "April|DATE|2015-04", "June 2015|DATE|2015-06"}},
		// "that month", "later that year" are the month or year the text
		// last named, at any precision; "that afternoon" the last day's.
		{"anchored", "Portugal pulled out in 1975. Troops invaded in December that year, and the shipyard closed in March of the same year.", []string{"1975|DATE|1975", "December that year|DATE|1975-12", "March of the same year|DATE|1975-03"}},
		{"anchored", "He fled to Florida in June 1998 and returned later that year. Rents rose in May; that month the board met. The vote came on March 3, 2016; that afternoon it passed.", []string{"June 1998|DATE|1998-06", "later that year|DATE|1998|END", "May|DATE|2017-05", "that month|DATE|2017-05", "March 3, 2016|DATE|2016-03-03", "that afternoon|TIME|2016-03-03TAF"}},
		// In a story, a year alone in parentheses is an aside: the story's
		// time stays.
		{"narrative", "The estates met in 1905, 1911, 1923, 1934, 1947 and 1949. In 1953 the council, which had annulled the Charter of the Clergy (1950), ruled. On 17 August it called up every man.", []string{"1905|DATE|1905", "1911|DATE|1911", "1923|DATE|1923", "1934|DATE|1934", "1947|DATE|1947", "1949|DATE|1949", "1953|DATE|1953", "1950|DATE|1950", "17 August|DATE|1953-08-17"}},
		// A prospect needs a story time to lie ahead of: the first year a
		// history names is its time, planned or not.
		{"narrative", "A rising was planned for 1936. On 18 July the garrisons rose; their officers had served in 1909, 1911, 1921, 1923, 1925, 1927 and 1931.", []string{"1936|DATE|1936", "18 July|DATE|1936-07-18", "1909|DATE|1909", "1911|DATE|1911", "1921|DATE|1921", "1923|DATE|1923", "1925|DATE|1925", "1927|DATE|1927", "1931|DATE|1931"}},
		// In a story, "this day" is the day the text last named.
		{"narrative", "In 1914 the war began. In 1916 the armies bled. On 8 August 1918 the line broke; Ludendorff called this day the black day of the army.", []string{"1914|DATE|1914", "1916|DATE|1916", "8 August 1918|DATE|1918-08-08", "this day|DATE|1918-08-08"}},
		// A date inside a remark in parentheses is an aside too.
		{"narrative", "The estates met in 1905, 1911, 1923, 1934, 1947 and 1949. In 1953 the council ruled, and most of its members (as counted on 4 May 1961) stayed. In the summer it called up every man.", []string{"1905|DATE|1905", "1911|DATE|1911", "1923|DATE|1923", "1934|DATE|1934", "1947|DATE|1947", "1949|DATE|1949", "1953|DATE|1953", "4 May 1961|DATE|1961-05-04", "the summer|DATE|1953-SU"}},
		// In a story, "the following decade", "the previous century" count
		// from the story's year.
		{"narrative", "Persia attacked in 499 BC, 498 BC, 494 BC, 492 BC, 490 BC and 486 BC, and again in 481 BC. The following decade was calm; the previous century had not been.", []string{"499 BC|DATE|BC0499", "498 BC|DATE|BC0498", "494 BC|DATE|BC0494", "492 BC|DATE|BC0492", "490 BC|DATE|BC0490", "486 BC|DATE|BC0486", "481 BC|DATE|BC0481", "The following decade|DATE|BC047", "the previous century|DATE|BC05"}},
		// A range of months that runs into the next year starts in the
		// year before its end.
		{"narrative", "In 1861 the war began. In 1862 it spread. In 1863 the army marched north, and the siege lasted from November to February.", []string{"1861|DATE|1861", "1862|DATE|1862", "1863|DATE|1863", "November|DATE|1862-11", "February|DATE|1863-02"}},
		// A season right before a date of the same sentence that writes
		// its year is in that year: a story steps back.
		{"narrative", "In 1939 the war began. In 1940 France fell. In 1944 the front broke. Both armies had spent the spring and the early summer of 1943 rebuilding.", []string{"1939|DATE|1939", "1940|DATE|1940", "1944|DATE|1944", "the spring|DATE|1943-SP", "the early summer of 1943|DATE|1943-SU|START"}},
		// In a story, a day counted from when the text named no day since
		// the story's last year or month: that month's, the day unknown.
		{"narrative", "The border was drawn in 1905, 1919, 1921, 1936 and 1945. On 22 May 1948 the revolt began. In February 1950 the rebels took the city, and a week later the president fled.", []string{"1905|DATE|1905", "1919|DATE|1919", "1921|DATE|1921", "1936|DATE|1936", "1945|DATE|1945", "22 May 1948|DATE|1948-05-22", "February 1950|DATE|1950-02", "a week later|DATE|1950-WXX"}},
		{"bc", "Persia attacked in 499 BC, 498 BC, 494 BC, 492 BC, 490 BC and 486 BC, and again in 481 BC. In June 479 BC the fleets met, and the same day the army won.", []string{"499 BC|DATE|BC0499", "498 BC|DATE|BC0498", "494 BC|DATE|BC0494", "492 BC|DATE|BC0492", "490 BC|DATE|BC0490", "486 BC|DATE|BC0486", "481 BC|DATE|BC0481", "June 479 BC|DATE|BC0479-06", "the same day|DATE|BC0479-06-XX"}},
		{"narrative", "In 1939 the war began. In 1940 France fell. In 1943 the front broke. Their summer offensive had begun in June 1942.", []string{"1939|DATE|1939", "1940|DATE|1940", "1943|DATE|1943", "summer|DATE|1942-SU", "June 1942|DATE|1942-06"}},
		// A year alone keeps the month the text last gave in that year.
		{"narrative", "In 1939 the war began. In 1940 France fell. In December 1941 the fleet sailed, and 1941 ended badly. In January the army retreated.", []string{"1939|DATE|1939", "1940|DATE|1940", "December 1941|DATE|1941-12", "1941|DATE|1941", "January|DATE|1942-01"}},
		// A history writes "the morning of" a date as one expression; news
		// marks the date alone.
		{"narrative", "The border was drawn in 1905, 1911, 1919, 1921, 1926, 1936 and 1945. The raid began early in the morning of 12 March 1948 and ended on the evening of March 14.", []string{"1905|DATE|1905", "1911|DATE|1911", "1919|DATE|1919", "1921|DATE|1921", "1926|DATE|1926", "1936|DATE|1936", "1945|DATE|1945", "early in the morning of 12 March 1948|TIME|1948-03-12TMO", "the evening of March 14|TIME|1948-03-14TEV"}},
		{"time", "The plant flooded on the night of March 3.", []string{"March 3|DATE|2017-03-03"}},
		// "that December" is the month of the year the text last named;
		// "that" opening a clause is not part of a date.
		{"thatmonth", "She became governor in July 2019 and led the party to a majority that December.", []string{"July 2019|DATE|2019-07", "that December|DATE|2019-12"}},
		{"thatyear", "In 1940 France fell; in August of that year the bombing began, on July 25 of the same year the raid.", []string{"1940|DATE|1940", "August of that year|DATE|1940-08", "July 25 of the same year|DATE|1940-07-25"}},
		{"earlyin", "Early in 1914 the army moved and late in 1915 it stopped.", []string{"Early in 1914|DATE|1914|START", "late in 1915|DATE|1915|END"}},
		{"thedmy", "On the 20 September they marched.", []string{"the 20 September|DATE|2017-09-20"}},
		{"season", "Troops held the line over the summer.", []string{"the summer|DATE|2017-SU"}},
		{"season", "Prices stayed high throughout the spring.", []string{"the spring|DATE|2017-SP"}},
		// A season named with what happens in it, or after "and", "of",
		// "spent"; "the fall of" a city is no season.
		{"season", "The summer offensive failed; troops spent the spring and summer in camps until the onset of winter, after the fall of the capital.", []string{"summer|DATE|2017-SU", "the spring|DATE|2017-SP", "summer|DATE|2017-SU", "winter|DATE|2018-WI"}},
		{"season", "Planting starts next spring.", []string{"next spring|DATE|2018-SP"}},
		// In a story told in its own time, a season is the story's year's,
		// a winter after its summer the next year's.
		{"season", "In 1861 the war began. In 1862 it spread. In 1863 the army marched north in July 1863 and spent the winter in camps. The next spring it moved south.", []string{"1861|DATE|1861", "1862|DATE|1862", "1863|DATE|1863", "July 1863|DATE|1863-07", "the winter|DATE|1864-WI", "The next spring|DATE|1864-SP"}},
		// Night as a time of any day: "at night", "night attacks".
		{"time", "Convoys moved only at night, and the rebels favoured night attacks; the night was cold.", []string{"night|DATE|XXXX-XX-XXTNI", "night|DATE|XXXX-XX-XXTNI"}},
		// A clock time after a day is on that day: "Sunday night at 8 PM".
		{"clock", "Call me Sunday night at 8 PM.", []string{"Sunday night|TIME|2017-11-12TNI", "8 PM|TIME|2017-11-12T20:00"}},
		// In news, a clock time alone in the sentence after a day before
		// the paper's is on that day.
		{"clock", "The volcano exploded on Wednesday morning. The eruption began at 8:32 a.m., scientists said.", []string{"Wednesday morning|TIME|2017-11-08TMO", "8:32 a.m.|TIME|2017-11-08T08:32"}},
		// A clock time before its zone and "on" a day is on that day; the
		// two keep their own extents.
		{"clock", "The plane crashed at 9:30 a.m. local time on March 3, 2015, and the polls closed at 5 p.m. local time on Friday, Nov. 3, 2017.", []string{"9:30 a.m.|TIME|2015-03-03T09:30", "March 3, 2015|DATE|2015-03-03", "5 p.m.|TIME|2017-11-03T17:00", "Friday, Nov. 3, 2017|DATE|2017-11-03"}},
		{"clock", "At 5:34 AM Baghdad time on March 20, 2003 the raid began.", []string{"5:34 AM|TIME|2003-03-20T05:34", "March 20, 2003|DATE|2003-03-20"}},
		// A day and month in the sentence of a date that writes its year
		// are in that year, in news too.
		{"sameyear", "Stocks fell on Oct. 19, 1987, and rose on Oct. 20; the raid came on March 20, 2003 (9:34 p.m., March 19 in New York).", []string{"Oct. 19, 1987|DATE|1987-10-19", "Oct. 20|DATE|1987-10-20", "March 20, 2003|DATE|2003-03-20", "9:34 p.m., March 19|TIME|2003-03-19T21:34"}},
		{"weekday", "Flights leave on Tuesday nights and Sundays.", []string{"Tuesday nights|SET|XXXX-WXX-2TNI", "Sundays|SET|XXXX-WXX-7"}},
		{"relative", "Shares fell yesterday and may rise tomorrow.", []string{"yesterday|DATE|2017-11-09", "tomorrow|DATE|2017-11-11"}},
		{"relative", "He resigned last week, and his deputy leaves next month.", []string{"last week|DATE|2017-W44", "next month|DATE|2017-12"}},
		{"relative", "The firm was sold two years ago, and a year earlier it had lost money.", []string{"two years ago|DATE|2015", "a year earlier|DATE|2016"}},
		{"relative", "Work starts next spring.", []string{"next spring|DATE|2018-SP"}},
		{"relative", "Rates were cut earlier in the year, and the plant closed later in the summer.", []string{"earlier in the year|DATE|2017|START", "later in the summer|DATE|2017-SU|END"}},
		{"relative", "Prices rose earlier this month.", []string{"earlier this month|DATE|2017-11|START"}},
		{"relative", "Costs have risen in recent years, and are currently high.", []string{"recent years|DURATION|PXY", "currently|DATE|PRESENT_REF"}},
		{"relative", "The company said he left over the weekend.", []string{"the weekend|DATE|2017-W44-WE"}},
		{"relative", "The strike will end over the weekend.", []string{"the weekend|DATE|2017-W45-WE"}},
		{"relative", "A hearing will be held the week of March 6.", []string{"the week of March 6|DATE|2018-W10"}},
		{"relative", "The plan was to halve debt by the year two thousand.", []string{"the year two thousand|DATE|2000"}},
		{"business", "Profit rose 5% in the third quarter. A year earlier, it fell 2%.", []string{"the third quarter|DATE|2017-Q3", "A year earlier|DATE|2016-Q3"}},
		{"business", "The bank earned more in the fiscal-second quarter than a year ago.", []string{"the fiscal-second quarter|DATE|2017-Q2", "a year ago|DATE|2016-Q2"}},
		{"business", "Net income in the third quarter beat the year-earlier period.", []string{"the third quarter|DATE|2017-Q3", "the year-earlier period|DATE|2016-Q3"}},
		{"business", "Sales topped the year-ago third quarter.", []string{"the year-ago third quarter|DATE|2016-Q3"}},
		{"business", "Profit rose in the third quarter. In the 2016 period, it fell, and in the quarter a year ago it rose.", []string{"the third quarter|DATE|2017-Q3", "the 2016 period|DATE|2016-Q3", "the quarter a year ago|DATE|2016-Q3"}},
		// "the year-earlier results": without its noun, "the" is the noun's.
		{"business", "The year-earlier results included a gain; the year-ago figure did not.", []string{"year-earlier|DATE|2016", "year-ago|DATE|2016"}},
		{"business", "Revenue beat last year's quarter.", []string{"last year's quarter|DATE|2016-Q3"}},
		{"business", "Revenue fell from the same period last year.", []string{"the same period last year|DATE|2016-Q3"}},
		// A half or quarter "of the year" is one expression; a modifier
		// that holds the expression before it takes it in ("the first
		// half of the month" crashed the tagger with two overlapping).
		{"business", "Sales fell in the second half of the year and in the first quarter of the year.", []string{"the second half of the year|DATE|2017-H2", "the first quarter of the year|DATE|2017-Q1"}},
		{"business", "Orders came in the first half of the month.", []string{"the first half of the month|DATE|2017-11|START"}},
		// Years before a quarter's year are that quarter only in the
		// sentence that names it: later sentences tell of other things.
		{"business", "Sales rose in the third quarter from two years ago.", []string{"the third quarter|DATE|2017-Q3", "two years ago|DATE|2015-Q3"}},
		{"business", "Sales rose in the third quarter. The chief, who quit three years ago, sold shares.", []string{"the third quarter|DATE|2017-Q3", "three years ago|DATE|2014"}},
		// "the decade" is the writer's, or in a story the story's; "the
		// decade since" is a span.
		{"relative", "The plan runs until the end of the decade; in the decade since the crash, prices fell.", []string{"the end of the decade|DATE|201|END"}},
		{"narrative", "In 1774 the congress met. In 1775 the war began. In 1777 the army wintered at the forge. In 1779 Spain joined; by the end of the decade the war was won.", []string{"1774|DATE|1774", "1775|DATE|1775", "1777|DATE|1777", "1779|DATE|1779", "the end of the decade|DATE|177|END"}},
		// A quarter or half "of next year", "of last year".
		{"business", "Sales should recover by the end of the first quarter of next year, after a weak second half of last year.", []string{"the end of the first quarter of next year|DATE|2018-Q1|END", "second half of last year|DATE|2016-H2"}},
		{"business", "Earnings should recover in the last half of 2018.", []string{"the last half of 2018|DATE|2018-H2"}},
		{"business", "Attacks fell in the latter half of 2016.", []string{"the latter half of 2016|DATE|2016-H2"}},
		{"business", "It earned $5 million in the year ended June 30.", []string{"the year|DURATION|P1Y", "June 30|DATE|2017-06-30"}},
		{"duration", "The dam was built a couple of years ago, after a couple of weeks of talks.", []string{"a couple of years ago|DATE|2015", "a couple of weeks|DURATION|P2W"}},
		// "a three-year period" is one expression, the article with it.
		{"duration", "Rents rose over a three-year period and fell in the same 28-day period.", []string{"a three-year period|DURATION|P3Y", "the same 28-day period|DURATION|P28D"}},
		{"duration", "The one-year truce ended.", []string{"one-year|DURATION|P1Y"}},
		{"duration", "The ruling could take weeks.", []string{"weeks|DURATION|PXW"}},
		{"duration", "Shares fell for eight trading days; the plan needs an additional year and two more weeks after several-year delays.", []string{"eight trading days|DURATION|P8D", "an additional year|DURATION|P1Y", "two more weeks|DURATION|P2W", "several-year|DURATION|PXY"}},
		{"absolute", "Prices peaked in the nineties and fell this past spring.", []string{"the nineties|DATE|199", "this past spring|DATE|2017-SP"}},
		{"duration", "Rates may fall in coming weeks, after months of talks.", []string{"coming weeks|DURATION|PXW", "months|DURATION|PXM"}},
		{"duration", "The bill ends the 30-day waiting period, and the two days of talks.", []string{"30-day|DURATION|P30D", "the two days|DURATION|P2D"}},
		{"relative", "Sales beat last year's record.", []string{"last year|DATE|2016"}},
		{"relative", "Islam will one day be taught here, and a ruling will come at a later date, in the weeks ahead.", []string{"one day|DATE|FUTURE_REF", "a later date|DATE|FUTURE_REF", "the weeks ahead|DURATION|PXW"}},
		{"relative", "Profit for the current fiscal year will grow.", []string{"the current fiscal year|DATE|2017"}},
		{"time", "The pipe burst in mid-afternoon yesterday and again late morning today.", []string{"mid-afternoon yesterday|TIME|2017-11-09TAF", "late morning today|TIME|2017-11-10TMO"}},
		{"relative", "Profit for the fiscal year will grow.", []string{"the fiscal year|DATE|2017"}},
		{"anchored", "Shares closed at 20 on Friday, Nov. 3, 2017, down from the previous Friday.", []string{"Friday, Nov. 3, 2017|DATE|2017-11-03", "the previous Friday|DATE|2017-10-27"}},
		// "the last N of" something is its final unit, a unit long, not
		// the one before the document's date.
		{"rel", "The army collapsed in the last month of the war, and the shops closed on the last day of the year.", []string{"the last month|DURATION|P1M", "the last day|DURATION|P1D", "the year|DATE|2017"}},
		{"rel", "Prices fell last month.", []string{"last month|DATE|2017-10"}},
		{"anchored", "The vote was held on March 3, 2016. The next day, protests began.", []string{"March 3, 2016|DATE|2016-03-03", "The next day|DATE|2016-03-04"}},
		// "the day before" or "the day after" in apposition to a date is
		// that date; in a sentence of its own it counts from it.
		{"anchored", "Crowds gathered on Sunday, the day after the election, and shares fell on Nov. 2, the day before the vote. The talks opened on Nov. 6. The day before, rebels had agreed.", []string{"Sunday|DATE|2017-11-05", "the day|DATE|2017-11-05", "Nov. 2|DATE|2017-11-02", "the day|DATE|2017-11-02", "Nov. 6|DATE|2017-11-06", "The day before|DATE|2017-11-05"}},
		// "the day following" at the end of its phrase is "the next day",
		// counted from the last day named.
		{"anchored", "The ferry sank on June 2, 2011; divers arrived the next day, and the day following brought the first survivors home. In the week following, the port closed.", []string{"June 2, 2011|DATE|2011-06-02", "the next day|DATE|2011-06-03", "the day following|DATE|2011-06-04", "the week following|DATE|2011-W23"}},
		// "following", "previous", "before": from the month or year just
		// named, not the document's date; "next" stays the writer's.
		{"anchored", "In July the mill was shut down. The following month, its owner sold the land.", []string{"July|DATE|2017-07", "The following month|DATE|2017-08"}},
		{"anchored", "The union was founded in 2004, and the year before its leaders had been jailed.", []string{"2004|DATE|2004", "the year before|DATE|2003"}},
		{"anchored", "Sales fell in 2015. They will rise again the next year.", []string{"2015|DATE|2015", "the next year|DATE|2018"}},
		// "a hundred years" keeps its article (and a modifier before it);
		// a range of numbers after "the next" is one span.
		{"duration", "The church has stood for almost a hundred years; it was built a hundred years ago after a hundred-year flood.", []string{"almost a hundred years|DURATION|P100Y|LESS_THAN", "a hundred years ago|DATE|1917", "hundred-year|DURATION|P100Y"}},
		{"duration", "Rates should rise over the next 12 to 18 months.", []string{"the next 12 to 18 months|DURATION|PXM"}},
		// "or so" after an expression is part of it: an approximation.
		{"approx", "Prices should stay low over the next year or so, after two weeks or so of talks.", []string{"the next year or so|DATE|2018|APPROX", "two weeks or so|DURATION|P2W|APPROX"}},
		{"duration", "Tests have halted for nearly two months.", []string{"nearly two months|DURATION|P2M|LESS_THAN"}},
		{"duration", "It is not a question of just one year.", []string{"one year|DURATION|P1Y"}},
		{"duration", "The talks lasted for an hour, after a 15-minute break.", []string{"an hour|DURATION|PT1H", "15-minute|DURATION|PT15M"}},
		{"duration", "Output fell over the past three months.", []string{"the past three months|DURATION|P3M"}},
		{"duration", "The project took two and a half years.", []string{"two and a half years|DURATION|P2Y6M"}},
		// Half of a decade or century is years; "a year and a half" counts
		// the whole year too.
		{"duration", "The border stayed shut for half a century, then for a decade and a half.", []string{"half a century|DURATION|P50Y", "a decade and a half|DURATION|P15Y"}},
		{"duration", "The repairs took a year and a half; the audit half a decade.", []string{"a year and a half|DURATION|P1Y6M", "half a decade|DURATION|P5Y"}},
		{"duration", "The strike lasted a week and a half.", []string{"a week and a half|DURATION|P10DT12H"}},
		{"set", "The board meets every week and reports annually.", []string{"every week|SET|P1W", "annually|SET|P1Y"}},
		{"set", "The fair returns every summer.", []string{"every summer|SET|XXXX-SU"}},
		{"duration", "After six straight months of losses and a year-long inquiry, the day-long hearing began.", []string{"six straight months|DURATION|P6M", "year-long|DURATION|P1Y", "day-long|DURATION|P1D"}},
		{"absolute", "The house dates from the 1800s; the shed from the 1870s.", []string{"the 1800s|DATE|18", "the 1870s|DATE|187"}},
		// The "00s" of the writer's own century are its first decade.
		{"absolute", "Home prices rose through the early 2000s, as in the 1900s.", []string{"the early 2000s|DATE|200|START", "the 1900s|DATE|19"}},
		// A two-digit decade after a possessive is an age.
		{"not-a-date", "She moved to Lisbon in her 20s and he in his late 30s.", nil},
		{"absolute", "She moved to Lisbon in the 20s and he in the late 30s.", []string{"the 20s|DATE|192", "the late 30s|DATE|193|END"}},
		{"set", "They vote twice a year.", []string{"twice a year|SET|P1Y"}},
		{"range", "Growth slowed in 2009-2010.", []string{"2009-2010|DATE|2009"}},
		// "between" two years is a range; "in 2003 and 2005" two years.
		{"range", "Prices rose between 2003 and 2005 and fell in 2007 and 2009.", []string{"2003 and 2005|DATE|2003", "2007|DATE|2007", "2009|DATE|2009"}},
		{"holiday", "Stores close on Christmas and on New Year's Day.", []string{"Christmas|DATE|2017-12-25", "New Year's Day|DATE|2018-01-01"}},
		{"era", "Japan surrendered at the end of World War II.", []string{"the end of World War II|DATE|1945|END"}},
		{"time", "The blast came at 3 p.m. and the rescue at noon.", []string{"3 p.m.|TIME|2017-11-10T15:00", "noon|TIME|2017-11-10T12:00"}},
		{"time", "He spoke this morning.", []string{"this morning|TIME|2017-11-10TMO"}},
		{"not-a-date", "The rebels held three quarters of the city and a quarter of its food.", nil},
		{"duration", "Profit rose for three quarters, in the first two quarters of 2016.", []string{"three quarters|DURATION|P9M", "the first two quarters|DURATION|P6M", "2016|DATE|2016"}},
		{"not-a-date", "The Long March began, and the Women's March to the capital; there were no battles along the March.", nil},
		// A march for a cause or on a place, named, is no month; "in March
		// for ..." and "March on Monday" are.
		{"not-a-date", "The March on Washington was peaceful, and the annual March for Life drew crowds; Europe's March against Fear followed.", nil},
		{"partial", "He left in March for Paris; prices rose in March on Monday's news.", []string{"March|DATE|2017-03", "March|DATE|2017-03", "Monday|DATE|2017-11-06"}},
		// "last" after "to", a modal or an auxiliary is the verb, outside
		// the duration; after "the" it is the duration's.
		{"duration", "The trial is expected to last six to eight weeks; supplies will probably last two more years, as they did the last two years.", []string{"six to eight weeks|DURATION|PXW", "two more years|DURATION|P2Y", "the last two years|DURATION|P2Y"}},
		// "That autumn" is one expression: the season of the time the text
		// is at; a "that" that opens a clause is not its.
		{"season", "In June 2010 the mill closed. That autumn it was sold. He said that summer was hot.", []string{"June 2010|DATE|2010-06", "That autumn|DATE|2010-FA"}},
		// A month without a year takes the year its sentence has just set:
		// one counted ("Later that year") or written at its opening.
		{"sentyear", "Elections were held on 30 January 2005. Later that year a constitution was approved, on 15 October. In 2008, in March, the army attacked.", []string{"30 January 2005|DATE|2005-01-30", "Later that year|DATE|2005|END", "15 October|DATE|2005-10-15", "2008|DATE|2008", "March|DATE|2008-03"}},
		// "N units after that" counts from the time the text is at, as
		// "N units later" does.
		{"later", "The plant closed on November 1. A week after that, workers protested; two days before that, talks had failed.", []string{"November 1|DATE|2017-11-01", "A week after that|DATE|2017-W45", "two days before that|DATE|2017-10-30"}},
		// "That August" opening a sentence is the month, not a clause.
		{"anchored", "The treaty was drafted in March 2015. That August it was signed.", []string{"March 2015|DATE|2015-03", "That August|DATE|2015-08"}},
		// "previously" after a count is "earlier"; "the four previous
		// weeks" is a duration, as "the previous four weeks" is.
		{"later", "The firm was sold two years previously. Sales fell in the four previous weeks and rose in the two following days.", []string{"two years previously|DATE|2015", "the four previous weeks|DURATION|P4W", "the two following days|DURATION|P2D"}},
		// "N years earlier" counts back from a year just written, as "N
		// years later" counts on; not from one counted ("a year ago").
		{"later", "The bank failed in 2009; five years earlier it had been sold. Sales in 2012 rose from a year earlier. The loss was $2 million a year ago and $3 million a year earlier.", []string{"2009|DATE|2009", "five years earlier|DATE|2004", "2012|DATE|2012", "a year earlier|DATE|2011", "a year ago|DATE|2016", "a year earlier|DATE|2016"}},
		// "for the next decade" is a stretch of time; "over the next year",
		// "the next year" are the calendar's.
		{"duration", "Nanjing stayed the capital for the next decade, and the fighting went on for the next year. Prices will rise over the next year.", []string{"the next decade|DURATION|P10Y", "the next year|DURATION|P1Y", "the next year|DATE|2018"}},
		// "the spring of next year" is one expression, as "May of next
		// year" is.
		{"season", "Troops will leave in the spring of next year; they arrived in the autumn of last year.", []string{"the spring of next year|DATE|2018-SP", "the autumn of last year|DATE|2016-FA"}},
		// "as recently as late 2009": the date is the time, "recently" is no
		// second one.
		{"past", "Fighting flared as recently as late 2009, and recently it stopped.", []string{"late 2009|DATE|2009|END", "recently|DATE|PAST_REF"}},
		// "the past" before a count is an adjective, not the noun PAST_REF.
		{"past", "Camps filled over the past three summers and the past few elections; in the past, it was rare.", []string{"the past|DATE|PAST_REF"}},
		// "this past weekend" is the last one, a date, not a duration.
		{"weekend", "Sales rose this past weekend.", []string{"this past weekend|DATE|2017-W44-WE"}},
		// "from now" and "from today" count from the writer's day, not
		// from a date named before.
		{"fromnow", "The results come on December 1, two weeks from now; the vote is set for 10 days from today.", []string{"December 1|DATE|2017-12-01", "two weeks from now|DATE|2017-W47", "10 days from today|DATE|2017-11-20"}},
		{"partial", "From March to June it rained; in March the March figures fell.", []string{"March|DATE|2017-03", "June|DATE|2017-06", "March|DATE|2017-03", "March|DATE|2017-03"}},
		{"march-to-after-in", "Unemployment rose in March to its highest level.", []string{"March|DATE|2017-03"}},
		{"not-a-date", "The meeting, their 20th, took place. China and Russia, two of the five members, and one of them agreed.", nil},
		{"not-a-date", "The 6-year-old boy paid $1.76 a year. Foreign Minister Jan Kavan may come.", nil},
		{"not-a-date", "He said on ABC's This Week that the school has twelve hundred students.", nil},
	}
	for _, c := range cases {
		got := tag(c.in, dct)
		var gs []string
		for _, x := range got {
			s := x.Text + "|" + x.Type + "|" + x.Value
			if x.Mod != "" {
				s += "|" + x.Mod
			}
			gs = append(gs, s)
		}
		if strings.Join(gs, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: %q\n got  %q\n want %q", c.family, c.in, gs, c.want)
		}
	}
}

func TestNoDCT(t *testing.T) {
	got := tag("They met in May and again on Monday, and yesterday.", time.Time{})
	want := []string{"XXXX-05", "XXXX-WXX-1", ""}
	if len(got) != len(want) {
		t.Fatalf("got %d expressions: %+v", len(got), got)
	}
	for i, x := range got {
		if x.Value != want[i] {
			t.Errorf("%q: value %q, want %q", x.Text, x.Value, want[i])
		}
	}
}

func TestRangeEnd(t *testing.T) {
	got := tag("Growth slowed in 2009-2010 after World War II memories faded, as between 2003 and 2005.", dct)
	if len(got) != 3 || got[0].RangeEnd != "2010" || got[1].RangeEnd != "1945" || got[2].RangeEnd != "2005" {
		t.Fatalf("got %+v", got)
	}
}

var valueRE = regexp.MustCompile(`^(|PRESENT_REF|PAST_REF|FUTURE_REF|[0-9X]{2,4}(-[0-9X]{2}(-[0-9X]{2})?|-Q[1-4X]|-H[12]|-(SP|SU|FA|WI)|-W[0-9X]{2}(-[1-7]|-WE)?)?(T([0-9]{2}(:[0-9]{2})?|MO|AF|EV|NI|DT))?|P([0-9X]+(Y|M|W|D|E|C))+|P([0-9X]+[YMD])*T([0-9X]+[HMS])+|XXXX-XX-XXT(MO|AF|EV|NI)|P([0-9]+[YMWD])+T[0-9]+H)$`)

func checkWellFormed(t *testing.T, doc *document.Document, got []Timex) {
	t.Helper()
	prev := -1
	for i, x := range got {
		if x.Start < 0 || x.End > len(doc.Text) || x.Start >= x.End {
			t.Fatalf("bad span %+v", x)
		}
		if x.Start < prev {
			t.Fatalf("not in text order: %+v", got)
		}
		prev = x.Start
		if !utf8.ValidString(doc.Text[x.Start:x.End]) && utf8.ValidString(doc.Text) {
			t.Fatalf("span cuts a rune: %+v", x)
		}
		if x.ID != "t"+itoa(i+1) {
			t.Fatalf("ID %s at %d", x.ID, i)
		}
		switch x.Type {
		case Date, Time, Duration, Set:
		default:
			t.Fatalf("bad type %+v", x)
		}
		if !valueRE.MatchString(x.Value) {
			t.Fatalf("malformed value %q for %q", x.Value, x.Text)
		}
	}
}

func itoa(i int) string {
	b := []byte{}
	for i > 0 || len(b) == 0 {
		b = append([]byte{byte('0' + i%10)}, b...)
		i /= 10
	}
	return string(b)
}

func TestValuesWellFormedOnRules(t *testing.T) {
	s := "On Nov. 10, 2017, a year ago, the next day, every Monday night, the past few weeks, 5 p.m. EST, Nov. 6, " +
		"the 1990s, mid-November, the fiscal first quarter, Easter 2016, Thanksgiving, the weekend, this week, two-year."
	doc := &document.Document{Text: s, DCT: dct}
	checkWellFormed(t, doc, Tag(doc, text.Segment(doc)))
}

func FuzzTag(f *testing.F) {
	f.Add("Abe plans to visit Russia in May. They met on Friday night, 15-minute talks, nearly two months.")
	f.Add("the 1990s 11/10/2017 2017-11-10 mid-2017 the third quarter 3 p.m. twice a year 2009-2010")
	f.Add("nineteen ninety-six twenty-four hours Feb. 30, 2017 99/99/9999 every other week")
	f.Add("\xff\xfe May 31st \u00a0 Friday's")
	f.Add("the first half of the month, nearly the second half of the decade, the end of the first quarter of the year")
	f.Add("on Oct. 12, the day before, eight days after the, expected to last two, two weeks from today, the March on Washington")
	f.Add(", the day after the day before last")
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range []time.Time{{}, dct} {
			doc := &document.Document{Text: s, DCT: d}
			checkWellFormed(t, doc, Tag(doc, text.Segment(doc)))
		}
	})
}

// BenchmarkTag tags the TimeBank texts when ../shared is present, else a
// generated text, and reports throughput.
func BenchmarkTag(b *testing.B) {
	var docs []*document.Document
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "data", "tempeval3", "TBAQ-cleaned", "TimeBank", "*.tml"))
	for _, f := range files {
		d, _, err := readTML(f)
		if err == nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		var sb strings.Builder
		for i := 0; sb.Len() < 1<<20; i++ {
			sb.WriteString("The company said on Monday that third-quarter profit rose 12% from a year earlier, ")
			sb.WriteString("and it plans to open two plants in May. Talks lasted for an hour on Friday night. ")
			sb.WriteString("Analysts expect sales to grow in the next three years, after nearly two months of delays.\n\n")
		}
		docs = append(docs, &document.Document{Text: sb.String(), DCT: dct})
	}
	var sents [][]text.Sentence
	n := 0
	for _, d := range docs {
		sents = append(sents, text.Segment(d))
		n += len(d.Text)
	}
	if _, err := os.Stat("."); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			Tag(d, sents[k])
		}
	}
}

// A date line found by the reader becomes the creation-time timex t0; it is
// outside every sentence and does not shift the numbering of the others.
func TestCreationTimeFromDateline(t *testing.T) {
	txt := "Talks resume\n\nMarch 3, 2021\n\nThe envoys met on Monday."
	d := &document.Document{Text: txt, DCT: time.Date(2021, 3, 3, 0, 0, 0, 0, time.UTC)}
	start := strings.Index(txt, "March")
	d.DCTSpan = &document.Span{Start: start, End: start + len("March 3, 2021")}
	b := strings.Index(txt, "The envoys")
	d.Body = []document.Span{{Start: 0, End: 12}, {Start: b, End: len(txt)}}
	got := Tag(d, text.Segment(d))
	if len(got) != 2 || got[0].ID != "t0" || got[0].Function != CreationTime || got[0].Value != "2021-03-03" || got[0].Sentence != -1 {
		t.Fatalf("got %+v", got)
	}
	if got[1].ID != "t1" || got[1].Value != "2021-03-01" {
		t.Errorf("Monday: %+v", got[1])
	}
	d.DCTSpan = nil
	if got := Tag(d, text.Segment(d)); len(got) != 1 {
		t.Errorf("without a date line: %+v", got)
	}
}

// Lower case and straight apostrophes can change a word's length in bytes;
// token offsets must come from the original text (a fuzz find).
func TestTokensWhoseLowerCaseChangesLength(t *testing.T) {
	for _, s := range []string{"0-00000000000000000000000Ⱦ came.", "the KȺ-day’s meeting", "Ⱥnna’s 1990-Ⱥ plan", "a mid-May’s Ⱥ"} {
		d := &document.Document{Text: s}
		for _, tx := range Tag(d, text.Segment(d)) {
			if tx.Start < 0 || tx.End > len(s) || s[tx.Start:tx.End] != tx.Text {
				t.Errorf("%q: bad span %+v", s, tx)
			}
		}
	}
}

// A story that has moved to its own time (three dates in a row far from
// the document's) anchors a month without a year there, moving forward;
// a news story that names one old date in passing keeps its months on the
// document's date.
func TestNarrativeReferenceTime(t *testing.T) {
	for _, c := range []struct {
		text string
		dct  time.Time
		want map[string]string
	}{
		{"On September 1, 1939, Germany attacked Poland. Britain declared war on September 3, 1939. By October 1939 Poland had fallen. In April, Germany invaded Norway.",
			time.Date(2009, 12, 1, 0, 0, 0, 0, time.UTC), map[string]string{"April": "1940-04"}},
		// A date that opens a sentence moves the story there at once.
		{"On September 1, 1939, Germany attacked Poland. By early October Poland had fallen. Twelve days later the last troops surrendered. In April, Germany invaded Norway. The previous year, Germany had annexed Austria.",
			time.Date(2009, 12, 1, 0, 0, 0, 0, time.UTC), map[string]string{"early October": "1939-10", "Twelve days later": "1939-10-XX", "April": "1940-04", "The previous year": "1939"}},
		// So it does after a wire dateline in the same sentence; a month
		// that opens its sentence in the year after the story's moves the
		// story there ("In June" after "In April" 1940 is June 1940).
		{"LONDON, March 12, 2013 - On September 1, 1939, Germany attacked Poland. By early October Poland had fallen. In April, Germany invaded Norway. In June, Italy declared war.",
			time.Date(2013, 3, 12, 0, 0, 0, 0, time.UTC), map[string]string{"early October": "1939-10", "April": "1940-04", "June": "1940-06"}},
		// In news, a past month that opens the sentence right after one
		// that wrote an older year "in" it is that year's; not after a
		// span's start ("since 2005"), nor a month inside its sentence.
		{"The company went bankrupt in 2009. In July it sold its plants.",
			time.Date(2013, 3, 12, 0, 0, 0, 0, time.UTC), map[string]string{"July": "2009-07"}},
		{"Prices have risen steadily since 2005. In January, the firm announced a cut.",
			time.Date(2013, 3, 12, 0, 0, 0, 0, time.UTC), map[string]string{"January": "2013-01"}},
		// ... and the sentence right after an old date to the day goes on
		// from it within the month after.
		{"Germany attacked Poland on September 1, 1939. Britain and France declared war on September 3.",
			time.Date(2013, 3, 12, 0, 0, 0, 0, time.UTC), map[string]string{"September 3": "1939-09-03"}},
		{"In March 2004, the mill closed. Its owner sold the land in July.",
			time.Date(2013, 3, 12, 0, 0, 0, 0, time.UTC), map[string]string{"July": "2004-07"}},
		// News that has told its background is back in the writer's time
		// at "today", "now" or "this week".
		{"On June 5, 2009, the mill filed for bankruptcy. It emerged a year later. Today it employs 500 people. In January, the board hired a new chief, who said on Tuesday that sales would rise in April.",
			time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC), map[string]string{"a year later": "2010", "January": "2013-01", "Tuesday": "2013-03-19", "April": "2013-04"}},
		// ... and a present or a "will" future is the writer's time, where
		// a past or a "would" stays in the story's.
		{"In March 2008, the bank collapsed. Its chief fled in May. The trial opens in June, and the verdict will come in July. He said he would return in August.",
			time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC), map[string]string{"May": "2008-05", "June": "2013-06", "July": "2013-07", "August": "2008-08"}},
		{"The two were charged in the Dec. 21, 1988, bombing. Libya agreed in April to hand them over.",
			time.Date(1999, 6, 7, 0, 0, 0, 0, time.UTC), map[string]string{"April": "1999-04"}},
		// A year the story reached by counting ("the following year",
		// "a year later") is where the next count starts; a look back
		// ("a decade earlier") and the writer's "this year" are not.
		{"The fleet sailed in 1805, again in 1806 and in 1807. The following year it wintered at Lisbon. The admiral asked for a new squadron for the following year.",
			time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), map[string]string{"The following year": "1808", "the following year": "1809"}},
		{"The canal was begun in 1820, widened in 1822 and opened in 1825. A year later the first barge sank. Two years later a second one followed.",
			time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), map[string]string{"A year later": "1826", "Two years later": "1828"}},
		{"The canal was begun in 1820, widened in 1822 and opened in 1825. A decade earlier no one had tried. Two years later a barge sank.",
			time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), map[string]string{"A decade earlier": "181", "Two years later": "1827"}},
		// In a history, "N years later" after a year named in passing (far
		// from the story's, so not moving it) counts from that year.
		{"The club was founded in 1901. It won the cup in 1902, 1903 and 1904, lost it in 1905 and 1906, and won it again in 1907 and 1908. The rivalry, which had gone on since 1908, ended in 1920; just four years later a new one began.",
			time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), map[string]string{"just four years later": "1924", "four years later": "1924"}},
		// A second far year on the same side of the story's moves it, even
		// far from the first: a history moving on in long steps.
		{"The club was founded in 1901. It won the cup in 1902, 1903 and 1904, lost it in 1905 and 1906, and won it again in 1907 and 1908. In 1915 it moved north. In 1922 it merged with a rival. In March the old stadium burned.",
			time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), map[string]string{"March": "1922-03"}},
		// A history cannot move past the document's date: a year after it
		// is foreseen, and a past "the day before" stays in the story.
		{"The war began in 2003. Battles followed in 2004, 2005, 2006 and 2007; truces in 2008, 2009 and 2010. On 3 May 2011 the leaders met and said the last troops would leave in 2016. The day before the meeting, rebels had fired on a convoy.",
			time.Date(2014, 6, 1, 0, 0, 0, 0, time.UTC), map[string]string{"The day before": "2011-05-02"}},
		// In a history told years before its writing, "today", "tonight",
		// "N years ago" and "this year" quoted are the speaker's, in the
		// story's time; the writer's own stay on the document's date.
		{"The war began in 1959. Battles followed in 1960, 1961, 1962 and 1963; truces in 1964, 1965 and 1966. In March 1969 the president said, \"I am tonight announcing a withdrawal. We made a promise two years ago, and today we keep it.\" The last troops left in 1973. Two years ago historians reopened the files.",
			time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), map[string]string{"tonight": "XXXX-XX-XXTNI", "two years ago": "1967", "today": "PRESENT_REF", "Two years ago": "2007"}},
		// ... and so is "N years ago" that a past verb of saying reports,
		// unquoted.
		{"The war began in 1959. Battles followed in 1960, 1961, 1962 and 1963; truces in 1964, 1965 and 1966. In April 1975 the president resigned; he charged that the envoy had tricked him into signing the treaty two years ago. Two years ago historians reopened the files.",
			time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), map[string]string{"two years ago": "1973", "Two years ago": "2007"}},
		// A date the sentence measures against (a high, a peak, "than",
		// "compared with") is a yardstick: the story's time stays.
		{"The strike began in 1975 and spread in 1976 and 1977. In June 1980 output fell to a low of 40 tons, below the March 1977 peak. In August the mines reopened.",
			time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), map[string]string{"August": "1980-08"}},
		{"The strike began in 1975 and spread in 1976 and 1977. In June 1980 output fell to 40 tons, as opposed to a high of 90 tons in spring 1977. In August the mines reopened.",
			time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), map[string]string{"August": "1980-08"}},
		{"The strike began in 1975 and spread in 1976 and 1977. In June 1980 fewer miners struck than in 1977. In August the mines reopened.",
			time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), map[string]string{"August": "1980-08"}},
		// A winter is named by the year it ends in: across the turn of
		// the year the season just named decides, not the story's month.
		{"The rebels rose in 1848, 1849 and 1850. The army gathered in the summer and autumn of 1851. It was led to the hills, where it passed the winter. Early in spring it marched on the capital.",
			time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), map[string]string{"the winter": "1852-WI", "Early in spring": "1852-SP"}},
		{"The rebels rose in 1848, 1849 and 1850. The capital fell on 3 February 1851, and by the middle of summer the rebels held the coast; the fleet left before the onset of winter.",
			time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), map[string]string{"winter": "1852-WI"}},
		// Months counted back across the years before the common era.
		{"The war began in 489 BC. Battles followed in 488 BC, 487 BC, 486 BC, 485 BC, 484 BC, 483 BC and 482 BC. In August 480 BC the king said, \"We lost this city fifteen months ago.\"",
			time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), map[string]string{"fifteen months ago": "BC0481-05"}},
		// A news paragraph of background years ends; the next one is back
		// in the document's time.
		{"The firm was founded in 1998, listed in 2004 and sold in 2016.\n\nThe trial began in September.",
			time.Date(2022, 1, 4, 0, 0, 0, 0, time.UTC), map[string]string{"September": "2021-09"}},
		{"The firm was founded in 1998, listed in 2004 and sold in 2016. The buyer closed it in September.",
			time.Date(2022, 1, 4, 0, 0, 0, 0, time.UTC), map[string]string{"September": "2016-09"}},
	} {
		for _, x := range tag(c.text, c.dct) {
			if want, ok := c.want[x.Text]; ok && x.Value != want {
				t.Errorf("%q in %q: value %q, want %q", x.Text, c.text, x.Value, want)
			}
		}
	}
}

// Hours and minutes counted from a day with no time of day give that day
// (or the day the count reaches), not an invented clock time.
func TestHoursFromADay(t *testing.T) {
	dct := time.Date(2023, 2, 7, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, expr, want string }{
		{"The quake struck on Monday. A second quake hit nine hours later.", "nine hours later", "2023-02-06"},
		{"The quake struck on Monday. Aftershocks came 30 hours later.", "30 hours later", "2023-02-07"},
		{"Officials spoke three hours ago.", "three hours ago", "2023-02-07"},
	} {
		found := false
		for _, x := range tag(c.text, dct) {
			if x.Text == c.expr {
				found = true
				if x.Value != c.want {
					t.Errorf("%q: value %q, want %q", c.expr, x.Value, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q not tagged in %q", c.expr, c.text)
		}
	}
}

// TestSeasonDecember: December is in the next year's winter, so "next
// spring" written then is the spring after it.
func TestSeasonDecember(t *testing.T) {
	got := tag("The plant reopens next spring.", time.Date(2017, 12, 20, 0, 0, 0, 0, time.UTC))
	if len(got) != 1 || got[0].Value != "2018-SP" {
		t.Fatalf("got %+v", got)
	}
}

// TestThisSeasonDecember: "this summer" written in December is the one
// just gone; "this winter" the one that has begun.
func TestThisSeasonDecember(t *testing.T) {
	d := time.Date(2017, 12, 20, 0, 0, 0, 0, time.UTC)
	for in, want := range map[string]string{
		"The dam was finished this summer.": "2017-SU",
		"Talks stalled this fall.":          "2017-FA",
		"Snow is heavy this winter.":        "2018-WI",
		"Prices fell last fall.":            "2017-FA",
		"The park opens next summer.":       "2018-SU",
	} {
		got := tag(in, d)
		if len(got) != 1 || got[0].Value != want {
			t.Errorf("%q: got %+v, want %s", in, got, want)
		}
	}
}

// TestMonthInSeason: a month just after a season the text placed is in
// that season, whichever year the season was given: the two never
// disagree ("Spring offensives. At the end of March ...").
func TestMonthInSeason(t *testing.T) {
	for _, in := range []string{
		"The rebels rose in 1844, 1845, 1846, 1847, 1848, 1849 and 1850. Talks failed in 1851 and again in December 1852.\n\nSpring offensives\n\nAt the end of March the army attacked the port.",
		"The rebels rose in 1844, 1845, 1846, 1847, 1848, 1849 and 1850. Talks failed in 1851 and again in December 1852. The spring offensive went well: in April the army took the port.",
		"The rebels rose in 1844, 1845, 1846, 1847, 1848, 1849 and 1850. Talks failed in 1851 and again in October 1852. The army passed the winter in the hills, and in February it marched.",
	} {
		season, month := "", ""
		for _, x := range tag(in, time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC)) {
			switch {
			case strings.HasSuffix(x.Value, "-SP") || strings.HasSuffix(x.Value, "-WI"):
				season = x.Value
			case len(x.Value) == 7 && season != "" && month == "":
				month = x.Value
			}
		}
		if season == "" || month == "" || season[:4] != month[:4] {
			t.Errorf("%q: season %q, month %q: want the same year", in, season, month)
		}
	}
}

// TestNewsLead: a report whose lead dates its news by a weekday stays news
// however many old years its background names (a career's): a month, a
// day and a weekday without a year after them are the news's, not the
// last year named. The same text without such a lead reads as a history.
func TestNewsLead(t *testing.T) {
	body := "\n\nThe inquiry published a 400-page report on October 3 that included testimony from 19 players.\n\n" +
		"Ferri, who was first accused in 1996, won his first title in 1999 and his fifth in 2005, when he moved abroad. He returned to the league in 2009 and quit for good in 2016. He has always denied fixing matches, and in August he refused to testify, calling the inquiry a farce.\n\n" +
		"On October 17 his sponsor ended its contract with the coach, and he stepped down as head of the youth academy he founded in 1997.\n\n" +
		"The league's president said the titles from 1999 to 2005 would not be given to other clubs. The association's board will meet on Tuesday to decide whether to ask Ferri to return his prize money. Its chairman denied that officials had hidden a 2001 match report.\n"
	cases := []struct{ lead, want string }{
		{"The football association banned coach Marco Ferri for life on Monday, accepting the findings of an inquiry into fixed matches.",
			"August|2017-08 October 17|2017-10-17 Tuesday|2017-11-14"},
		{"The football association has banned coach Marco Ferri for life, accepting the findings of an inquiry into fixed matches.",
			"August|2009-08 October 17|2009-10-17 Tuesday|2009-10-20"},
	}
	for _, c := range cases {
		var got []string
		for _, x := range tag("Football body bans Ferri for life\n\n"+c.lead+body, dct) {
			switch x.Text {
			case "August", "October 17", "Tuesday":
				got = append(got, x.Text+"|"+x.Value)
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.lead, g, c.want)
		}
	}
}

// TestTimeOfDayOnTheNewsDay: in a paper written the day after its news, a
// time of day alone is the news's day, which the lead named; in a report
// it is the day of writing, and with a lead of the paper's own day too.
// After a day's evening, an hour of the small hours is the next day's.
func TestTimeOfDayOnTheNewsDay(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Storm floods Hamburg port\n\nA storm flooded the port of Hamburg on Thursday, forcing ships out to sea. Cranes stood idle. Trains stopped. The first wave hit the harbour at about 6:40 p.m. Tugs were sent. Roads closed. The port authority said at 9 a.m. that the quays would reopen.",
			"Thursday|2017-11-09 about 6:40 p.m.|2017-11-09T18:40 9 a.m.|2017-11-10T09:00"},
		{"Storm floods Hamburg port\n\nA storm flooded the port of Hamburg on Friday, forcing ships out to sea. The first wave hit the harbour at about 6:40 a.m.",
			"Friday|2017-11-10 about 6:40 a.m.|2017-11-10T06:40"},
		// An hour of the small hours after a day's evening: the next day.
		{"Ferry sinks in the Baltic\n\nThe ferry sank in the Baltic early on Friday. It had left Tallinn on Thursday evening. Shortly after 1 a.m., the crew sent a mayday.",
			"Friday|2017-11-10 Thursday evening|2017-11-09TEV 1 a.m.|2017-11-10T01:00"},
	} {
		var got []string
		for _, x := range tag(c.in, dct) {
			got = append(got, x.Text+"|"+x.Value)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.in, g, c.want)
		}
	}
}
