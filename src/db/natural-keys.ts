// Slugs, for the callers that import them from here; the rule lives in domain/natural-keys.ts.
export { slugOf } from '../domain/natural-keys';
