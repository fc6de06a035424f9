// The console's only way to the server: the public /api, as any client would use it.

/** A failed call, with the server's RFC 9457 problem body when it sent one. */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail || problem?.title || (status === 0 ? 'The server did not answer.' : `HTTP ${status}`));
        this.status = status;
        this.code = problem?.code;
        this.problem = problem;
    }
}

/** The signed-in user ({name, role, csrfToken}), or null: set by the sign-in and by app.js at start. */
let session = null;

export function setSession(value) {
    session = value;
}

export function currentUser() {
    return session;
}

const RANKS = ['submitter', 'reviewer', 'operator', 'admin'];

/** Whether the signed-in user has this role or a higher one (buttons are shown by it; the server decides). */
export function can(role) {
    return session !== null && RANKS.indexOf(session.role) >= RANKS.indexOf(role);
}

/**
 * Headers every request carries: X-Requested-With keeps the browser's own password dialog away from a 401, and
 * the session's CSRF token goes with every change.
 */
function securityHeaders(method) {
    const headers = {'X-Requested-With': 'XMLHttpRequest'};
    if (method !== 'GET' && method !== 'HEAD' && session?.csrfToken) {
        headers['X-CSRF-Token'] = session.csrfToken;
    }
    return headers;
}

/** A 401 anywhere means the session ended: app.js shows the sign-in. */
function signedOut(status) {
    if (status === 401) {
        session = null;
        window.dispatchEvent(new Event('pageflow:signed-out'));
    }
}

async function call(method, path, body, accept = 'application/json') {
    return (await exchange(method, `api${path}`, body, accept)).data;
}

async function exchange(method, url, body, accept = 'application/json') {
    const init = {method, headers: {Accept: accept, ...securityHeaders(method)}};
    if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
    }
    let response;
    try {
        response = await fetch(url, init);
    } catch (e) {
        throw new ApiError(0, null);
    }
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) {
        if (!url.startsWith('api/session')) {
            signedOut(response.status);
        }
        throw new ApiError(response.status, typeof data === 'object' ? data : {detail: data});
    }
    return {data, headers: response.headers};
}

/** The URL of a Link header's relation (RFC 8288), or null. */
function linked(headers, rel) {
    for (const part of (headers.get('Link') || '').split(',')) {
        const match = part.match(/<([^>]*)>\s*;.*\brel="?([^";]+)"?/);
        if (match && match[2].split(/\s+/).includes(rel)) {
            return match[1];
        }
    }
    return null;
}

/** Every item of a paged list: the first page, then each "next" page the server links to. */
async function all(path) {
    let items = [];
    let url = `api${path}`;
    while (url) {
        const {data, headers} = await exchange('GET', url);
        items = items.concat(data);
        url = linked(headers, 'next');
    }
    return items;
}

const query = (parameters) => new URLSearchParams(
    Object.entries(parameters).filter(([, value]) => value !== undefined && value !== null && value !== '')).toString();

