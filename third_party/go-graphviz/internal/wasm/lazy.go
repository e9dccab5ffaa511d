package wasm

// Chronicle patch. Upstream compiles and instantiates the WASM module in
// this package's init, so every program that links go-graphviz pays for it
// at start-up, and it caches the compiled machine code in
// $TMPDIR/go-graphviz whoever owns that folder. Here the module loads on
// first use (Load, once per process), and the wazero runtime uses the
// compilation cache the program sets with SetCompilationCache: none unless
// it sets one; never a shared folder.

import (
	"context"
	"fmt"
	"sync"

	"github.com/tetratelabs/wazero"
)

var (
	loadOnce sync.Once
	loadErr  error

	cacheMu sync.Mutex
	cache   wazero.CompilationCache
	started bool // Load has begun: the cache can no longer change

	onLoad []func(context.Context) error

	// wasmFS is the file system the module sees, set by SetWasmFileSystem
	// before or after the module loads.
	wasmFS = &WasmFileSystem{}
)

// SetCompilationCache sets the compilation cache of the runtime that Load
// creates. It reports false, and changes nothing, once Load has begun.
func SetCompilationCache(c wazero.CompilationCache) bool {
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if started {
		return false
	}
	cache = c
	return true
}

func runtimeConfig() wazero.RuntimeConfig {
	cacheMu.Lock()
	defer cacheMu.Unlock()
	cfg := wazero.NewRuntimeConfig()
	if cache != nil {
		cfg = cfg.WithCompilationCache(cache)
	}
	return cfg
}

// OnLoad registers f to run once the module is loaded, in registration
// order. The packages built on this one call it from their init.
func OnLoad(f func(context.Context) error) {
	onLoad = append(onLoad, f)
}

// Load compiles and instantiates the module and runs the OnLoad functions,
// once per process; every call returns the first call's error. The entry
// points of cgraph, gvc and cdt call it before touching the module.
func Load() error {
	loadOnce.Do(func() {
		cacheMu.Lock()
		started = true
		cacheMu.Unlock()
		defer func() {
			if p := recover(); p != nil {
				loadErr = fmt.Errorf("go-graphviz: loading the WASM module: %v", p)
			}
		}()
		load()
		ctx := context.Background()
		for _, f := range onLoad {
			if err := f(ctx); err != nil {
				loadErr = fmt.Errorf("go-graphviz: setting up the WASM module: %w", err)
				return
			}
		}
	})
	return loadErr
}
