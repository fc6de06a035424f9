package io.pageflow.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Chooses the storage implementation from configuration ({@code PAGEFLOW_STORAGE_TYPE}: {@code filesystem},
 * the default, or {@code s3}); {@link ResilientStorage} wraps it.
 */
@ApplicationScoped
public class StorageProducer {

    @Inject
    @ConfigProperty(name = "pageflow.storage.type", defaultValue = "filesystem")
    String type;

    @Inject
    @ConfigProperty(name = "pageflow.storage.dir")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "pageflow.s3.bucket", defaultValue = "pageflow")
    String bucket;

    @Inject
    @ConfigProperty(name = "pageflow.s3.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "pageflow.s3.region", defaultValue = "us-east-1")
    String region;

    @Inject
    @ConfigProperty(name = "pageflow.s3.path-style", defaultValue = "true")
    boolean pathStyle;

    @Inject
    @ConfigProperty(name = "pageflow.s3.access-key")
    Optional<String> accessKey;

    @Inject
    @ConfigProperty(name = "pageflow.s3.secret-key")
    Optional<String> secretKey;

    @Produces
    @ApplicationScoped
    @StorageBackend
    ObjectStorage objectStorage() {
        return switch (type) {
            case "filesystem" -> new FileSystemStorage(directory.filter(d -> !d.isBlank()).map(Path::of)
                    .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "pageflow-storage")));
            case "s3" -> new S3Storage(s3Client(), bucket).ensureBucket();
            default -> throw new IllegalStateException("PAGEFLOW_STORAGE_TYPE must be filesystem or s3, not " + type);
        };
    }

    private S3Client s3Client() {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                // S3-compatible servers do not all support the newer default integrity checksums.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        endpoint.filter(e -> !e.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
        if (accessKey.isPresent() && secretKey.isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(accessKey.get(), secretKey.get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
