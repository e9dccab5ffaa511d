package event

import (
	"math/bits"
	"testing"
)

// Every bit of relSet has its relation's name, once.
func TestRelByName(t *testing.T) {
	var all relSet
	for name, b := range relByName {
		if bits.OnesCount64(uint64(b)) != 1 || all&b != 0 {
			t.Errorf("%s: bit %b not one of its own", name, b)
		}
		all |= b
	}
	if all != relOblAgent<<1-1 {
		t.Errorf("relations with no name: %b", ^all&(relOblAgent<<1-1))
	}
	for rel, want := range map[string]relSet{
		"nsubj": relNsubj, "nsubj:pass": relNsubj | relNsubjPass, "obl:tmod": relObl,
		"punct": 0, "aux:pass": relAux | relAuxPass, "acl:relcl": relAcl | relAclRelcl, "obl:agent": relObl | relOblAgent,
	} {
		if got := relBits(rel); got != want {
			t.Errorf("relBits(%q) = %b, want %b", rel, got, want)
		}
	}
}

// relOf, the switch, agrees with relByName.
func TestRelOf(t *testing.T) {
	for name, b := range relByName {
		if got := relOf(name); got != b {
			t.Errorf("relOf(%q) = %b, want %b", name, got, b)
		}
	}
	for _, r := range []string{"", "root", "punct", "nsubj:outer", "Nsubj"} {
		if got := relOf(r); got != 0 {
			t.Errorf("relOf(%q) = %b, want 0", r, got)
		}
	}
}
