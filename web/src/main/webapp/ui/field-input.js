// One extracted field as a form control, typed by its JSON Schema where that is easy: a number input for
// numbers, a date input for ISO dates, a select for an enum, text otherwise. A stored value the typed control
// could not hold (a date that is not ISO, an amount that is text) gets a text input, so nothing is hidden.

import {h} from './dom.js';
import {fieldLabel} from './types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The control for field {@code name} holding {@code value}; {@code read()} gives what to send back. */
export function fieldInput(id, name, property, value) {
    const kind = controlKind(property, value);
    const shown = value === null || value === undefined ? '' : String(value);
    let control;
    if (kind === 'enum') {
        const options = property.enum.map(String);
        control = h('select', {id, name},
            h('option', {value: ''}, '—'),
            options.map((option) => h('option', {value: option, selected: option === shown}, option)),
            shown && !options.includes(shown) ? h('option', {value: shown, selected: true}, shown) : null);
    } else {
        control = h('input', {id, name, type: kind, value: shown, autocomplete: 'off', spellcheck: 'false',
            step: kind === 'number' ? 'any' : null, min: kind === 'number' ? property.minimum : null,
            inputmode: kind === 'number' ? 'decimal' : null});
    }
    control.dataset.kind = kind;
    const original = normalise(kind, shown);
    return {
        control,
        /** The value as the API takes it: a number for number fields, null when emptied. */
        read: () => normalise(kind, control.value),
        changed: () => normalise(kind, control.value) !== original,
        /** Text the control cannot hold (a number input shows "1,18,000" but its value is empty). */
        unreadable: () => control.validity?.badInput === true,
    };
}

function controlKind(property, value) {
    const present = value !== null && value !== undefined && value !== '';
    if (Array.isArray(property.enum)) {
        return 'enum';
    }
    if (property.type === 'number' || property.type === 'integer') {
        return !present || typeof value === 'number' ? 'number' : 'text';
    }
    if (property.format === 'date') {
        return !present || ISO_DATE.test(String(value)) ? 'date' : 'text';
    }
    return 'text';
}

function normalise(kind, text) {
    const trimmed = String(text).trim();
    if (trimmed === '') {
        return null;
    }
    if (kind === 'number') {
        const number = Number(trimmed);
        return Number.isFinite(number) ? number : trimmed;
    }
    return trimmed;
}

/** Line items (an array of objects) as a small read-only table; the columns are the items' schema's. */
export function itemsTable(label, property, items) {
    // text columns (description, codes) before numbers (quantity, rate, amount)
    const itemProperties = property.items?.properties ?? {};
    const columns = Object.keys(itemProperties).sort((a, b) =>
        (itemProperties[a].type === 'number') - (itemProperties[b].type === 'number'));
    if (columns.length === 0) {
        for (const item of items) {
            for (const key of Object.keys(item ?? {})) {
                if (!columns.includes(key)) {
                    columns.push(key);
                }
            }
        }
    }
    return h('table', {class: 'items-table'},
        h('caption', {}, label),
        h('thead', {}, h('tr', {}, columns.map((column) => h('th', {scope: 'col'}, fieldLabel(column))))),
        h('tbody', {}, items.map((item) => h('tr', {},
            columns.map((column) => h('td', {}, item?.[column] === undefined || item?.[column] === null ? ''
                : String(item[column])))))));
}