export const api = {
    session: () => call('GET', '/session'),
    signIn: (name, password) => call('POST', '/session', {name, password}),
    signOut: () => call('DELETE', '/session'),
    deleteDocument: (id) => call('DELETE', `/documents/${id}`),
    /** Sends the message of a job's stage again, for work that seems stuck. */
    requeue: (id, stage) => call('POST', `/admin/requeue?${query({jobId: id, stage})}`),
    limits: () => call('GET', '/limits'),
    jobs: (status, offset = 0, limit = 50) => call('GET', `/jobs?${query({status, offset, limit})}`),
    job: (id) => call('GET', `/jobs/${id}`),
    pages: (id) => all(`/jobs/${id}/pages?limit=1000`),
    page: (id, number) => call('GET', `/jobs/${id}/pages/${number}`),
    /** The events after the first {@code offset} ones (events are only appended, oldest first). */
    events: (id, offset) => call('GET', `/jobs/${id}/events?${query({offset, limit: 500})}`),
    text: (documentId, number) => call('GET', `/documents/${documentId}/pages/${number}/text`, undefined, 'text/plain'),
    imageUrl: (documentId, number, version) =>
        `api/documents/${documentId}/pages/${number}/image?${query({v: version})}`,
    resultUrl: (id, format) => `api/jobs/${id}/result?format=${format}`,
    resume: (id) => call('POST', `/jobs/${id}/resume`),
    restart: (id) => call('POST', `/jobs/${id}/restart`),
    cancel: (id) => call('POST', `/jobs/${id}/cancel`),
    retryPage: (id, number) => call('POST', `/jobs/${id}/pages/${number}/retry`),
    review: (documentId, number, review, note) =>
        call('PUT', `/documents/${documentId}/pages/${number}/review`, {review, note}),
    search: (q, k = 20, docType) => call('GET', `/search?${query({q, k, docType})}`),

    documentTypes: () => call('GET', '/document-types'),
    documentType: (name, version) => call('GET', `/document-types/${encodeURIComponent(name)}?${query({version})}`),
    documents: (docType, status, offset = 0, limit = 50) =>
        call('GET', `/documents?${query({docType, status, offset, limit})}`),
    document: (id) => call('GET', `/documents/${id}`),
    pageExtraction: (documentId, number) => call('GET', `/documents/${documentId}/pages/${number}/extraction`),
    /** A person's correction: {docType?, fields: {name: value|null}}; resolves to the page's extraction. */
    correctPage: (documentId, number, correction) =>
        call('PUT', `/documents/${documentId}/pages/${number}/extraction`, correction),
    /** The whole review queue (oldest first), or the pages in it for one reason and/or type. */
    reviewQueue: (reason, docType) => all(`/review-queue?${query({reason, docType, limit: 1000})}`),
    /** How many pages wait for a person: the queue's X-Total-Count, from a one-item page. */
    reviewCount: async () =>
        Number((await exchange('GET', 'api/review-queue?limit=1')).headers.get('X-Total-Count')),

    analysisProfiles: () => call('GET', '/analysis-profiles'),
    /** Starts an analysis of a document's pages with a profile; resolves to its job. */
    startAnalysis: (documentId, profile) => call('POST', `/documents/${documentId}/analyses`, {profile}),
    analyses: (documentId) => all(`/documents/${documentId}/analyses?limit=1000`),
    analysisPages: (id) => all(`/jobs/${id}/analysis-pages?limit=1000`),
    consolidate: (id) => call('POST', `/jobs/${id}/consolidate`),
    result: (id) => call('GET', `/jobs/${id}/result`),

    /** Sends files as one job; resolves to the job. Returns {done, abort()}. */
    upload: (files, fields, onProgress) => send('POST', 'api/jobs', files, fields, onProgress),
    replacePage: (documentId, number, file) =>
        send('PUT', `api/documents/${documentId}/pages/${number}`, [file], {}).done,
    addPage: (documentId, file, position) =>
        send('POST', `api/documents/${documentId}/pages`, [file], {position}).done,
};

/**
 * Sends files as a multipart form. XMLHttpRequest rather than fetch, because only it reports upload
 * progress. Returns {done: Promise of the JSON answer, abort()}.
 */
function send(method, url, files, fields, onProgress = () => {}) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) {
        if (value !== undefined && value !== null && value !== '') {
            form.append(name, value);
        }
    }
    for (const file of files) {
        form.append('file', file, file.name);
    }
    const request = new XMLHttpRequest();
    const done = new Promise((resolve, reject) => {
        request.upload.addEventListener('progress', (e) => onProgress(e.loaded, e.lengthComputable ? e.total : null));
        request.addEventListener('load', () => {
            let data = null;
            try {
                data = JSON.parse(request.responseText);
            } catch (e) {
                data = {detail: request.responseText};
            }
            if (request.status >= 200 && request.status < 300) {
                resolve(data);
            } else {
                signedOut(request.status);
                reject(new ApiError(request.status, data));
            }
        });
        request.addEventListener('error', () => reject(new ApiError(0, null)));
        request.addEventListener('abort', () => reject(new ApiError(-1, {detail: 'Upload cancelled.'})));
    });
    request.open(method, url);
    request.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(securityHeaders(method))) {
        request.setRequestHeader(name, value);
    }
    request.send(form);
    return {done, abort: () => request.abort()};
}
