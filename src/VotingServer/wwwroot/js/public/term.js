// The term a public page is about: ?term= in the address, else the newest term. No credential is needed.
import { api } from '/js/common/api.js';
import { $ } from '/js/common/dom.js';

/** Resolves with the term ({ id, name, collectingYear }) and shows its name under the page title; null when there is none. */
export async function publicTerm() {
  const terms = await api(null, '/api/public/terms');
  const asked = Number(new URLSearchParams(location.search).get('term'));
  const term = terms.find((t) => t.id === asked) ?? terms[0] ?? null;
  if (term) $('#term-name').textContent = term.name;
  return term;
}
