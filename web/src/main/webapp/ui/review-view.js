// The review queue: pages that need a person (unknown, low-confidence, invalid, failed), oldest first, and a
// walk through them with the keyboard. j / k (or ↓ / ↑) choose, Enter opens; an opened page is the page view
// with the queue around it, and a correction that takes the page out of the queue opens the next one.

import {api} from './api.js';
import {h, fill, reconcile} from './dom.js';
import {ago, dateTime} from './format.js';
import {pageView, typing} from './page-view.js';
import {refreshReviewCount} from './review-count.js';
import {percent, typeFilter} from './types.js';

const REASONS = ['unknown', 'low-confidence', 'invalid', 'error'];

/** The filter of a review address: reason and type, as the API takes them. */
function filterOf(parameters) {
    const reason = REASONS.includes(parameters.get('reason')) ? parameters.get('reason') : '';
    const docType = /^[a-z][a-z0-9_]{0,62}$/.test(parameters.get('docType') ?? '') ? parameters.get('docType') : '';
    return {reason, docType};
}

function filterQuery({reason, docType}) {
    const query = new URLSearchParams(Object.entries({reason, docType}).filter(([, value]) => value)).toString();
    return query ? `?${query}` : '';
}

const itemKey = (item) => `${item.documentId}:${item.pageNumber}`;
const itemHref = (item, filter) => `#/review/${item.documentId}/${item.pageNumber}${filterQuery(filter)}`;

export function reviewView(parameters) {
    const filter = filterOf(parameters);
    document.title = 'Review queue · Pageflow';
    let items = [];
    let selected = 0;

    const navigate = (change) => {
        location.hash = `#/review${filterQuery({...filter, ...change})}`;
    };
    const reasonFilter = h('select', {id: 'reason-filter', onchange: (e) => navigate({reason: e.target.value})},
        h('option', {value: ''}, 'Every reason'),
        REASONS.map((reason) => h('option', {value: reason, selected: reason === filter.reason}, reason)));
    const typeSelect = typeFilter('review-type-filter', filter.docType, 'Every type',
        (e) => navigate({docType: e.target.value}));
    const status = h('p', {role: 'status', id: 'review-summary'}, 'Reading the queue…');
    const body = h('tbody', {id: 'review-items'});
    const table = h('table', {class: 'job-table review-table', hidden: true},
        h('caption', {class: 'visually-hidden'}, 'Pages waiting for review, oldest first'),
        h('thead', {}, h('tr', {},
            h('th', {scope: 'col'}, 'Page'), h('th', {scope: 'col'}, 'Type'), h('th', {scope: 'col'}, 'Why'),
            h('th', {scope: 'col'}, 'Confidence'), h('th', {scope: 'col'}, 'Classified'))),
        body);

    const element = h('section', {class: 'review-queue', 'aria-busy': 'true'},
        h('div', {class: 'view-heading'}, h('h1', {}, 'Review queue'),
            h('div', {class: 'filters'},
                h('label', {class: 'inline'}, 'Why ', reasonFilter),
                h('label', {class: 'inline'}, 'Type ', typeSelect))),
        h('p', {class: 'muted keys', id: 'review-keys'},
            'Keys: ', h('kbd', {}, 'j'), ' / ', h('kbd', {}, '↓'), ' next, ', h('kbd', {}, 'k'), ' / ', h('kbd', {}, '↑'),
            ' previous, ', h('kbd', {}, 'Enter'), ' opens the page. On an opened page, ', h('kbd', {}, 'j'), ' / ',
            h('kbd', {}, 'k'), ' go to the next and previous item; saving a correction that settles the page opens the next.'),
        status, table);

    api.reviewQueue(filter.reason, filter.docType).then((queue) => {
        items = queue;
        element.removeAttribute('aria-busy');
        table.hidden = items.length === 0;
        status.textContent = items.length === 0
            ? (filter.reason || filter.docType ? 'No page waits for review with this filter.' : 'No page waits for review.')
            : `${items.length} ${items.length === 1 ? 'page waits' : 'pages wait'} for a person, oldest first.`;
        reconcile(body, items, itemKey, (item) => row(item, filter));
        select(0, false);
        refreshReviewCount();
    }).catch((e) => {
        element.removeAttribute('aria-busy');
        status.textContent = `The queue could not be read: ${e.message}`;
    });

    function select(index, focus = true) {
        if (items.length === 0) {
            return;
        }
        selected = Math.max(0, Math.min(items.length - 1, index));
        [...body.children].forEach((tr, i) => tr.classList.toggle('selected', i === selected));
        const link = body.children[selected]?.querySelector('a');
        link?.setAttribute('aria-current', 'true');
        [...body.querySelectorAll('a')].filter((a) => a !== link).forEach((a) => a.removeAttribute('aria-current'));
        if (focus) {
            link?.focus();
        }
    }

    const onKey = (event) => {
        if (typing(event.target) || event.altKey || event.ctrlKey || event.metaKey || items.length === 0) {
            return;
        }
        if (event.key === 'j' || event.key === 'ArrowDown') {
            event.preventDefault();
            select(selected + 1);
        } else if (event.key === 'k' || event.key === 'ArrowUp') {
            event.preventDefault();
            select(selected - 1);
        } else if (event.key === 'Enter' && !(event.target instanceof HTMLAnchorElement)
            && !(event.target instanceof HTMLButtonElement)) {
            location.hash = itemHref(items[selected], filter);
        }
    };
    document.addEventListener('keydown', onKey);
    return {element, dispose: () => document.removeEventListener('keydown', onKey)};
}

