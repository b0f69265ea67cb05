/**
 * What a list repeats (amounts, a column's values, the words of a Reason), each worked out once:
 * a cache that keeps the first `limit` values it is given and then takes no more.
 *
 * It is never emptied to make room. On a list whose values rarely repeat (a CRM's deal amounts,
 * dates years out under the invitation caps) a cache emptied when full filled again and again,
 * and what it held outlived the engine's young collections: on 3M rows of a HubSpot-shaped export,
 * 25 MB more heap through the command line's second pass and a full collection every half second.
 * Kept, the first values still serve a list that repeats them; a value past the limit is worked
 * out each time, and its garbage dies young.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, limit = CACHE_LIMIT): V {
  if (cache.size < limit) cache.set(key, value);
  return value;
}

/** Values a cache keeps unless told otherwise. */
const CACHE_LIMIT = 4096;
