// An analysis (or a consolidation) of a document's pages, as a background job: how far it is, which page it is
// on, what it found so far, what failed and what to do about it, each page's result, and the merged items.
// Everything is read from the API, so leaving and coming back shows the same state.

import {api, ApiError, can} from './api.js';
import {h, fill, fillOnChange, reconcile, statusBadge} from './dom.js';
import {dateTime, duration} from './format.js';
import {isRunning} from './jobs-view.js';
import {Poller} from './poller.js';

const KINDS = {analysis: 'Analysing pages', consolidation: 'Consolidating items'};

/** "Analysing pages: 78/100 pages (78 %), currently page 79, items found so far: 14, failed pages: 1, elapsed 12 min 34 s" */
export function analysisProgress(job) {
    const finished = job.pagesDone + job.pagesFailed;
    const parts = [`${KINDS[job.kind] ?? 'Working'}: ${finished}/${job.pagesTotal} pages (${job.progress} %)`];
    if (isRunning(job) && job.currentPage) {
        parts.push(`currently page ${job.currentPage}`);
    }
    parts.push(`items found so far: ${job.itemsFound}`, `failed pages: ${job.pagesFailed}`);
    if (job.elapsedSeconds !== null && job.elapsedSeconds !== undefined) {
        parts.push(`elapsed ${duration(job.elapsedSeconds * 1000)}`);
    }
    return parts.join(', ');
}

