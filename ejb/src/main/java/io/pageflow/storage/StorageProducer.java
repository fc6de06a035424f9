package io.pageflow.storage;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import io.pageflow.config.PageflowSettings;

/**
 * Chooses the storage implementation from configuration ({@code PAGEFLOW_STORAGE_TYPE}: {@code filesystem},
 * the default, or {@code s3}); {@link ResilientStorage} wraps it.
 */
@ApplicationScoped
public class StorageProducer {

    @Inject
    PageflowSettings settings;

    @Produces
    @ApplicationScoped
    @StorageBackend
    ObjectStorage objectStorage() {
        PageflowSettings.Storage storage = settings.storage();
        if (storage.isS3()) {
            return new S3Storage(s3Client(storage), storage.bucket()).ensureBucket();
        }
        return new FileSystemStorage(storage.directory()
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "pageflow-storage")));
    }

    private static S3Client s3Client(PageflowSettings.Storage storage) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(storage.region()))
                .forcePathStyle(storage.pathStyle())
                // S3-compatible servers do not all support the newer default integrity checksums.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        storage.endpoint().ifPresent(builder::endpointOverride);
        if (storage.accessKey().isPresent() && storage.secretKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(storage.accessKey().get(), storage.secretKey().get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
