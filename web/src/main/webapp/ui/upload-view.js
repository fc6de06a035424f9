// Choose or drop files, see what was chosen against the server's limits, upload with byte progress,
// then follow the job. Several PDFs or office documents become one job each; page images become one job, in the
// order chosen.

import {api} from './api.js';
import {h, fill} from './dom.js';
import {bytes, number} from './format.js';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,.docx,.xlsx,.pptx,.odt,.ods,.rtf,.html,.htm,.txt,'
    + 'application/pdf,image/png,image/jpeg,image/tiff,image/webp,text/plain,text/html';
const LISTED = 12;

// A PDF or an office document is a job of its own (the server tells types by content; names only group here).
const OFFICE = /\.(docx|xlsx|pptx|odt|ods|rtf|html?|txt)$/i;
const isDocument = (file) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name) || OFFICE.test(file.name);

export function uploadView() {
    document.title = 'Upload · Pageflow';
    let files = [];
    let limits = null;
    let upload = null;
    let storeDuplicates = false;

    const picker = h('input', {type: 'file', id: 'file-input', multiple: true, accept: ACCEPT, class: 'visually-hidden',
        onchange: () => choose([...picker.files])});
    const zone = h('div', {class: 'drop-zone', id: 'drop-zone', tabindex: 0, role: 'button',
            'aria-describedby': 'limits', onclick: () => picker.click(),
            onkeydown: (e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    picker.click();
                }
            }},
        h('strong', {}, 'Drop a PDF or page images here'), h('span', {}, ' or press to choose files'));
    for (const type of ['dragenter', 'dragover']) {
        zone.addEventListener(type, (e) => {
            e.preventDefault();
            zone.classList.add('dragging');
        });
    }
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (e) => {
        e.preventDefault();
        zone.classList.remove('dragging');
        choose([...e.dataTransfer.files]);
    });

    const limitsLine = h('p', {id: 'limits', class: 'muted'}, 'PDF, PNG, JPEG, TIFF or WebP.');
    const summary = h('p', {id: 'selection', role: 'status'}, 'Nothing chosen yet.');
    const list = h('ul', {class: 'file-list'});
    const invalid = h('p', {class: 'problem', id: 'selection-problem', role: 'alert', hidden: true});
    const problem = h('p', {class: 'problem', id: 'upload-problem', role: 'alert', hidden: true});
    const title = h('input', {id: 'title', name: 'title', type: 'text', maxlength: 500, autocomplete: 'off'});
    const language = h('select', {id: 'language', name: 'language'});
    const onPageError = h('select', {id: 'on-page-error', name: 'onPageError'},
        h('option', {value: 'continue'}, 'carry on with the other pages'),
        h('option', {value: 'stop'}, 'stop the job at that page'));
    const send = h('button', {type: 'submit', class: 'primary', id: 'upload-button', disabled: true}, 'Upload and process');
    const clear = h('button', {type: 'button', onclick: () => choose([])}, 'Clear');
    const bar = h('progress', {id: 'upload-progress', max: 100, value: 0, hidden: true, 'aria-label': 'Upload progress'});
    const barText = h('p', {id: 'upload-progress-text', role: 'status', 'aria-live': 'polite'});
    const abort = h('button', {type: 'button', hidden: true, onclick: () => upload?.abort()}, 'Cancel upload');

    const form = h('form', {class: 'upload', onsubmit: (e) => {
        e.preventDefault();
        start();
    }},
        zone, picker, limitsLine, summary, list, invalid,
        h('div', {class: 'fields'},
            h('label', {for: 'title'}, 'Title ', h('span', {class: 'muted'}, '(optional)')), title,
            h('label', {for: 'language'}, 'OCR language'), language,
            h('label', {for: 'on-page-error'}, 'When a page fails'), onPageError),
        h('div', {class: 'actions'}, send, clear, abort),
        bar, barText, problem);
    const element = h('section', {}, h('h1', {}, 'Upload'),
        h('p', {}, 'Pageflow stores the files at once and processes them page by page in the background.'), form);

    api.limits().then((l) => {
        limits = l;
        fill(limitsLine, `PDF, PNG, JPEG, TIFF, WebP, or DOCX, XLSX, PPTX, ODT, ODS, RTF, HTML, text · up to ${number(l.maxFiles)} files and ${bytes(l.maxBytes)} per upload`
            + ` · PDFs up to ${number(l.maxPdfPages)} pages · images up to ${Math.round(l.maxImagePixels / 1e6)} megapixels`);
        fill(language, l.languages.map((code) => h('option', {value: code, selected: code === l.defaultLanguage}, code)));
        check();
    }).catch((e) => show(`Could not read the server's limits: ${e.message}`));

    function choose(chosen) {
        files = chosen;
        storeDuplicates = false;
        show(null);
        const total = files.reduce((sum, file) => sum + file.size, 0);
        fill(summary, files.length === 0 ? 'Nothing chosen yet.'
            : `${files.length} ${files.length === 1 ? 'file' : 'files'}, ${bytes(total)}`);
        fill(list, files.slice(0, LISTED).map((file) => h('li', {}, file.name, h('span', {class: 'muted'}, ` ${bytes(file.size)}`))),
            files.length > LISTED ? h('li', {class: 'muted'}, `and ${files.length - LISTED} more`) : null);
        check();
    }

    /** Says what the server would refuse, before anything is sent. */
    function check() {
        const documents = files.filter(isDocument).length;
        const total = files.reduce((sum, file) => sum + file.size, 0);
        let message = null;
        if (documents > 0 && documents < files.length) {
            message = 'Choose either documents (PDF, office) or page images: a job is one document, or page images in order.';
        } else if (limits && documents === 0 && files.length > limits.maxFiles) {
            message = `At most ${number(limits.maxFiles)} page images per job; ${number(files.length)} were chosen.`;
        } else if (limits && files.some((file) => file.size > limits.maxBytes)
                || limits && documents === 0 && total > limits.maxBytes) {
            message = `An upload is limited to ${bytes(limits.maxBytes)}.`;
        }
        invalid.textContent = message ?? '';
        invalid.hidden = !message;
        send.disabled = files.length === 0 || message !== null || upload !== null;
        clear.disabled = upload !== null;
        send.textContent = documents > 1 ? `Upload ${documents} documents (one job each)` : 'Upload and process';
    }

    function show(message) {
        problem.textContent = message ?? '';
        problem.hidden = !message;
    }

    // Closing the tab while bytes are still being sent loses the upload; the browser asks first.
    const holdPage = (event) => event.preventDefault();

    async function start() {
        window.addEventListener('beforeunload', holdPage);
        const batches = files.every(isDocument) ? files.map((file) => [file]) : [files];
        const total = files.reduce((sum, file) => sum + file.size, 0);
        const fields = {title: title.value.trim(), language: language.value, onPageError: onPageError.value,
            onDuplicate: storeDuplicates ? 'store' : ''};
        let sent = 0;
        const jobs = [];
        bar.hidden = false;
        abort.hidden = false;
        send.disabled = clear.disabled = true;
        show(null);
        try {
            for (const batch of batches) {
                const size = batch.reduce((sum, file) => sum + file.size, 0);
                upload = api.upload(batch, fields, (loaded) => progress(sent + Math.min(loaded, size), total));
                jobs.push(await upload.done);
                sent += size;
            }
            progress(total, total);
            location.hash = jobs.length === 1 ? `#/jobs/${jobs[0].id}` : '#/jobs';
        } catch (e) {
            if (e.code === 'DUPLICATE') {
                showDuplicate(e);
            } else {
                show(`Upload refused: ${e.message}`);
            }
            barText.textContent = jobs.length > 0 ? `${jobs.length} of ${batches.length} jobs were created.` : '';
        } finally {
            window.removeEventListener('beforeunload', holdPage);
            upload = null;
            abort.hidden = true;
            check();
        }
    }

    function progress(loaded, total) {
        bar.value = total === 0 ? 100 : Math.floor(loaded * 100 / total);
        barText.textContent = `Sent ${bytes(loaded)} of ${bytes(total)} (${bar.value} %)`;
    }

    /** The same files were stored before: open that job, or process them again on purpose. */
    function showDuplicate(error) {
        const job = /job (\d+)/.exec(error.message);
        fill(problem, job ? ['These files were already uploaded as ', h('a', {href: `#/jobs/${job[1]}`}, `job ${job[1]}`), '. ']
                : `${error.message} `,
            h('button', {type: 'button', onclick: () => {
                storeDuplicates = true;
                start();
            }}, 'Process them again anyway'));
        problem.hidden = false;
    }

    return {element, dispose: () => {
        window.removeEventListener('beforeunload', holdPage);
        upload?.abort();
    }};
}
