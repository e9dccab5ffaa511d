package pipeline

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/chronicle-news/chronicle/internal/document"
)

// Source is one input: a path to read, or an already-open reader.
type Source struct {
	Name string                               // what errors name: the path, or "stdin"
	Read func() ([]*document.Document, error) // reads the input into documents
}

// Output is what Run hands back for one source, in input order: the results
// of its documents, or the error that stopped it being read.
type Output struct {
	Source  string
	Results []*Result
	Err     error
}

// Run reads and processes sources on up to workers goroutines (0 means
// GOMAXPROCS) and calls emit for each source in input order. At most
// 2×workers sources are in flight, so memory stays flat however many
// documents stream through. If emit returns an error, Run stops early and
// returns it.
func Run(sources []Source, workers int, emit func(Output) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := 2 * workers
	// One slot per source in flight, reused round the ring: source i and
	// source i+window are never in flight together (the feeder waits for
	// a free place in the window, and the emitter frees places in order).
	slots := make([]chan Output, window)
	for i := range slots {
		slots[i] = make(chan Output, 1)
	}
	jobs := make(chan int)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				slots[i%window] <- process(sources[i])
			}
		}()
	}
	// Feed jobs, never more than window ahead of the emitter.
	ahead := make(chan struct{}, window)
	go func() {
		defer close(jobs)
		for i := range sources {
			select {
			case ahead <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case jobs <- i:
			case <-stop:
				return
			}
		}
	}()
	var err error
	for i := range sources {
		out := <-slots[i%window]
		<-ahead
		if err = emit(out); err != nil {
			break
		}
	}
	close(stop) // the feeder returns and closes jobs; workers never block on a slot
	wg.Wait()
	return err
}

// process reads one source and runs the stages, turning a panic in any
// stage into an error for that source so one bad document never stops a run.
func process(s Source) (out Output) {
	out.Source = s.Name
	defer func() {
		if r := recover(); r != nil {
			out.Results = nil
			out.Err = panicError{s.Name, r}
		}
	}()
	docs, err := s.Read()
	if err != nil {
		out.Err = err
		return out
	}
	for _, d := range docs {
		out.Results = append(out.Results, Process(d))
	}
	return out
}

type panicError struct {
	name string
	v    any
}

func (p panicError) Error() string {
	return "internal error while processing " + p.name + ": " + fmt.Sprint(p.v) + " (please report this with the file)"
}
