// Every job, newest first, with its progress; filtered by status.

import {api} from './api.js';
import {h, reconcile, statusBadge} from './dom.js';
import {ago, dateTime} from './format.js';
import {Poller} from './poller.js';
import {typeFilter} from './types.js';

const STATUSES = ['queued', 'processing', 'completed', 'failed', 'cancelled'];
const PAGE_SIZE = 50;
const MOST = 1000; // the API's largest page

export const isRunning = (job) => job.status === 'queued' || job.status === 'processing';

export function progressLabel(job) {
    if (job.pagesTotal === 0) {
        return job.status === 'queued' ? `Waiting (${job.progress} %)` : `Splitting (${job.progress} %)`;
    }
    const failed = job.pagesFailed > 0 ? ` · ${job.pagesFailed} failed` : '';
    return `${job.pagesDone}/${job.pagesTotal} pages (${job.progress} %)${failed}`;
}

export function jobsView(parameters) {
    const status = STATUSES.includes(parameters.get('status')) ? parameters.get('status') : '';
    document.title = 'Jobs · Pageflow';
    let shown = PAGE_SIZE;

    const filter = h('select', {id: 'status-filter', onchange: (e) => {
        location.hash = e.target.value ? `#/jobs?status=${e.target.value}` : '#/jobs';
    }}, h('option', {value: ''}, 'All statuses'), STATUSES.map((s) => h('option', {value: s, selected: s === status}, s)));
    const body = h('tbody');
    const more = h('button', {type: 'button', hidden: true, onclick: () => {
        shown = Math.min(shown + PAGE_SIZE, MOST);
        poller.start();
    }}, 'Show more');
    const empty = h('p', {class: 'empty', hidden: true}, status ? `No ${status} jobs. ` : 'No jobs yet. ',
        h('a', {href: '#/upload'}, 'Upload a document'));

    const element = h('section', {class: 'jobs'},
        h('div', {class: 'view-heading'}, h('h1', {}, 'Jobs'),
            h('div', {class: 'filters'},
                h('label', {class: 'inline'}, 'Show ', filter),
                // jobs have no type; their documents do, so a type leads to the documents of that type
                h('label', {class: 'inline'}, 'Documents of type ', typeFilter('jobs-type-filter', '', 'choose…',
                    (e) => {
                        location.hash = `#/documents?docType=${encodeURIComponent(e.target.value)}`;
                    })))),
        h('table', {class: 'job-table'},
            h('caption', {class: 'visually-hidden'}, 'Jobs, newest first'),
            h('thead', {}, h('tr', {},
                h('th', {scope: 'col'}, 'Job'), h('th', {scope: 'col'}, 'Status'), h('th', {scope: 'col'}, 'Progress'),
                h('th', {scope: 'col'}, 'Failed pages'), h('th', {scope: 'col'}, 'Uploaded'))),
            body),
        empty, more);

    const poller = new Poller(async () => {
        const jobs = await api.jobs(status, 0, shown);
        reconcile(body, jobs, (job) => job.id, row);
        empty.hidden = jobs.length > 0;
        more.hidden = jobs.length < shown || shown === MOST;
        return jobs.some(isRunning);
    }, 3000);
    poller.start();
    return {element, dispose: () => poller.stop()};
}

function row(job) {
    return h('tr', {'data-job': job.id},
        h('td', {'data-label': 'Job'}, h('a', {href: `#/jobs/${job.id}`}, job.title || `Job ${job.id}`),
            h('span', {class: 'muted'}, ` #${job.id}`)),
        h('td', {'data-label': 'Status'}, statusBadge(job.status)),
        h('td', {'data-label': 'Progress'},
            h('progress', {max: 100, value: job.progress, 'aria-label': `Job ${job.id} progress`}),
            h('span', {class: 'progress-text'}, ` ${progressLabel(job)}`)),
        h('td', {'data-label': 'Failed pages'}, job.pagesFailed > 0 ? String(job.pagesFailed) : '—'),
        h('td', {'data-label': 'Uploaded'}, h('time', {datetime: job.createdAt, title: dateTime(job.createdAt)}, ago(job.createdAt))));
}
