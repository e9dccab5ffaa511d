package eval

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/timeml"
)

const anchorTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
The company <EVENT eid="e1" class="REPORTING">said</EVENT> it <EVENT eid="e2" class="OCCURRENCE">sold</EVENT> the unit <TIMEX3 tid="t1" type="DATE" value="2013-03-18">on Monday</TIMEX3> and will <EVENT eid="e3" class="OCCURRENCE">close</EVENT> a plant.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t0"/>
<TLINK lid="l2" relType="IS_INCLUDED" timeID="t1" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="AFTER" eventInstanceID="ei3" relatedToTime="t0"/>
</TimeML>
`

func TestAnchors(t *testing.T) {
	d, err := timeml.Parse([]byte(anchorTML))
	if err != nil {
		t.Fatal(err)
	}
	gold := GoldAnchors(d)
	if len(gold) != 2 || gold[0].Text != "said" || !gold[0].ToDCT || gold[1].Text != "sold" || gold[1].Value != "2013-03-18" || gold[1].ToDCT {
		t.Fatalf("gold anchors %+v", gold)
	}
	var s AnchorScore
	s.Add("x", gold, []SystemDate{
		{Span: gold[0].Span, Value: "2013-03-22"},
		{Span: document.Span{Start: gold[1].Span.Start, End: gold[1].Span.End}, Value: "2013-03-11"},
	})
	if s.Gold != [2]int{1, 1} || s.Found != [2]int{1, 1} || s.Right != [2]int{0, 1} || len(s.Errors) != 1 {
		t.Errorf("score %+v", s)
	}
}
