import { createHash, timingSafeEqual } from 'node:crypto';

export type Scope = 'read' | 'write';

/** A caller identified by key. `id` is a short digest of the key, safe to log and to rate-limit on. */
export interface ApiKeyIdentity {
  id: string;
  scope: Scope;
}

/** A configured key: only its SHA-256 digest is kept in memory. */
export interface ApiKey extends ApiKeyIdentity {
  digest: Buffer;
}

// Keys are opaque tokens; the lower bound keeps guessable keys out, the character set keeps them
// copy-pasteable into a header and free of the list separators.
const KEY_SHAPE = /^[A-Za-z0-9._~+/=-]{16,256}$/;

const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * Parses `key:scope` entries separated by commas or new lines (blank lines and `#` comments
 * allowed, so the same text works inline in API_KEYS and as the API_KEYS_FILE contents).
 * Error messages name the entry number, never the key itself.
 */
export function parseApiKeys(spec: string, source: string): ApiKey[] {
  const keys: ApiKey[] = [];
  const entries = spec
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '' && !entry.startsWith('#'));
  entries.forEach((entry, index) => {
    const where = `${source} entry ${index + 1}`;
    const separator = entry.lastIndexOf(':');
    const key = separator === -1 ? entry : entry.slice(0, separator);
    const scope = separator === -1 ? '' : entry.slice(separator + 1).trim();
    if (scope !== 'read' && scope !== 'write') {
      throw new Error(`${where}: expected <key>:read or <key>:write`);
    }
    if (!KEY_SHAPE.test(key)) {
      throw new Error(`${where}: a key is 16 to 256 characters of A-Z a-z 0-9 . _ ~ + / = -`);
    }
    const digest = sha256(key);
    const id = digest.toString('hex').slice(0, 12);
    if (keys.some((known) => known.id === id)) {
      throw new Error(`${where}: the same key is listed twice`);
    }
    keys.push({ id, scope, digest });
  });
  return keys;
}

/** Looks a presented key up in constant time: every stored digest is compared, whatever matches. */
export function findApiKey(keys: readonly ApiKey[], presented: string): ApiKeyIdentity | undefined {
  const digest = sha256(presented);
  let found: ApiKey | undefined;
  for (const key of keys) {
    if (timingSafeEqual(key.digest, digest) && found === undefined) found = key;
  }
  return found && { id: found.id, scope: found.scope };
}