function row(item, filter) {
    return h('tr', {'data-document': item.documentId, 'data-page': item.pageNumber},
        h('td', {'data-label': 'Page'}, h('a', {href: itemHref(item, filter)},
            `Document ${item.documentId}, page ${item.pageNumber}`)),
        h('td', {'data-label': 'Type'}, item.docType),
        h('td', {'data-label': 'Why'}, item.reasons.map((reason) => h('span', {class: `reason reason-${reason}`}, reason)),
            item.errorCode ? [' ', h('code', {}, item.errorCode)] : ''),
        h('td', {'data-label': 'Confidence'}, percent(item.confidence)),
        h('td', {'data-label': 'Classified'},
            h('time', {datetime: item.classifiedAt, title: dateTime(item.classifiedAt)}, ago(item.classifiedAt))));
}

/** A page opened from the queue: the page view of its job, with the queue's position and moves around it. */
export function reviewItemView(documentId, number, parameters) {
    const filter = filterOf(parameters);
    document.title = `Review · page ${number} · Pageflow`;
    const element = h('div', {class: 'review-item', 'aria-busy': 'true'}, h('p', {class: 'muted'}, 'Opening…'));
    let inner = null;
    let disposed = false;

    api.document(documentId).then((document) => {
        if (disposed) {
            return;
        }
        inner = pageView(document.jobId, number, reviewWalk(documentId, number, filter));
        element.removeAttribute('aria-busy');
        fill(element, inner.element);
        const heading = inner.element.querySelector('h1');
        heading.tabIndex = -1;
        heading.focus({preventScroll: true});
    }).catch((e) => {
        element.removeAttribute('aria-busy');
        fill(element, h('h1', {}, e.status === 404 ? `Document ${documentId} does not exist` : 'The page could not be opened'),
            e.status === 404 ? '' : h('p', {class: 'problem'}, e.message),
            h('p', {}, h('a', {href: `#/review${filterQuery(filter)}`}, 'Back to the review queue')));
    });
    return {element, dispose: () => {
        disposed = true;
        inner?.dispose();
    }};
}

/** Where this page stands in the queue, the moves to the items beside it, and what follows a correction. */
function reviewWalk(documentId, number, filter) {
    const key = `${documentId}:${number}`;
    let items = [];
    const back = h('a', {href: `#/review${filterQuery(filter)}`, id: 'back-to-queue'}, '← Review queue');
    const position = h('span', {id: 'queue-position'}, 'In the review queue');
    const previous = h('a', {href: '#', id: 'queue-previous', hidden: true}, '← Previous item (k)');
    const next = h('a', {href: '#', id: 'queue-next', hidden: true}, 'Next item (j) →');
    const reasons = h('span', {class: 'muted', id: 'queue-reasons'});
    const element = h('nav', {class: 'queue-bar', 'aria-label': 'Review queue'}, position, reasons, previous, next);

    const hrefOf = (item) => itemHref(item, filter);
    function show() {
        const index = items.findIndex((item) => itemKey(item) === key);
        const here = items[index];
        position.textContent = index < 0 ? 'No longer in the review queue' : `Item ${index + 1} of ${items.length}`;
        fill(reasons, here ? `why: ${here.reasons.join(', ')}` : '');
        const before = index < 0 ? null : items[index - 1];
        const after = index < 0 ? items[0] : items[index + 1];
        previous.hidden = !before;
        next.hidden = !after || itemKey(after) === key;
        previous.setAttribute('href', before ? hrefOf(before) : '#');
        next.setAttribute('href', after ? hrefOf(after) : '#');
    }
    api.reviewQueue(filter.reason, filter.docType).then((queue) => {
        items = queue;
        show();
    }).catch(() => {
        position.textContent = 'The queue could not be read';
    });

    return {
        element,
        back,
        go(step) {
            const link = step > 0 ? next : previous;
            if (!link.hidden) {
                location.hash = link.getAttribute('href');
            }
        },
        /** After a correction: the next item when the page has left the queue, else stay and show why not. */
        async saved(extraction) {
            if (extraction.needsReview) {
                return;
            }
            const index = items.findIndex((item) => itemKey(item) === key);
            const fresh = await api.reviewQueue(filter.reason, filter.docType).catch(() => null);
            if (fresh === null) {
                return;
            }
            const waiting = new Set(fresh.map(itemKey));
            const following = items.slice(index + 1).find((item) => waiting.has(itemKey(item)))
                ?? fresh.find((item) => itemKey(item) !== key);
            location.hash = following ? hrefOf(following) : `#/review${filterQuery(filter)}`;
        },
    };
}
