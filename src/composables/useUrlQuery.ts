import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router'

/** Reads and patches the URL query; `undefined` removes a key, other keys are kept. */
export function useUrlQuery() {
  const route = useRoute()
  const router = useRouter()
  function patch(values: Record<string, string | undefined>) {
    const query: LocationQueryRaw = { ...route.query }
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete query[key]
      else query[key] = value
    }
    return router.replace({ query })
  }
  return { route, patch }
}
