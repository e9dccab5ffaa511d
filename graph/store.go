package graph

import (
	"sync"

	lib "github.com/dominikbraun/graph"
)

// store is the graph's lib.Store: the library's in-memory store, but
// sized up front and with all edges in one map. The library's own store
// grows its maps from empty and keeps two maps per node (its edges out
// and in), each edge stored twice: building a corpus graph spent more on
// those maps than on anything of its own. Like the library's store it
// takes a lock, so that a graph behaves the same under concurrent use.
type store struct {
	mu       sync.RWMutex
	vertices map[string]vertexEntry
	edges    map[[2]string]lib.Edge[string] // source, target -> edge
}

type vertexEntry struct {
	n *Node
	p lib.VertexProperties
}

func newStore(nodes, edges int) *store {
	return &store{vertices: make(map[string]vertexEntry, nodes), edges: make(map[[2]string]lib.Edge[string], edges)}
}

func (s *store) AddVertex(k string, n *Node, p lib.VertexProperties) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.vertices[k]; ok {
		return lib.ErrVertexAlreadyExists
	}
	s.vertices[k] = vertexEntry{n: n, p: p}
	return nil
}

func (s *store) Vertex(k string) (*Node, lib.VertexProperties, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.vertices[k]
	if !ok {
		return nil, lib.VertexProperties{}, lib.ErrVertexNotFound
	}
	return v.n, v.p, nil
}

// RemoveVertex looks through every edge: the graph never removes nodes
// (the library's API is kept whole).
func (s *store) RemoveVertex(k string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.vertices[k]; !ok {
		return lib.ErrVertexNotFound
	}
	for e := range s.edges {
		if e[0] == k || e[1] == k {
			return lib.ErrVertexHasEdges
		}
	}
	delete(s.vertices, k)
	return nil
}

func (s *store) ListVertices() ([]string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]string, 0, len(s.vertices))
	for k := range s.vertices {
		out = append(out, k)
	}
	return out, nil
}

func (s *store) VertexCount() (int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.vertices), nil
}

func (s *store) AddEdge(from, to string, e lib.Edge[string]) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.edges[[2]string{from, to}] = e
	return nil
}

func (s *store) UpdateEdge(from, to string, e lib.Edge[string]) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := [2]string{from, to}
	if _, ok := s.edges[k]; !ok {
		return lib.ErrEdgeNotFound
	}
	s.edges[k] = e
	return nil
}

func (s *store) RemoveEdge(from, to string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.edges, [2]string{from, to})
	return nil
}

func (s *store) Edge(from, to string) (lib.Edge[string], error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.edges[[2]string{from, to}]
	if !ok {
		return lib.Edge[string]{}, lib.ErrEdgeNotFound
	}
	return e, nil
}

func (s *store) ListEdges() ([]lib.Edge[string], error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]lib.Edge[string], 0, len(s.edges))
	for _, e := range s.edges {
		out = append(out, e)
	}
	return out, nil
}
