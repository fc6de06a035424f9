// What a page is and what it says, beside its image: the type with its confidence and best scores, and the
// fields as a form a person corrects. Save sends only what changed (PUT …/extraction); the answer is shown as
// the server stored it, with its validation.

import {api, ApiError, can} from './api.js';
import {h, fill} from './dom.js';
import {fieldInput, itemsTable} from './field-input.js';
import {documentTypes, fieldLabel, orderedProperties, percent, typeSchema} from './types.js';

// A page has its type once its job has passed the classify stage (asking earlier only gets 404s).
const CLASSIFIED_STAGES = new Set(['extract', 'index', 'export', 'gateway', 'done']);
const EVIDENCE = 90;

/** {@code onSaved(extraction)} runs after the server accepted a correction. */
export function fieldsPanel(onSaved = () => {}) {
    let job = null;
    let page = null;
    let extraction = null;
    let fetchedFor = null;
    let inputs = new Map(); // field name → fieldInput
    let dirty = false;
    let saving = false;

    const summary = h('p', {id: 'page-type', class: 'page-type'}, 'Not classified yet.');
    const scores = h('p', {id: 'type-scores', class: 'muted type-scores', hidden: true});
    const typeSelect = h('select', {id: 'doc-type-select', onchange: () => retype()});
    const errors = h('ul', {id: 'validation-errors', class: 'validation-errors', hidden: true, 'aria-label': 'Validation errors'});
    const fields = h('div', {id: 'fields', class: 'field-grid'});
    const items = h('div', {class: 'items'});
    const save = h('button', {type: 'submit', id: 'save-fields', class: 'primary', hidden: !can('reviewer')},
        'Save corrections');
    const saved = h('span', {id: 'fields-status', role: 'status', class: 'muted'});
    const problem = h('p', {id: 'fields-problem', class: 'problem', role: 'alert', hidden: true});
    const busyNote = h('p', {class: 'muted', hidden: true}, 'Corrections can be saved once the job has ended.');
    const form = h('form', {id: 'fields-form', novalidate: true, hidden: true, 'aria-labelledby': 'fields-heading',
        onsubmit: (event) => {
            event.preventDefault();
            submit();
        },
        oninput: () => changed(), onchange: () => changed()},
        h('div', {class: 'type-choice'}, h('label', {for: 'doc-type-select'}, 'Type'), typeSelect),
        errors, fields, items,
        h('div', {class: 'actions'}, save, saved), busyNote, problem);
    const element = h('section', {class: 'understanding', 'aria-labelledby': 'fields-heading'},
        h('h2', {id: 'fields-heading'}, 'Type and fields'), summary, scores, form);

    /** Follows the page and its job; resolves to whether the fields may still change (the job runs). */
    async function update(nextJob, nextPage) {
        job = nextJob;
        page = nextPage;
        const running = job.status === 'queued' || job.status === 'processing';
        save.disabled = running || saving;
        busyNote.hidden = !running;
        if (page.status !== 'completed' || !CLASSIFIED_STAGES.has(job.stage)) {
            if (!extraction || page.status !== 'completed') {
                showUnclassified(running);
            }
            return running;
        }
        const key = `${page.completedAt}|${job.status}|${job.stage}`;
        if (fetchedFor === key && !running) {
            return false;
        }
        let fresh;
        try {
            fresh = await api.pageExtraction(job.documentId, page.number);
        } catch (e) {
            if (e instanceof ApiError && e.status === 404) {
                showUnclassified(running);
                return running;
            }
            throw e;
        }
        fetchedFor = key;
        if (!dirty && !saving && JSON.stringify(fresh) !== JSON.stringify(extraction)) {
            await show(fresh);
        }
        return running;
    }

    function showUnclassified(running) {
        extraction = null;
        form.hidden = true;
        scores.hidden = true;
        summary.textContent = page.status === 'failed' ? 'Not classified: the page has no text.'
            : running ? 'Not classified yet: the page is given its type once every page of the job is read.'
                : 'Not classified: the job ended before this page was given a type.';
    }

    async function show(result) {
        extraction = result;
        dirty = false;
        fill(summary, 'Type ', h('strong', {id: 'page-doc-type'}, result.docType),
            ` · confidence ${percent(result.confidence)}`,
            result.engine ? h('span', {class: 'muted'}, ` · by ${result.engine}`) : '',
            result.needsReview ? [' · ', h('span', {class: 'flag', id: 'needs-review'}, 'needs review')] : '',
            result.errorCode ? [' · ', h('code', {}, result.errorCode), ` ${result.errorMessage ?? ''}`] : '');
        scores.hidden = !result.scores?.length;
        fill(scores, 'Best scores: ', (result.scores ?? []).map((score, i) => [i ? ' · ' : '',
            h('span', {'data-type': score.docType}, `${score.docType} ${percent(score.score)}`)]));
        const types = await documentTypes().catch(() => []);
        const names = types.map((type) => type.name);
        fill(typeSelect, names.includes(result.docType) ? null : h('option', {value: result.docType}, result.docType),
            types.map((type) => h('option', {value: type.name, title: type.description}, type.name)));
        typeSelect.value = result.docType;
        await renderFields(result.docType, result.typeVersion, result.fields ?? {});
        renderValidation(result.validation);
        form.hidden = false;
        changed();
    }

    async function renderFields(docType, version, values) {
        const schema = await typeSchema(docType, version).catch(() => ({}));
        const required = new Set(schema.required ?? []);
        inputs = new Map();
        const rows = [];
        const tables = [];
        const present = Object.fromEntries(Object.entries(values).map(([name, field]) => [name, field?.value]));
        for (const [name, property] of orderedProperties(schema, present)) {
            const field = values[name] ?? {};
            if (property.type === 'array') {
                if (Array.isArray(field.value) && field.value.length > 0) {
                    tables.push(h('div', {class: 'field', 'data-field': name},
                        itemsTable(fieldLabel(name, property), property, field.value), meta(name, field)));
                }
                continue;
            }
            const id = `field-${name}`;
            const input = fieldInput(id, name, property, field.value);
            input.control.setAttribute('aria-describedby', `${id}-meta`);
            inputs.set(name, input);
            rows.push(h('div', {class: 'field', 'data-field': name},
                h('label', {for: id}, fieldLabel(name, property),
                    required.has(name) ? h('span', {class: 'required', title: 'required'}, ' *') : ''),
                input.control, meta(name, field)));
        }
        fill(fields, docType === 'unknown' || rows.length === 0
            ? h('p', {class: 'muted'}, docType === 'unknown'
                ? 'A page of no known type has no fields; choose its type to give them.' : 'This type has no fields.')
            : rows);
        fill(items, tables);
    }

    function meta(name, field) {
        const evidence = field.evidence ? String(field.evidence).replace(/\s+/g, ' ').trim() : '';
        return h('small', {class: 'field-meta', id: `field-${name}-meta`},
            field.source ? h('span', {class: `source source-${field.source}`, 'data-source': field.source}, field.source) : 'not found',
            field.confidence !== undefined && field.confidence !== null && field.source !== 'human'
                ? ` ${percent(field.confidence)}` : '',
            evidence ? h('span', {class: 'evidence', title: evidence},
                ` “${evidence.length > EVIDENCE ? `${evidence.slice(0, EVIDENCE)}…` : evidence}”`) : '');
    }

    function renderValidation(validation) {
        const broken = validation && !validation.valid ? validation.errors ?? [] : [];
        errors.hidden = broken.length === 0;
        fill(errors, broken.map((error) => h('li', {}, error)));
        for (const row of form.querySelectorAll('[data-field]')) {
            const name = row.dataset.field;
            const mentioned = broken.some((error) => mentions(error, name));
            row.classList.toggle('invalid', mentioned);
            inputs.get(name)?.control.setAttribute('aria-invalid', String(mentioned));
        }
        if (broken.length) {
            errors.prepend(h('li', {class: 'errors-heading'}, 'The fields break their type’s rules:'));
        }
    }

    /** A new type chosen: its fields, empty (a retyped page keeps none of the old type's fields). */
    async function retype() {
        const docType = typeSelect.value;
        if (docType === extraction.docType) {
            await renderFields(docType, extraction.typeVersion, extraction.fields ?? {});
            renderValidation(extraction.validation);
        } else {
            await renderFields(docType, undefined, {});
            renderValidation(null);
        }
        changed();
    }

    function corrections() {
        const values = {};
        for (const [name, input] of inputs) {
            if (input.changed()) {
                values[name] = input.read();
            }
        }
        const correction = {fields: values};
        if (extraction && typeSelect.value !== extraction.docType) {
            correction.docType = typeSelect.value;
        }
        return correction;
    }

    function changed() {
        if (!extraction) {
            return;
        }
        const correction = corrections();
        dirty = correction.docType !== undefined || Object.keys(correction.fields).length > 0;
        // Saving nothing changed still tells the server a person looked: the page leaves the review queue if valid.
        save.textContent = dirty ? 'Save corrections'
            : extraction.docType === 'unknown' ? 'Confirm: no known type' : 'Confirm as is';
    }

    async function submit() {
        if (!extraction || saving || save.disabled) {
            return;
        }
        problem.hidden = true;
        const unreadable = [...inputs.entries()].filter(([, input]) => input.unreadable());
        if (unreadable.length) {
            // sent as it reads, the field would be emptied
            fill(problem, `Not a number: ${unreadable.map(([name]) => fieldLabel(name)).join(', ')}. `
                + 'Write amounts with digits and a decimal point only (118000.50).');
            problem.hidden = false;
            unreadable[0][1].control.focus();
            return;
        }
        const correction = corrections();
        saved.textContent = 'Saving…';
        saving = true;
        save.disabled = true;
        try {
            const result = await api.correctPage(job.documentId, page.number, correction);
            saving = false;
            await show(result);
            const names = Object.keys(correction.fields);
            const broken = result.validation && !result.validation.valid ? result.validation.errors?.length ?? 0 : 0;
            saved.textContent = (correction.docType || names.length
                ? `Saved${correction.docType ? ` as ${correction.docType}` : ''}${names.length ? `: ${names.join(', ')}` : ''}.`
                : 'Confirmed.') + (broken ? ` The fields still break ${broken === 1 ? 'a rule' : `${broken} rules`}.` : '');
            onSaved(result);
        } catch (e) {
            saved.textContent = '';
            fill(problem, e.code ? [h('code', {}, e.code), ' '] : '', e.message,
                e.problem?.invalidParams?.length ? h('ul', {}, e.problem.invalidParams.map((p) =>
                    h('li', {}, `${p.name}: ${p.reason}`))) : '');
            problem.hidden = false;
        } finally {
            saving = false;
            save.disabled = !job || job.status === 'queued' || job.status === 'processing';
        }
    }

    return {element, update};
}

/** Whether a validation message is about field {@code name} ("invoiceDate: …", "/invoiceDate …", "'invoiceDate'"). */
function mentions(error, name) {
    return new RegExp(`(^|[^A-Za-z0-9_])${name.replace(/[^A-Za-z0-9_]/g, '')}([^A-Za-z0-9_]|$)`).test(error);
}
