// The top bar's count of pages waiting for a person: read when a view opens and after a correction, never
// polled (one small request: the queue's X-Total-Count).

import {api} from './api.js';

/** Brings the count up to date; leaves it as it was when the server does not answer (the views say so). */
export async function refreshReviewCount() {
    const badge = document.getElementById('review-count');
    try {
        const count = await api.reviewCount();
        badge.textContent = String(count);
        badge.hidden = count === 0;
        badge.title = `${count} ${count === 1 ? 'page waits' : 'pages wait'} for review`;
    } catch (e) {
        // only a hint
    }
}
