// One job as the server knows it: progress, stage, the page being read, failures and what to do about them,
// and every page. Everything shown is read from the API, so a reload or a second tab shows the same state.

import {api, ApiError, can} from './api.js';
import {h, fill, fillOnChange, reconcile, statusBadge} from './dom.js';
import {dateTime, duration} from './format.js';
import {isRunning, progressLabel} from './jobs-view.js';
import {Poller} from './poller.js';
import {analysisStarter} from './analysis-view.js';

const STAGES = {
    split: 'Splitting into pages',
    pages: 'Reading pages (text layer or OCR)',
    classify: 'Classifying pages (document types)',
    extract: 'Reading fields',
    index: 'Indexing (chunks and embeddings)',
    export: 'Exporting the results',
    done: 'Done',
};
const SHOWN_EVENTS = 15;

export function pageMeta(page) {
    if (page.textSource === 'ocr') {
        return page.confidence === null ? 'OCR' : `OCR, confidence ${Math.round(page.confidence)} %`;
    }
    return page.textSource === 'text-layer' ? 'text layer' : '';
}

export function jobView(id) {
    document.title = `Job ${id} · Pageflow`;
    let job = null;
    let listed = null; // the job's document as GET /api/documents/{id} lists it: status, type, key fields
    let pages = [];
    let events = [];
    let eventsSeen = 0; // how many events were read: the offset of the next ones

    const heading = h('h1', {}, `Job ${id}`);
    const meta = h('p', {class: 'muted'});
    const status = h('p', {class: 'status-line', id: 'job-status'});
    const bar = h('progress', {id: 'job-progress', max: 100, value: 0, 'aria-labelledby': 'job-progress-text'});
    const barText = h('p', {id: 'job-progress-text', class: 'job-progress-text'});
    const facts = h('dl', {class: 'facts', id: 'job-facts'});
    const leaveNote = h('p', {class: 'leave-note', id: 'leave-note', hidden: true},
        'You can close this tab or the browser: processing continues on the server. '
        + 'Come back to this page at any time to see where it is.');
    const notice = h('p', {class: 'problem', id: 'action-notice', role: 'alert', hidden: true});
    const failure = h('section', {class: 'failure', id: 'failure-summary', hidden: true, 'aria-label': 'What went wrong'});
    const actions = h('div', {class: 'actions', id: 'job-actions'});
    const addInput = h('input', {type: 'file', id: 'add-page-input',
        accept: '.png,.jpg,.jpeg,.tif,.tiff,.webp,.pdf,image/*,application/pdf'});
    const addPosition = h('input', {type: 'number', id: 'add-page-position', min: 1, inputmode: 'numeric'});
    const addButton = h('button', {type: 'button', id: 'add-page-button', onclick: () => addPage()}, 'Add page');
    const addForm = h('details', {class: 'add-page'}, h('summary', {}, 'Add a page'),
        h('p', {class: 'muted'}, 'An image or a one-page PDF; it is read, then the document is indexed again.'),
        h('div', {class: 'fields'},
            h('label', {for: 'add-page-input'}, 'File'), addInput,
            h('label', {for: 'add-page-position'}, 'Before page ', h('span', {class: 'muted'}, '(empty: at the end)')),
            addPosition),
        h('div', {class: 'actions'}, addButton));
    const grid = h('ol', {class: 'page-grid', id: 'pages'});
    const pagesHeading = h('h2', {}, 'Pages');
    const activity = h('ol', {class: 'activity', reversed: true});
    const activitySummary = h('summary', {}, 'Activity');
    let starter = null; // "Start analysis", once the document is ingested
    const analysisSlot = h('div', {id: 'analysis-slot'});

    const element = h('section', {class: 'job'},
        h('p', {class: 'crumbs'}, h('a', {href: '#/jobs'}, '← All jobs')),
        heading, meta,
        h('div', {class: 'panel'}, status, bar, barText, facts, leaveNote),
        notice, failure, actions, analysisSlot,
        pagesHeading, grid, addForm,
        h('details', {class: 'activity-log'}, activitySummary, activity));

    const poller = new Poller(async () => {
        try {
            job = await api.job(id);
            if (job.kind && job.kind !== 'ingest') {
                location.replace(`#/analyses/${id}`); // analyses and consolidations have their own view
                return false;
            }
            pages = await api.pages(id);
            listed = await api.document(job.documentId).catch(() => listed);
        } catch (e) {
            if (e instanceof ApiError && e.status === 404) {
                fill(element, h('h1', {}, `Job ${id} does not exist`), h('p', {}, h('a', {href: '#/jobs'}, 'All jobs')));
                return false;
            }
            throw e;
        }
        const received = await api.events(id, eventsSeen);
        eventsSeen += received.length;
        events = events.concat(received).slice(-200);
        render();
        if (job.status === 'completed') {
            starter ??= analysisStarter(job.documentId);
            fill(analysisSlot, starter.element);
            await starter.refresh().catch(() => {});
        }
        return isRunning(job) || pages.some((page) => page.status === 'processing');
    }, 2000);
    poller.start();

    function render() {
        const name = job.title || `Job ${id}`;
        document.title = `${name} · Pageflow`;
        heading.textContent = name;
        fill(meta, `Job #${job.id} · uploaded ${dateTime(job.createdAt)} · on page errors: ${job.onPageError}`);
        fill(status, statusBadge(job.status), ` · ${STAGES[job.stage] ?? job.stage}`);
        bar.value = job.progress;
        barText.textContent = progressLabel(job);
        leaveNote.hidden = !isRunning(job);
        renderFacts();
        renderFailure();
        renderActions();
        addButton.disabled = isRunning(job);
        addPosition.max = pages.length + 1;
        const canRetry = !isRunning(job) && !pages.some((page) => page.status === 'pending');
        pagesHeading.textContent = `Pages (${pages.length})`;
        reconcile(grid, pages.map((page) => ({...page, canRetry})), (page) => page.number, tile);
        activitySummary.textContent = `Activity (${events.length} events)`;
        fill(activity, events.slice(-SHOWN_EVENTS).reverse().map((event) => h('li', {},
            h('time', {datetime: event.createdAt}, dateTime(event.createdAt)), ' ', h('code', {}, event.type),
            event.pageNumber ? ` page ${event.pageNumber}` : '', event.message ? ` — ${event.message}` : '',
            event.node ? h('span', {class: 'muted'}, ` (${event.node})`) : '')));
    }

    function renderFacts() {
        const processing = pages.filter((page) => page.status === 'processing').map((page) => page.number);
        const ended = job.completedAt || job.failedAt || job.cancelledAt;
        const started = job.startedAt ? new Date(job.startedAt).getTime() : null;
        const elapsed = started === null ? null : (ended ? new Date(ended).getTime() : Date.now()) - started;
        fill(facts,
            fact('Now processing', processing.length ? `page ${processing.join(', ')}`
                : job.currentPage && isRunning(job) ? `page ${job.currentPage}` : '—', 'now-processing'),
            fact('Failed pages', String(job.pagesFailed), 'failed-count'),
            fact('Elapsed', elapsed === null ? 'not started' : duration(elapsed), 'elapsed'),
            fact('Time left', timeLeft(elapsed), 'time-left'),
            fact('Document', listed ? [statusBadge(listed.status), listed.docType ? ` · ${listed.docType}` : '']
                : '—', 'document'));
    }

    /** From the pace of the pages finished so far; the last stages are short beside the pages. */
    function timeLeft(elapsed) {
        if (!isRunning(job)) {
            return '—';
        }
        const finished = job.pagesDone + job.pagesFailed;
        if (job.stage !== 'pages' || finished === 0 || elapsed === null) {
            return job.stage === 'index' || job.stage === 'export' ? 'less than a minute'
                : job.stage === 'gateway' ? 'waiting for the conversion gateway' : 'estimating…';
        }
        return `about ${duration(elapsed / finished * (job.pagesTotal - finished))}`;
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
        const resumeFrom = pages.find((page) => page.status === 'failed' || page.status === 'pending')?.number;
        const key = [job.status, job.errorCode, job.errorMessage, completed, remaining, resumeFrom,
            failed.map((page) => [page.number, page.errorCode, page.errorMessage])];
        fillOnChange(failure, key, () => [
            h('h2', {}, job.status === 'cancelled' ? 'The job was cancelled' : stopped ? 'The job stopped' : 'Some pages failed'),
            job.errorCode ? h('p', {class: 'problem'}, h('code', {}, job.errorCode), ` ${job.errorMessage ?? ''}`) : null,
            h('p', {id: 'failure-counts'}, `${completed} completed · ${failed.length} failed · ${remaining} remaining`),
            failed.length ? h('ul', {class: 'failed-pages'}, failed.map((page) => h('li', {},
                h('a', {href: `#/jobs/${id}/pages/${page.number}`}, `Page ${page.number}`), ': ',
                h('code', {}, page.errorCode), ` ${page.errorMessage ?? ''}`))) : null,
            stopped && can('operator') ? h('div', {class: 'actions'},
                h('button', {type: 'button', class: 'primary', id: 'resume-button',
                    onclick: () => act(() => api.resume(id))},
                    resumeFrom ? `Resume from page ${resumeFrom}` : 'Resume'),
                h('button', {type: 'button', id: 'restart-button',
                    onclick: () => act(() => api.restart(id), 'Run every page again from page 1? Earlier results are replaced.')},
                    'Restart from page 1')) : null]);
    }

    function renderActions() {
        // Buttons by role (docs/security.md): operators act on jobs; the server refuses the others anyway.
        const operator = can('operator');
        fillOnChange(actions, [job.status, job.stage], () => [
            operator && isRunning(job) ? h('button', {type: 'button', id: 'cancel-button',
                onclick: () => act(() => api.cancel(id), 'Cancel this job? Pages already done are kept; you can resume it later.')},
                'Cancel job') : null,
            job.status === 'completed' ? [
                h('a', {class: 'button', href: api.resultUrl(id, 'json'), download: `job-${id}.json`}, 'Download JSON'),
                h('a', {class: 'button', href: api.resultUrl(id, 'xml'), download: `job-${id}.xml`}, 'Download XML'),
                operator ? h('button', {type: 'button', id: 'restart-button',
                    onclick: () => act(() => api.restart(id), 'Run every page again from page 1? Earlier results are replaced.')},
                    'Restart from page 1') : null,
            ] : null,
            operator ? h('button', {type: 'button', id: 'requeue-button',
                title: 'Send the message of the current stage again, for work that seems stuck',
                onclick: () => act(() => api.requeue(id, requeueStage(job)))}, 'Requeue') : null,
            operator ? h('button', {type: 'button', id: 'delete-button', class: 'danger',
                onclick: async () => {
                    if (await act(() => api.deleteDocument(job.documentId),
                        'Delete this document with its pages, results and jobs? This cannot be undone.')) {
                        location.hash = '#/jobs';
                    }
                }}, 'Delete document') : null]);
    }

    /** The stage whose message a requeue sends: the job's own, or the last one of a job that is done. */
    function requeueStage(job) {
        return job.stage === 'pages' || job.stage === 'split' ? 'split' : job.stage === 'done' ? 'export' : job.stage;
    }

    function tile(page) {
        return h('li', {class: `page-tile page-${page.status}`, 'data-page': page.number},
            h('a', {href: `#/jobs/${id}/pages/${page.number}`, class: 'page-link'},
                h('span', {class: 'page-number'}, `Page ${page.number}`),
                statusBadge(page.status),
                h('span', {class: 'page-meta'}, pageMeta(page)),
                page.review !== 'unreviewed' ? statusBadge(page.review) : null),
            page.status === 'failed' ? h('p', {class: 'page-error'}, h('code', {}, page.errorCode), ` ${page.errorMessage ?? ''}`) : null,
            page.status === 'failed' && page.canRetry && can('operator') ? h('button', {type: 'button', class: 'retry',
                onclick: () => act(() => api.retryPage(id, page.number))}, `Retry page ${page.number}`) : null);
    }

    function addPage() {
        const file = addInput.files[0];
        if (!file) {
            notice.textContent = 'Choose the file of the new page.';
            notice.hidden = false;
            return;
        }
        act(() => api.addPage(job.documentId, file, addPosition.value)).then((added) => {
            if (added) {
                addInput.value = '';
                addPosition.value = '';
            }
        });
    }

    /** Runs a user's action on the job; resolves to whether the server accepted it. */
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

function fact(term, value, key) {
    return h('div', {'data-fact': key}, h('dt', {}, term), h('dd', {}, value));
}
