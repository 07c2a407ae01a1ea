// Imported first by main.ts. The engine's worker, and with it the wasm download and compile, start while the
// entry module is still evaluating: on two cores the engine compiles while Vue mounts, instead of after.
import { provideEngine, startEngine } from './db'
import { createWasmEngine } from './wasm-engine'

provideEngine(createWasmEngine)
// A failure here is reported when the first dataset loads (startEngine forgets a failed start).
void startEngine().catch(() => {})
