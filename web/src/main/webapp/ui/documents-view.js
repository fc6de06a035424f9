// Every document, newest first, with its status (processing, ready, failed), its type and its key fields;
// filtered by type and status (GET /api/documents). Each leads to its job.

import {api} from './api.js';
import {h, reconcile, statusBadge} from './dom.js';
import {ago, dateTime, number} from './format.js';
import {Poller} from './poller.js';
import {documentTypes, fieldLabel, typeFilter} from './types.js';

const STATUSES = ['processing', 'ready', 'failed'];
const PAGE_SIZE = 50;
const MOST = 1000; // the API's largest page
const KEY_FIELDS = 4;

export function documentsView(parameters) {
    const status = STATUSES.includes(parameters.get('status')) ? parameters.get('status') : '';
    const docType = /^[a-z][a-z0-9_]{0,62}$/.test(parameters.get('docType') ?? '') ? parameters.get('docType') : '';
    document.title = 'Documents · Pageflow';
    let shown = PAGE_SIZE;

    const navigate = (change) => {
        const query = new URLSearchParams(Object.entries({docType, status, ...change}).filter(([, v]) => v)).toString();
        location.hash = query ? `#/documents?${query}` : '#/documents';
    };
    const typeSelect = typeFilter('type-filter', docType, 'All types', (e) => navigate({docType: e.target.value}));
    const statusSelect = h('select', {id: 'document-status-filter', onchange: (e) => navigate({status: e.target.value})},
        h('option', {value: ''}, 'All statuses'), STATUSES.map((s) => h('option', {value: s, selected: s === status}, s)));
    const body = h('tbody');
    const more = h('button', {type: 'button', hidden: true, onclick: () => {
        shown = Math.min(shown + PAGE_SIZE, MOST);
        poller.start();
    }}, 'Show more');
    const empty = h('p', {class: 'empty', hidden: true}, docType || status ? 'No documents match the filter. ' : 'No documents yet. ',
        h('a', {href: '#/upload'}, 'Upload a document'));

    const element = h('section', {class: 'documents'},
        h('div', {class: 'view-heading'}, h('h1', {}, 'Documents'),
            h('div', {class: 'filters'},
                h('label', {class: 'inline'}, 'Type ', typeSelect),
                h('label', {class: 'inline'}, 'Status ', statusSelect))),
        h('table', {class: 'job-table document-table'},
            h('caption', {class: 'visually-hidden'}, 'Documents, newest first'),
            h('thead', {}, h('tr', {},
                h('th', {scope: 'col'}, 'Document'), h('th', {scope: 'col'}, 'Type'), h('th', {scope: 'col'}, 'Status'),
                h('th', {scope: 'col'}, 'Key fields'), h('th', {scope: 'col'}, 'Pages'), h('th', {scope: 'col'}, 'Uploaded'))),
            body),
        empty, more);

    let required = null; // type name → its required fields: the key fields shown
    const poller = new Poller(async () => {
        required ??= new Map((await documentTypes()).map((type) => [type.name, type.definition?.schema?.required ?? []]));
        const documents = await api.documents(docType, status, 0, shown);
        reconcile(body, documents, (d) => d.id, (d) => row(d, required.get(d.docType) ?? []));
        empty.hidden = documents.length > 0;
        more.hidden = documents.length < shown || shown === MOST;
        return documents.some((d) => d.status === 'processing');
    }, 3000);
    poller.start();
    return {element, dispose: () => poller.stop()};
}

/** A document's row; its key fields are its type's required ones, else the first few it has. */
function row(document, keys) {
    const values = document.fields ?? {};
    const simple = (name) => values[name] !== null && values[name] !== undefined && typeof values[name] !== 'object';
    const named = keys.filter(simple);
    const fields = (named.length ? named : Object.keys(values).filter(simple)).map((name) => [name, values[name]]);
    return h('tr', {'data-document': document.id},
        h('td', {'data-label': 'Document'}, h('a', {href: `#/jobs/${document.jobId}`}, document.title || `Document ${document.id}`),
            h('span', {class: 'muted'}, ` #${document.id}`)),
        h('td', {'data-label': 'Type', class: 'doc-type'}, document.docType ?? h('span', {class: 'muted'}, 'not yet')),
        h('td', {'data-label': 'Status'}, statusBadge(document.status)),
        h('td', {'data-label': 'Key fields', class: 'key-fields'}, fields.length === 0 ? '—'
            : fields.slice(0, KEY_FIELDS).map(([name, value], i) => [i ? ' · ' : '',
                h('span', {class: 'muted'}, `${fieldLabel(name)}: `), typeof value === 'number' ? number(value) : String(value)])),
        h('td', {'data-label': 'Pages'}, document.pageCount ?? '—'),
        h('td', {'data-label': 'Uploaded'},
            h('time', {datetime: document.createdAt, title: dateTime(document.createdAt)}, ago(document.createdAt))));
}