export function analysisView(id) {
    document.title = `Analysis ${id} · Pageflow`;
    let job = null;
    let pages = [];
    let result = null;
    let related = [];

    const heading = h('h1', {}, `Analysis ${id}`);
    const meta = h('p', {class: 'muted', id: 'analysis-meta'});
    const status = h('p', {class: 'status-line', id: 'analysis-status'});
    const bar = h('progress', {id: 'analysis-progress', max: 100, value: 0, 'aria-labelledby': 'analysis-progress-text'});
    const barText = h('p', {id: 'analysis-progress-text', class: 'job-progress-text'});
    const leaveNote = h('p', {class: 'leave-note', id: 'leave-note', hidden: true},
        'You can leave this page: the analysis goes on on the server. Come back at any time to see where it is.');
    const notice = h('p', {class: 'problem', role: 'alert', hidden: true});
    const failure = h('section', {class: 'failure', id: 'failure-summary', hidden: true, 'aria-label': 'What went wrong'});
    const actions = h('div', {class: 'actions', id: 'analysis-actions'});
    const consolidated = h('section', {id: 'consolidated', hidden: true});
    const list = h('ol', {class: 'analysis-pages', id: 'analysis-pages'});
    const listHeading = h('h2', {}, 'Pages');

    const element = h('section', {class: 'job analysis'},
        h('p', {class: 'crumbs'}, h('a', {href: '#/jobs'}, '← All jobs')),
        heading, meta,
        h('div', {class: 'panel'}, status, bar, barText, leaveNote),
        notice, failure, actions, consolidated, listHeading, list);

    const poller = new Poller(async () => {
        try {
            [job, pages] = await Promise.all([api.job(id), api.analysisPages(id)]);
        } catch (e) {
            if (e instanceof ApiError && e.status === 404) {
                fill(element, h('h1', {}, `Job ${id} does not exist`), h('p', {}, h('a', {href: '#/jobs'}, 'All jobs')));
                return false;
            }
            throw e;
        }
        related = await api.analyses(job.documentId).catch(() => related);
        if (job.kind === 'consolidation' && job.status === 'completed' && result === null) {
            result = await api.result(id);
        }
        render();
        return isRunning(job) || related.some((other) => isRunning(other));
    }, 2000);
    poller.start();

    function render() {
        const what = job.kind === 'consolidation' ? 'Consolidation' : 'Analysis';
        const name = `${what} of ${job.title || `document ${job.documentId}`}`;
        document.title = `${name} · Pageflow`;
        heading.textContent = name;
        fill(meta, `Job #${job.id} · profile `, h('code', {}, `${job.profile}@${job.profileVersion}`),
            job.analysisJobId ? [' · of ', h('a', {href: `#/analyses/${job.analysisJobId}`}, `analysis #${job.analysisJobId}`)] : '',
            ` · started ${dateTime(job.startedAt || job.createdAt)}`);
        fill(status, statusBadge(job.status));
        bar.value = job.progress;
        barText.textContent = analysisProgress(job);
        leaveNote.hidden = !isRunning(job);
        renderFailure();
        renderActions();
        renderConsolidated();
        listHeading.textContent = `Pages (${pages.length})`;
        const canRetry = job.kind === 'analysis' && !isRunning(job) && !pages.some((page) => page.status === 'pending');
        reconcile(list, pages.map((page) => ({...page, canRetry})), (page) => page.pageNumber, row);
    }

    function renderFailure() {
        const failed = pages.filter((page) => page.status === 'failed');
        const stopped = job.status === 'failed' || job.status === 'cancelled';
        failure.hidden = !stopped && failed.length === 0;
        if (failure.hidden) {
            return;
        }
        const completed = pages.filter((page) => page.status === 'completed').length;
        const remaining = pages.length - completed - failed.length;
        const resumeFrom = pages.find((page) => page.status === 'failed' || page.status === 'pending')?.pageNumber;
        const key = [job.status, job.errorCode, job.errorMessage, completed, remaining, resumeFrom,
            failed.map((page) => [page.pageNumber, page.errorCode])];
        fillOnChange(failure, key, () => [
            h('h2', {}, job.status === 'cancelled' ? 'The analysis was cancelled' : stopped ? 'The analysis stopped'
                : 'Some pages failed'),
            job.errorCode ? h('p', {class: 'problem'}, h('code', {}, job.errorCode), ` ${job.errorMessage ?? ''}`) : null,
            h('p', {id: 'failure-counts'}, `${completed} completed · ${failed.length} failed · ${remaining} remaining`),
            failed.length ? h('ul', {class: 'failed-pages'}, failed.map((page) => h('li', {},
                `Page ${page.pageNumber}: `, h('code', {}, page.errorCode),
                page.retryable ? ' (worth another try) ' : ' (will fail again as it is) ', page.errorMessage ?? ''))) : null,
            stopped && can('operator') ? h('div', {class: 'actions'},
                h('button', {type: 'button', class: 'primary', id: 'resume-button', onclick: () => act(() => api.resume(id))},
                    resumeFrom ? `Resume from page ${resumeFrom}` : 'Resume'),
                h('button', {type: 'button', id: 'restart-button',
                    onclick: () => act(() => api.restart(id), 'Analyse every page again from page 1? Earlier results are replaced.')},
                    'Restart from page 1')) : null]);
    }

    function renderActions() {
        const consolidations = related.filter((other) => other.analysisJobId === id);
        fillOnChange(actions, [job.status, consolidations.map((c) => [c.id, c.status])], () => [
            isRunning(job) && can('operator') ? h('button', {type: 'button', id: 'cancel-button',
                onclick: () => act(() => api.cancel(id), 'Cancel? Pages already analysed are kept; you can resume later.')},
                'Cancel') : null,
            job.status === 'completed' ? h('a', {class: 'button', href: api.resultUrl(id, 'json'),
                download: `job-${id}.json`}, 'Download JSON') : null,
            job.status === 'completed' && job.kind === 'analysis' ? h('button', {type: 'button', class: 'primary',
                id: 'consolidate-button', onclick: () => act(async () => {
                    const started = await api.consolidate(id);
                    location.hash = `#/analyses/${started.id}`;
                })}, 'Consolidate items') : null,
            consolidations.length ? h('p', {id: 'consolidations'}, 'Consolidations: ', consolidations.map((c, i) => [
                i ? ', ' : '', h('a', {href: `#/analyses/${c.id}`}, `#${c.id}`), ' ', statusBadge(c.status)])) : null]);
    }

    function renderConsolidated() {
        consolidated.hidden = result === null;
        if (result === null) {
            return;
        }
        fillOnChange(consolidated, result.items.length, () => [
            h('h2', {}, `Consolidated items (${result.items.length})`),
            h('table', {class: 'consolidated-items'},
                h('thead', {}, h('tr', {}, h('th', {}, 'Item'), h('th', {}, 'Topic'), h('th', {}, 'Pages'),
                    h('th', {}, 'Also found as'))),
                h('tbody', {}, result.items.map((item) => h('tr', {'data-item': item.name},
                    h('td', {}, item.name), h('td', {}, item.topic ?? ''), h('td', {class: 'item-pages'}, item.pages.join(', ')),
                    h('td', {class: 'muted'}, item.variants.filter((v) => v !== item.name).join(', '))))))]);
    }

    function row(page) {
        return h('li', {class: `analysis-page page-${page.status}`, 'data-page': page.pageNumber},
            h('span', {class: 'analysis-summary'}, page.summary),
            page.attempts > 1 ? h('span', {class: 'muted'}, ` · ${page.attempts} attempts`) : null,
            page.status === 'failed' && page.errorMessage ? h('p', {class: 'page-error'}, page.errorMessage) : null,
            page.canRetry && can('operator') && (page.status === 'failed' || page.status === 'completed') ? h('button', {type: 'button',
                class: 'retry', onclick: () => act(() => api.retryPage(id, page.pageNumber))},
            `Retry page ${page.pageNumber}`) : null);
    }

    /** Runs a user's action; resolves to whether the server accepted it. */
    async function act(action, question) {
        if (question && !window.confirm(question)) {
            return false;
        }
        notice.hidden = true;
        for (const button of element.querySelectorAll('button')) {
            button.disabled = true;
        }
        let accepted = true;
        try {
            await action();
        } catch (e) {
            notice.textContent = e.message;
            notice.hidden = false;
            accepted = false;
        }
        for (const button of element.querySelectorAll('button')) {
            button.disabled = false;
        }
        poller.start();
        return accepted;
    }

    return {element, dispose: () => poller.stop()};
}

