// Builds elements from data without innerHTML, so that titles, file names and page text are never markup.

/** h('a', {href: '#/jobs', class: 'x'}, 'text', child, [more]) */
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2), value);
        } else if (value === true) {
            element.setAttribute(name, '');
        } else {
            element.setAttribute(name, String(value));
        }
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        if (Array.isArray(child)) {
            append(element, child);
        } else {
            element.append(child instanceof Node ? child : String(child));
        }
    }
}

/** Replaces everything inside {@code element}. */
export function fill(element, ...children) {
    element.replaceChildren();
    append(element, children);
    return element;
}

/**
 * Fills {@code element} with what {@code build()} returns, only when {@code key} differs from the last time:
 * polling then leaves unchanged controls (and the keyboard focus on them) alone.
 */
export function fillOnChange(element, key, build) {
    const signature = JSON.stringify(key);
    if (element.dataset.signature !== signature) {
        element.dataset.signature = signature;
        fill(element, build());
    }
}

const STATUS_ICONS = {
    queued: '…', pending: '○', processing: '◐', completed: '✓', failed: '✗', cancelled: '⊘',
    approved: '✓', rejected: '✗', unreviewed: '○', ready: '✓',
};

/** A status as an icon and a word, so that it reads without colour. */
export function statusBadge(status, prefix = '') {
    return h('span', {class: `status status-${status}`, 'data-status': status},
        h('span', {'aria-hidden': 'true'}, STATUS_ICONS[status] ?? '•'), ` ${prefix}${status}`);
}

/**
 * Brings {@code container}'s children in line with {@code items}, keyed by {@code keyOf}: unchanged items
 * keep their element (and the keyboard focus in it), changed ones are rendered again.
 */
export function reconcile(container, items, keyOf, render) {
    const existing = new Map([...container.children].map((element) => [element.dataset.key, element]));
    let previous = null;
    for (const item of items) {
        const key = String(keyOf(item));
        const signature = JSON.stringify(item);
        let element = existing.get(key);
        existing.delete(key);
        if (!element || element.dataset.signature !== signature) {
            const fresh = render(item);
            fresh.dataset.key = key;
            fresh.dataset.signature = signature;
            element?.replaceWith(fresh);
            element = fresh;
        }
        const expected = previous ? previous.nextElementSibling : container.firstElementChild;
        if (expected !== element) {
            container.insertBefore(element, expected);
        }
        previous = element;
    }
    for (const stale of existing.values()) {
        stale.remove();
    }
}
