import { sha256 } from '@noble/hashes/sha2.js'

// SHA-256 in JavaScript: Web Crypto exists only in secure contexts, and an intranet site is usually plain http on a
// host name, where `crypto.subtle` is undefined.

/** Lower-case hex of a digest. */
export const hex = (digest: Uint8Array) => [...digest].map((b) => b.toString(16).padStart(2, '0')).join('')

/** The hex sha256 of some bytes. */
export const sha256Hex = (bytes: Uint8Array) => hex(sha256(bytes))

/** A sha256 fed piece by piece, for bytes that arrive in chunks. */
export const sha256Stream = () => sha256.create()
