// Semantic search over the chunks of every document; each hit links to the page it comes from.

import {api} from './api.js';
import {h, fill} from './dom.js';
import {pageRange} from './format.js';
import {typeFilter} from './types.js';

const SNIPPET = 320;

export function searchView(parameters) {
    const q = (parameters.get('q') || '').trim();
    const docType = /^[a-z][a-z0-9_]{0,62}$/.test(parameters.get('docType') ?? '') ? parameters.get('docType') : '';
    document.title = `Search: ${q} · Pageflow`;
    document.getElementById('search-input').value = q;
    const results = h('ol', {class: 'search-results', 'aria-busy': 'true'});
    const status = h('p', {role: 'status'}, 'Searching…');
    const typeSelect = typeFilter('search-type-filter', docType, 'Documents of every type', (e) => {
        location.hash = `#/search?${new URLSearchParams(Object.entries({q, docType: e.target.value}).filter(([, v]) => v))}`;
    });
    const element = h('section', {},
        h('div', {class: 'view-heading'}, h('h1', {}, `Search: “${q}”`),
            h('label', {class: 'inline'}, 'In ', typeSelect)),
        status, results);

    api.search(q, undefined, docType || undefined).then((hits) => {
        results.removeAttribute('aria-busy');
        status.textContent = hits.length === 0 ? `Nothing indexed matches yet${docType ? ` in documents of type ${docType}` : ''}.`
            : `${hits.length} passages${docType ? ` in documents of type ${docType}` : ''}, most similar first.`;
        fill(results, hits.map(hit));
    }).catch((e) => {
        status.textContent = `Search failed: ${e.message}`;
    });
    return {element, dispose: () => {}};
}

function hit(result) {
    const text = result.text.replace(/\s+/g, ' ').trim();
    const target = result.jobId ? `#/jobs/${result.jobId}/pages/${result.pageStart}` : null;
    return h('li', {},
        h('p', {class: 'hit-title'},
            target ? h('a', {href: target}, `${result.title || `Document ${result.documentId}`}, ${pageRange(result.pageStart, result.pageEnd)}`)
                : pageRange(result.pageStart, result.pageEnd),
            h('span', {class: 'muted'}, ` · similarity ${result.score.toFixed(2)}`)),
        h('p', {class: 'snippet'}, text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text));
}
