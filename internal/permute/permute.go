// Package permute reorders a slice in place by a permutation of its
// indexes: sorting large records by index (cheap swaps of int32s) and then
// moving each record once, which the graph, timeline and event stages do
// with the records they sort.
package permute

// Apply reorders s in place so that the new s[i] is the old s[idx[i]]
// (idx a permutation of s's indexes), following each cycle with one
// element in hand: no copy of s. It leaves idx scrambled.
func Apply[T any](s []T, idx []int32) {
	for i := range idx {
		if idx[i] < 0 {
			continue // moved in an earlier cycle
		}
		tmp := s[i]
		j := i
		for {
			k := int(idx[j])
			idx[j] = -1
			if k == i {
				s[j] = tmp
				break
			}
			s[j] = s[k]
			j = k
		}
	}
}
