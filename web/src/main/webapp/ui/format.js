// Numbers, sizes and times as people read them.

export function bytes(count) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = count;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${count} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function duration(millis) {
    if (millis < 10_000) {
        return `${Math.max(0, millis / 1000).toFixed(1)} s`;
    }
    const seconds = Math.round(millis / 1000);
    if (seconds < 60) {
        return `${seconds} s`;
    }
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) {
        return `${minutes} min ${seconds % 60} s`;
    }
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function dateTime(iso) {
    return iso ? new Date(iso).toLocaleString() : '';
}

export function ago(iso) {
    if (!iso) {
        return '';
    }
    const millis = Date.now() - new Date(iso).getTime();
    return millis < 45_000 ? 'just now' : `${duration(millis).replace(/ \d+ s$/, '')} ago`;
}

export function number(value) {
    return new Intl.NumberFormat().format(value);
}

/** "page 3" or "pages 3–5" */
export function pageRange(start, end) {
    return start === end ? `page ${start}` : `pages ${start}–${end}`;
}
