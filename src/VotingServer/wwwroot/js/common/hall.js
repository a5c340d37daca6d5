// The hall's venue servers (GET /api/servers), which a tablet or a page moves between when its connection is lost
// (docs/protocol.md 2.7). Asked at each start, and kept for a start when it cannot be asked.
import { api } from './api.js';

const key = 'pc.servers';

/** The list from the page's own server when it answers; else the one kept last time; else the page's own alone. */
export async function hallServers() {
  try {
    const { servers } = await api(null, '/api/servers');
    localStorage.setItem(key, JSON.stringify(servers));
    return servers;
  } catch {
    const kept = JSON.parse(localStorage.getItem(key) ?? 'null');
    return Array.isArray(kept) && kept.length ? kept : [location.origin];
  }
}

/** The server to start on: the page's own when the list names it, else the first. */
export const firstServer = (servers) => Math.max(0, servers.indexOf(location.origin));
