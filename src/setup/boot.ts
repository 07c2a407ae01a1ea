// Imported first by main.ts: the engine is the app's first request for work, started once the first frame
// is on screen. Its wasm compile uses the second core; begun during the mount it delayed the first paint,
// and a worker thread cannot start while the mount holds the main thread anyway.
import { afterFirstPaint } from './paint'
import { markEngineRunning, provideEngine, startEngine } from '../data/db'
import { createWasmEngine } from '../data/wasm-engine'

provideEngine(() => afterFirstPaint().then(() => createWasmEngine(markEngineRunning)))
// A failure here is reported when the first dataset loads (startEngine forgets a failed start).
void startEngine().catch(() => {})
