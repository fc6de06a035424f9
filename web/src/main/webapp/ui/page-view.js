// One page side by side: its image, and its type, fields and text, with Approve / Reject. Usable as soon as
// the page is done, while later pages are still being processed. Opened from the review queue, it also walks
// through the queue (see review-view.js).

import {api, ApiError, can} from './api.js';
import {h, fill, statusBadge} from './dom.js';
import {dateTime, duration} from './format.js';
import {fieldsPanel} from './fields-panel.js';
import {pageMeta} from './job-view.js';
import {Poller} from './poller.js';
import {refreshReviewCount} from './review-count.js';

/** {@code walk}: the review queue this page was opened from ({@link reviewWalk}), or none. */
export function pageView(jobId, number, walk = null) {
    document.title = `Page ${number} · Pageflow`;
    let job = null;
    let page = null;
    let shownVersion = null;

    const heading = h('h1', {}, `Page ${number}`);
    const back = h('a', {href: `#/jobs/${jobId}`}, '← Back to the job');
    const previous = h('a', {href: `#/jobs/${jobId}/pages/${number - 1}`, rel: 'prev', hidden: number <= 1}, '← Previous page');
    const next = h('a', {href: `#/jobs/${jobId}/pages/${number + 1}`, rel: 'next', hidden: true}, 'Next page →');
    const status = h('p', {class: 'status-line', id: 'page-status'});
    const image = h('img', {id: 'page-image', alt: `Image of page ${number}`, hidden: true});
    const noImage = h('p', {class: 'muted'}, 'No image yet.');
    const text = h('pre', {id: 'page-text', class: 'page-text', tabindex: 0, 'aria-label': `Text of page ${number}`});
    const review = h('p', {id: 'review-status'});
    const note = h('input', {id: 'review-note', type: 'text', maxlength: 2000, autocomplete: 'off',
        placeholder: 'Why (optional)'});
    // Reviewing is for reviewers and above (docs/security.md); a submitter sees the page without these buttons.
    const approve = h('button', {type: 'button', id: 'approve-button', class: 'primary', hidden: !can('reviewer'),
        onclick: () => judge('approved')}, '✓ Approve');
    const reject = h('button', {type: 'button', id: 'reject-button', hidden: !can('reviewer'),
        onclick: () => judge('rejected')}, '✗ Reject');
    const problem = h('p', {class: 'problem', role: 'alert', hidden: true});
    const replaceInput = h('input', {type: 'file', id: 'replace-input', class: 'visually-hidden',
        accept: '.png,.jpg,.jpeg,.tif,.tiff,.webp,.pdf,image/*,application/pdf', onchange: () => replace()});
    const replaceButton = h('button', {type: 'button', id: 'replace-button', onclick: () => replaceInput.click()},
        'Replace this page…');
    const fields = fieldsPanel((extraction) => {
        refreshReviewCount();
        walk?.saved(extraction);
    });

    const element = h('section', {class: 'page-view'},
        h('nav', {class: 'crumbs', 'aria-label': 'Pages'}, walk?.back, back, previous, next),
        heading, status, walk?.element,
        h('div', {class: 'side-by-side'},
            h('figure', {class: 'page-image'}, image, noImage),
            h('div', {class: 'page-body'},
                fields.element,
                h('h2', {class: 'visually-hidden'}, 'Text'),
                text,
                h('div', {class: 'review', role: 'group', 'aria-label': 'Review'},
                    review, h('label', {for: 'review-note', class: 'visually-hidden'}, 'Review note'), note,
                    h('div', {class: 'actions'}, approve, reject), problem),
                h('div', {class: 'actions'}, replaceButton, replaceInput))));

    const poller = new Poller(async () => {
        try {
            [job, page] = await Promise.all([api.job(jobId), api.page(jobId, number)]);
        } catch (e) {
            if (e instanceof ApiError && e.status === 404) {
                fill(element, h('h1', {}, `Job ${jobId} has no page ${number}`),
                    h('p', {}, h('a', {href: `#/jobs/${jobId}`}, 'Back to the job')));
                return false;
            }
            throw e;
        }
        const waiting = await render();
        return page.status === 'pending' || page.status === 'processing' || waiting;
    }, 2000);
    poller.start();

    async function render() {
        document.title = `Page ${number} of ${job.title || `job ${jobId}`} · Pageflow`;
        heading.textContent = `Page ${number} of ${job.pagesTotal}`;
        back.textContent = `← ${job.title || `Job ${jobId}`}`;
        next.hidden = number >= job.pagesTotal;
        fill(status, statusBadge(page.status), page.textSource ? ` · ${pageMeta(page)}` : '',
            page.durationMs !== null ? ` · ${duration(page.durationMs)}` : '',
            page.status === 'failed' ? [' · ', h('code', {}, page.errorCode), ` ${page.errorMessage ?? ''}`] : '');
        const version = `${page.status}/${page.completedAt}`;
        if (version !== shownVersion) {
            shownVersion = version;
            image.hidden = !page.hasImage;
            noImage.hidden = page.hasImage;
            if (page.hasImage) {
                image.src = api.imageUrl(job.documentId, number, page.completedAt);
            }
            text.textContent = page.status === 'completed' ? await api.text(job.documentId, number)
                : page.status === 'failed' ? 'This page has no text: it failed.' : 'This page has not been processed yet.';
        }
        renderReview();
        const running = job.status === 'queued' || job.status === 'processing';
        replaceButton.disabled = running;
        replaceButton.title = running ? 'Pages can be replaced once the job has ended' : '';
        return fields.update(job, page);
    }

    /** A new scan or image for this page: the page runs again, then the document is re-indexed. */
    async function replace() {
        const file = replaceInput.files[0];
        if (!file) {
            return;
        }
        problem.hidden = true;
        replaceButton.disabled = true;
        try {
            await api.replacePage(job.documentId, number, file);
            shownVersion = null;
            poller.start();
        } catch (e) {
            problem.textContent = e.message;
            problem.hidden = false;
            replaceButton.disabled = false;
        }
        replaceInput.value = '';
    }

    function renderReview() {
        const reviewable = page.status === 'completed';
        approve.disabled = reject.disabled = note.disabled = !reviewable;
        approve.setAttribute('aria-pressed', String(page.review === 'approved'));
        reject.setAttribute('aria-pressed', String(page.review === 'rejected'));
        fill(review, 'Review: ', statusBadge(page.review),
            page.reviewedAt ? h('span', {class: 'muted'}, ` ${dateTime(page.reviewedAt)}`) : '',
            page.reviewNote ? ` — ${page.reviewNote}` : '',
            reviewable ? '' : h('span', {class: 'muted'}, ' (once the page is completed)'));
        if (document.activeElement !== note) {
            note.value = page.reviewNote ?? '';
        }
    }

    async function judge(verdict) {
        problem.hidden = true;
        try {
            page = await api.review(job.documentId, number, verdict, note.value.trim() || null);
            renderReview();
        } catch (e) {
            problem.textContent = e.message;
            problem.hidden = false;
        }
    }

    // a / r to judge, ← / → to move between pages, j / k through the review queue, unless typing
    const onKey = (event) => {
        if (typing(event.target) || event.altKey || event.ctrlKey || event.metaKey || !page) {
            return;
        }
        const go = {ArrowLeft: previous, ArrowRight: next}[event.key];
        if (go && !go.hidden) {
            location.hash = go.getAttribute('href');
        } else if (walk && (event.key === 'j' || event.key === 'k')) {
            walk.go(event.key === 'j' ? 1 : -1);
        } else if (event.key === 'a' && !approve.disabled) {
            judge('approved');
        } else if (event.key === 'r' && !reject.disabled) {
            judge('rejected');
        }
    };
    document.addEventListener('keydown', onKey);

    return {element, dispose: () => {
        poller.stop();
        document.removeEventListener('keydown', onKey);
    }};
}

/** Whether keys go to a form field rather than to the view's shortcuts. */
export function typing(target) {
    return target instanceof HTMLInputElement || target instanceof HTMLSelectElement
        || target instanceof HTMLTextAreaElement || target?.isContentEditable;
}
