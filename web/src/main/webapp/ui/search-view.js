// Search over the chunks of every document, by words and meaning; each hit links to the page it comes from and
// shows its snippet with the matched words marked.

import {api} from './api.js';
import {h, fill} from './dom.js';
import {pageRange} from './format.js';
import {typeFilter} from './types.js';

const SNIPPET = 320;
const ENTITIES = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'"};

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
            : `${hits.length} passages${docType ? ` in documents of type ${docType}` : ''}, best first.`;
        fill(results, hits.map(hit));
    }).catch((e) => {
        status.textContent = `Search failed: ${e.message}`;
    });
    return {element, dispose: () => {}};
}

function hit(result) {
    const target = result.jobId ? `#/jobs/${result.jobId}/pages/${result.pageStart}` : null;
    const how = (result.matchedBy ?? []).map((by) => (by === 'text' ? 'words' : 'meaning')).join(' and ');
    return h('li', {},
        h('p', {class: 'hit-title'},
            target ? h('a', {href: target}, `${result.title || `Document ${result.documentId}`}, ${pageRange(result.pageStart, result.pageEnd)}`)
                : pageRange(result.pageStart, result.pageEnd),
            h('span', {class: 'muted'}, how ? ` · matched by ${how}` : '')),
        h('p', {class: 'snippet'}, result.snippet ? marked(result.snippet) : excerpt(result.text)));
}

function excerpt(text) {
    const plain = text.replace(/\s+/g, ' ').trim();
    return plain.length > SNIPPET ? `${plain.slice(0, SNIPPET)}…` : plain;
}

/**
 * The API's snippet is escaped text whose only tags are <mark> and </mark>: split on them and add text nodes
 * (never innerHTML), so that nothing in a page's text can become markup.
 */
function marked(snippet) {
    const unescape = (part) => part.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
    return snippet.split(/(<mark>.*?<\/mark>)/).filter((part) => part).map((part) => part.startsWith('<mark>')
        ? h('mark', {}, unescape(part.slice(6, -7))) : unescape(part));
}