/**
 * The "Start analysis" part of a document's view: a profile to choose, the button, and the document's analyses
 * so far. Shown once the document is ingested.
 */
export function analysisStarter(documentId) {
    const select = h('select', {id: 'analysis-profile', 'aria-label': 'Analysis profile'});
    const notice = h('p', {class: 'problem', role: 'alert', hidden: true});
    const earlier = h('ul', {id: 'document-analyses'});
    const button = h('button', {type: 'button', class: 'primary', id: 'start-analysis', onclick: start}, 'Start analysis');
    const element = h('section', {class: 'analysis-starter', id: 'analysis-starter'},
        h('h2', {}, 'Analysis'),
        h('p', {class: 'muted'}, 'Run an analysis profile over every page, in the background.'),
        h('div', {class: 'actions'}, select, button), notice, earlier);
    let loaded = false;

    async function refresh() {
        if (!loaded) {
            const profiles = await api.analysisProfiles();
            fill(select, profiles.map((p) => h('option', {value: p.name}, `${p.name} (${p.engine})`)));
            loaded = true;
        }
        const analyses = await api.analyses(documentId);
        fill(earlier, analyses.map((job) => h('li', {},
            h('a', {href: `#/analyses/${job.id}`}, `${job.kind} #${job.id}`), ' ', statusBadge(job.status),
            ` · ${job.profile} · ${job.itemsFound} items`)));
    }

    async function start() {
        notice.hidden = true;
        button.disabled = true;
        try {
            const job = await api.startAnalysis(documentId, select.value);
            location.hash = `#/analyses/${job.id}`;
        } catch (e) {
            notice.textContent = e.message;
            notice.hidden = false;
        }
        button.disabled = false;
    }

    return {element, refresh};
}
