package io.pageflow.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The uncompressed bytes of an archive's entries, counted as they are read: reading fails once the total
 * passes the size limit, or once it is more than {@code maxRatio} times the compressed bytes read so far
 * (a ZIP bomb), before the bytes reach any disk. Closing it does not close the archive.
 */
final class GuardedZipStream extends FilterInputStream {

    /** Small archives are allowed any ratio: a few KB of zeros is no threat. */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private final CountingStream compressed;
    private final long maxTotal;
    private final int maxRatio;
    private long total;

    GuardedZipStream(InputStream entries, CountingStream compressed, long maxTotal, int maxRatio) {
        super(entries);
        this.compressed = compressed;
        this.maxTotal = maxTotal;
        this.maxRatio = maxRatio;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public void close() {
        // the archive stays open for its next entry
    }

    private void count(int n) {
        total += n;
        if (total > maxTotal) {
            throw new ZipLimitException("ZIP_TOO_LARGE", "The archive unpacks to more than " + maxTotal
                    + " bytes (PAGEFLOW_ZIP_MAX_TOTAL_BYTES)");
        }
        if (total > RATIO_GRACE_BYTES && total > (long) maxRatio * Math.max(1, compressed.count())) {
            throw new ZipLimitException("ZIP_BOMB", "The archive unpacks to more than " + maxRatio
                    + " times its compressed size (PAGEFLOW_ZIP_MAX_RATIO): refused as a ZIP bomb");
        }
    }

    /** Counts the compressed bytes read from the upload. */
    static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
