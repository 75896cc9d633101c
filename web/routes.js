// Links that must still land after the project changed, or in a browser
// that has never seen it. An identity's id (c7) is the core's number for it
// in one analysis: adding files or a correction can renumber identities, so
// the address bar carries the name too (#entity/c7/Sergei%20Lavrov), and a
// link whose id now names someone else is sent to the identity of that
// name. A link to something that is not there says so, in words.

import { el } from './dom.js';
import { clusterHref } from './model.js';

const decode = (part) => {
  try {
    return decodeURIComponent(part ?? '');
  } catch {
    return part ?? '';
  }
};

/** The address of an identity's page with its name: the form the address bar shows. */
export const namedClusterHref = (cluster) => `${clusterHref(cluster.id)}/${encodeURIComponent(cluster.name)}`;

const names = (cluster) => [cluster.name, ...(cluster.aliases ?? [])];

/**
 * Where `route` + `params` (the hash, split at '/') lands in `model`:
 *   {ok: true}: render it as it is;
 *   {redirect: hash}: the same place under its current address;
 *   {missing: {title, detail, links: [[label, href]]}}: nothing there.
 */
export function resolveRoute(model, route, params) {
  if (route === 'entity')
    return resolveEntity(model, decode(params[0]), params[1] === undefined ? null : decode(params[1]));
  if (route === 'reader' && params[0] !== undefined) {
    const name = decode(params[0]);
    if (model.byName.has(name)) return { ok: true };
    return {
      missing: {
        title: `There is no article “${name}” in this project.`,
        detail: 'The link may come from another project, or the file was removed from this one.',
        links: [['All articles', '#articles']],
      },
    };
  }
  return { ok: true };
}

function resolveEntity(model, id, name) {
  const cluster = model.clusterById.get(id);
  if (cluster && (name === null || names(cluster).includes(name))) {
    return name === cluster.name ? { ok: true } : { redirect: namedClusterHref(cluster) };
  }
  if (name !== null) {
    const exact = model.clusters.find((c) => c.name === name) ?? model.clusters.find((c) => names(c).includes(name));
    if (exact) return { redirect: namedClusterHref(exact) };
    return {
      missing: {
        title: `“${name}” is not an identity in this project any more.`,
        detail:
          'A correction may have merged it into another identity or marked it as not a name, or the articles that named it were removed.',
        links: [
          [`Search the articles for “${name}”`, `#search/${encodeURIComponent(name)}`],
          ['All people, organisations and places', '#entities'],
        ],
      },
    };
  }
  return {
    missing: {
      title: `There is no identity “${id}” in this project.`,
      detail: `The link may come from another project, or from before the articles changed (this project has ${model.clusters.length.toLocaleString('en')} identities).`,
      links: [['All people, organisations and places', '#entities']],
    },
  };
}

/** The panel's explanation of a link to something that is not there. */
export function renderMissing(panel, { title, detail, links }) {
  panel.replaceChildren(
    el(
      'div',
      { class: 'missing', role: 'note' },
      el('h3', {}, title),
      detail && el('p', {}, detail),
      el(
        'p',
        {},
        links.map(([label, href], i) => [i ? ' · ' : '', el('a', { href }, label)]),
      ),
    ),
  );
}

/** What a link means when no project is open (a new browser, or the project was deleted). */
export function describeLinkWithoutProject(hash) {
  const [route, first] = hash.replace(/^#/, '').split('/');
  const what =
    route === 'entity'
      ? 'an identity'
      : route === 'reader'
        ? `the article “${decode(first)}”`
        : route === 'search'
          ? 'a search'
          : route
            ? 'a view'
            : null;
  return what && `This link opens ${what} of a Presslens project`;
}
