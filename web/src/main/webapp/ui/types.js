// Document types as the server defines them (GET /api/document-types): the names for type filters and the
// JSON Schema of each type's fields. Read once per page load; a type changed on the server shows after a reload.

import {api} from './api.js';
import {h, fill} from './dom.js';

let loading = null;

/** The current version of every type, in the server's order. */
export function documentTypes() {
    loading ??= api.documentTypes().catch((e) => {
        loading = null; // try again next time
        throw e;
    });
    return loading;
}

/** The schema of one version of a type: from the list when it is the current version, else asked for. */
export async function typeSchema(name, version) {
    const current = (await documentTypes()).find((type) => type.name === name);
    if (current && (version === undefined || version === null || current.version === version)) {
        return current.definition?.schema ?? {};
    }
    return (await api.documentType(name, version)).definition?.schema ?? {};
}

/**
 * A select of document types with a first option for "any"; fills itself once the types are read, keeping
 * {@code selected} (also when the server no longer has that type, so the address stays truthful).
 */
export function typeFilter(id, selected, anyLabel, onchange) {
    const select = h('select', {id, onchange},
        h('option', {value: ''}, anyLabel),
        selected ? h('option', {value: selected, selected: true}, selected) : null);
    documentTypes().then((types) => {
        const chosen = select.value;
        const names = types.map((type) => type.name);
        fill(select, h('option', {value: ''}, anyLabel),
            types.map((type) => h('option', {value: type.name, title: type.description}, type.name)),
            chosen && !names.includes(chosen) ? h('option', {value: chosen}, chosen) : null);
        select.value = chosen;
    }).catch(() => {
        // the filter still works with the type in the address; the view reports the server's failure itself
    });
    return select;
}

const ACRONYMS = new Set(['gstin', 'gst', 'cgst', 'sgst', 'igst', 'hsn', 'sac', 'id', 'pan', 'ifsc', 'po', 'vat']);

/** "invoiceNumber" → "Invoice number", "supplierGstin" → "Supplier GSTIN", unless the schema gives a title. */
export function fieldLabel(name, property = {}) {
    if (property.title) {
        return property.title;
    }
    const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase().split(' ')
        .map((word) => ACRONYMS.has(word) ? word.toUpperCase() : word).join(' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A schema's properties in a reading order: required ones as the schema lists them, then those with a value,
 * then the rest (stored schemas do not keep the order they were written in).
 */
export function orderedProperties(schema, values = {}) {
    const properties = Object.entries(schema.properties ?? {});
    const required = schema.required ?? [];
    const rank = ([name]) => required.includes(name) ? required.indexOf(name)
        : values[name] !== undefined && values[name] !== null ? 1000 : 2000;
    return properties.sort((a, b) => rank(a) - rank(b) || a[0].localeCompare(b[0]));
}

/** A confidence between 0 and 1 as "93 %". */
export function percent(value) {
    return value === null || value === undefined ? '—' : `${Math.round(value * 100)} %`;
}
