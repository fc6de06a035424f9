// The console: a few views over the public API, chosen by the address's #fragment so that reloading,
// bookmarking and opening a second tab all land on the same view.

import {jobsView} from './jobs-view.js';
import {uploadView} from './upload-view.js';
import {jobView} from './job-view.js';
import {analysisView} from './analysis-view.js';
import {pageView} from './page-view.js';
import {searchView} from './search-view.js';
import {documentsView} from './documents-view.js';
import {reviewView, reviewItemView} from './review-view.js';
import {refreshReviewCount} from './review-count.js';
import {h} from './dom.js';
import {api, setSession} from './api.js';
import {loginView} from './login-view.js';

const ROUTES = [
    [/^\/(?:jobs)?(?:\?(.*))?$/, (m) => jobsView(new URLSearchParams(m[1] ?? '')), 'jobs'],
    [/^\/upload$/, () => uploadView(), 'upload'],
    [/^\/jobs\/(\d+)$/, (m) => jobView(Number(m[1])), 'jobs'],
    [/^\/analyses\/(\d+)$/, (m) => analysisView(Number(m[1])), 'jobs'],
    [/^\/jobs\/(\d+)\/pages\/(\d+)$/, (m) => pageView(Number(m[1]), Number(m[2])), 'jobs'],
    [/^\/search\?(.*)$/, (m) => searchView(new URLSearchParams(m[1])), null],
    [/^\/documents(?:\?(.*))?$/, (m) => documentsView(new URLSearchParams(m[1] ?? '')), 'documents'],
    [/^\/review(?:\?(.*))?$/, (m) => reviewView(new URLSearchParams(m[1] ?? '')), 'review'],
    [/^\/review\/(\d+)\/(\d+)(?:\?(.*))?$/,
        (m) => reviewItemView(Number(m[1]), Number(m[2]), new URLSearchParams(m[3] ?? '')), 'review'],
];

let current = null;

function route() {
    const path = location.hash.replace(/^#/, '') || '/';
    const main = document.getElementById('view');
    current?.dispose?.();
    main.replaceChildren();
    const match = ROUTES.map(([pattern, view, nav]) => [pattern.exec(path), view, nav]).find(([m]) => m);
    if (!match) {
        current = null;
        main.append(h('h1', {}, 'Not found'), h('p', {}, h('a', {href: '#/jobs'}, 'Back to the jobs')));
        return;
    }
    const [m, view, nav] = match;
    if (!path.startsWith('/search')) {
        document.getElementById('search-input').value = '';
    }
    current = view(m);
    main.append(current.element);
    refreshReviewCount();
    for (const link of document.querySelectorAll('[data-nav]')) {
        link.toggleAttribute('aria-current', link.dataset.nav === nav);
    }
    // Keyboard and screen-reader users start at the new view's heading, as after a page load.
    const heading = main.querySelector('h1');
    if (heading && document.activeElement !== document.getElementById('search-input')) {
        heading.tabIndex = -1;
        heading.focus({preventScroll: true});
    }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = new FormData(event.target).get('q').trim();
    if (q) {
        location.hash = `#/search?${new URLSearchParams({q})}`;
    }
});

/** The top bar's user and sign-out, and the role on <body> for the few styles that depend on it. */
function showUser(session) {
    document.getElementById('user-box').hidden = session === null;
    document.getElementById('user-name').textContent = session?.name ?? '';
    document.getElementById('user-role').textContent = session?.role ?? '';
    document.body.dataset.role = session?.role ?? '';
}

function showLogin() {
    current?.dispose?.();
    current = null;
    showUser(null);
    const main = document.getElementById('view');
    const view = loginView((session) => {
        showUser(session);
        route();
    });
    main.replaceChildren(view.element);
    document.getElementById('login-name').focus();
}

document.getElementById('sign-out').addEventListener('click', async () => {
    try {
        await api.signOut();
    } finally {
        setSession(null);
        showLogin();
    }
});

window.addEventListener('pageflow:signed-out', () => {
    if (current !== null) {
        showLogin();
    }
});
window.addEventListener('hashchange', () => {
    if (document.getElementById('login-form') === null) {
        route();
    }
});

// Who is signed in: nobody (an empty answer) shows the sign-in form.
let session = null;
try {
    session = await api.session();
} catch (e) {
    session = null;
}
if (session && session.name) {
    setSession(session);
    showUser(session);
    route();
} else {
    showLogin();
}
