package io.pageflow.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in an S3 bucket (AWS, or any S3-compatible server). A PUT is atomic in S3, so readers never see
 * a partial object. Streams of unknown length are read in parts of {@value #PART_SIZE} bytes: a small
 * object is one PUT, a large one a multipart upload, and memory holds one part at most.
 */
public class S3Storage implements ObjectStorage {

    static final int PART_SIZE = 8 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;

    public S3Storage(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Creates the bucket when it does not exist yet (handy for a fresh S3-compatible server). */
    public S3Storage ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw new StorageException("Cannot reach bucket " + bucket, e);
            }
            s3.createBucket(b -> b.bucket(bucket));
        }
        return this;
    }

    @Override
    public long put(String key, InputStream content) {
        StorageKeys.requireSafe(key);
        try {
            byte[] first = content.readNBytes(PART_SIZE);
            if (first.length < PART_SIZE) {
                s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromBytes(first));
                return first.length;
            }
            return multipart(key, first, content);
        } catch (IOException e) {
            throw new StorageException("Cannot read the content for " + key, e);
        } catch (SdkException e) {
            throw new StorageException("Cannot write " + key, e);
        }
    }

    private long multipart(String key, byte[] first, InputStream rest) throws IOException {
        String upload = s3.createMultipartUpload(c -> c.bucket(bucket).key(key)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long size = 0;
            byte[] part = first;
            while (part.length > 0) {
                int number = parts.size() + 1;
                byte[] body = part;
                String etag = s3.uploadPart(u -> u.bucket(bucket).key(key).uploadId(upload).partNumber(number),
                        RequestBody.fromBytes(body)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                size += part.length;
                part = rest.readNBytes(PART_SIZE);
            }
            s3.completeMultipartUpload(c -> c.bucket(bucket).key(key).uploadId(upload)
                    .multipartUpload(m -> m.parts(parts)));
            return size;
        } catch (IOException | RuntimeException e) {
            s3.abortMultipartUpload(a -> a.bucket(bucket).key(key).uploadId(upload));
            throw e;
        }
    }

    @Override
    public InputStream open(String key) {
        StorageKeys.requireSafe(key);
        try {
            return s3.getObject(g -> g.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new StorageObjectMissingException("No object " + key, e);
        } catch (SdkException e) {
            throw new StorageException("Cannot read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        StorageKeys.requireSafe(key);
        try {
            s3.headObject(h -> h.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new StorageException("Cannot look up " + key, e);
        } catch (SdkException e) {
            throw new StorageException("Cannot look up " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        StorageKeys.requireSafe(key);
        try {
            s3.deleteObject(d -> d.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new StorageException("Cannot delete " + key, e);
        }
    }

    @Override
    public List<StoredObject> list(String prefix) {
        try {
            return s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix)).contents().stream()
                    .map(o -> new StoredObject(o.key(), o.lastModified()))
                    .toList();
        } catch (SdkException e) {
            throw new StorageException("Cannot list " + prefix, e);
        }
    }

    @Override
    public boolean isWritable() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }
}
