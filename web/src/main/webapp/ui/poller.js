// Polls while something runs, stops when nothing does, and rests while the tab is hidden.

import {ApiError} from './api.js';

const connection = () => document.getElementById('connection');

// How many pollers run, on <html data-polling="n">: lets a test see that a view has stopped polling.
const running = new Set();
function showRunning() {
    document.documentElement.dataset.polling = String(running.size);
}

export class Poller {
    /** task() refreshes the view and resolves to true while there is something left to watch. */
    constructor(task, intervalMillis) {
        this.task = task;
        this.interval = intervalMillis;
        this.timer = null;
        this.running = false;
        this.busy = false;
        this.onVisibility = () => {
            if (!document.hidden && this.running && this.timer === null && !this.busy) {
                this.tick();
            }
        };
    }

    start() {
        this.stop();
        this.running = true;
        running.add(this);
        showRunning();
        document.addEventListener('visibilitychange', this.onVisibility);
        this.tick();
    }

    stop() {
        this.running = false;
        running.delete(this);
        showRunning();
        clearTimeout(this.timer);
        this.timer = null;
        document.removeEventListener('visibilitychange', this.onVisibility);
    }

    async tick() {
        this.timer = null;
        this.busy = true;
        let again;
        try {
            again = await this.task();
            showConnection(null);
        } catch (e) {
            // A server that is restarting comes back; keep trying and say so.
            again = e instanceof ApiError && (e.status === 0 || e.status >= 500);
            showConnection(again ? 'The server is not answering; retrying…' : e.message);
        } finally {
            this.busy = false;
        }
        if (this.running && again && !document.hidden) {
            this.timer = setTimeout(() => this.tick(), this.interval);
        } else if (!again) {
            this.stop();
        }
    }
}

function showConnection(message) {
    const banner = connection();
    banner.textContent = message ?? '';
    banner.hidden = !message;
}
