// The phone's sections between sittings, one link each at the top of every screen; a section's screen is in main.js.
import { $, fill, h } from '/js/common/dom.js';

const sections = [
  { id: 'mine', label: '我的建议' },
  { id: 'propose', label: '提出建议' },
  { id: 'projects', label: '我监督的项目' },
];

/**
 * Shows the links, the one of `current` marked as the page the deputy is on, or as the section of it when `within`
 * (a suggestion opened from 我的建议, a project from 我监督的项目); null hides them (signed out).
 */
export function showNavigation(current, within = false) {
  const nav = $('#phone-nav');
  nav.hidden = current === null;
  fill(
    nav,
    h(
      'ul',
      {},
      sections.map((section) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: `#${section.id}`, 'aria-current': section.id === current ? (within ? 'true' : 'page') : null },
            section.label,
          ),
        ),
      ),
    ),
  );
}
