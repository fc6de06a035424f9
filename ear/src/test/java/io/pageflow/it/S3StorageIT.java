package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.pageflow.client.model.JobView;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The end-to-end path on S3 object storage: a node configured with PAGEFLOW_STORAGE_TYPE=s3 against
 * s3proxy, a real S3 endpoint (from Maven Central) that keeps its objects in a local folder.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class S3StorageIT {

    static final int S3_PORT = Integer.getInteger("pageflow.s3.port", 8478);
    static final Path WORK = Path.of(System.getProperty("pageflow.work.dir", "target"));
    static final Path S3_DATA = WORK.resolve("s3proxy-data");
    static Process s3proxy;
    static SecondServer node;
    static TestApi api;

    @BeforeAll
    static void startS3AndNode() throws Exception {
        Files.createDirectories(S3_DATA);
        Path conf = WORK.resolve("s3proxy.conf");
        Files.writeString(conf, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + S3_PORT,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=pageflow",
                "s3proxy.credential=pageflow-secret",
                "jclouds.provider=filesystem-nio2",
                "jclouds.filesystem.basedir=" + S3_DATA,
                "jclouds.identity=pageflow",
                "jclouds.credential=pageflow-secret", ""));
        s3proxy = new ProcessBuilder("java", "-jar", System.getProperty("pageflow.s3proxy.jar"), "--properties", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("s3proxy.log").toFile())
                .start();
        awaitPort(S3_PORT);
        node = new SecondServer(2, Map.of(
                "PAGEFLOW_STORAGE_TYPE", "s3",
                "PAGEFLOW_S3_ENDPOINT", "http://127.0.0.1:" + S3_PORT,
                "PAGEFLOW_S3_BUCKET", "pageflow-it",
                "PAGEFLOW_S3_ACCESS_KEY", "pageflow",
                "PAGEFLOW_S3_SECRET_KEY", "pageflow-secret"));
        node.start();
        api = new TestApi(SecondServer.URL);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (node != null) {
            node.stop();
        }
        if (s3proxy != null) {
            s3proxy.destroy();
            s3proxy.waitFor();
        }
    }

    @Test
    void pdfAndImagesGoThroughThePipelineOnS3() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(501, 8), TestDocuments.lines(502, 8)));
        JobView job = api.awaitEnd(id(api.submitAccepted(
                List.of(new PageflowClient.FilePart("s3.pdf", "application/pdf", pdf)), Map.of())), Duration.ofMinutes(3));
        assertEquals("completed", job.getStatus(), job::toString);
        long document = job.getDocumentId();
        assertEquals(String.join("\n", TestDocuments.lines(502, 8)),
                api.text(document, 2));
        assertTrue(Files.isRegularFile(object("documents/" + document + "/original/file-0001.pdf")));
        // a page read from its text layer gets its own PDF and image when first asked for, then kept in the bucket
        assertFalse(Files.exists(object("documents/" + document + "/pages/page-0002.png")), "no image before a request");
        assertTrue(TestApi.bytes(TestApi.call(() -> api.documents.getPageImage(document, 2))).length > 0);
        assertTrue(Files.isRegularFile(object("documents/" + document + "/pages/page-0002.pdf")));
        assertTrue(Files.isRegularFile(object("documents/" + document + "/pages/page-0002.png")));
        assertTrue(Files.isRegularFile(object("results/" + id(job) + ".xml")));
        assertTrue(api.result(id(job), "xml").contains("<export"), "the XML export is read back from S3");
        assertTrue(TestApi.bytes(TestApi.call(() -> api.documents.getPageImage(document, 1))).length > 0,
                "the page image is read back from S3");

        byte[] png = TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(503, 5)));
        JobView images = api.awaitEnd(id(api.submitAccepted(
                List.of(new PageflowClient.FilePart("p.png", "image/png", png)), Map.of())), Duration.ofMinutes(3));
        assertEquals("completed", images.getStatus(), images::toString);
        assertEquals("ocr", api.pages(id(images)).get(0).getTextSource());
    }

    @Test
    void largeUploadIsStoredWithAMultipartUpload() throws IOException {
        // Three pages of noise: incompressible, about 12 MB, more than one 8 MB part.
        List<BufferedImage> noise = new ArrayList<>();
        Random random = new Random(7);
        for (int p = 0; p < 3; p++) {
            BufferedImage image = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
            byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
            random.nextBytes(pixels);
            noise.add(image);
        }
        byte[] pdf = TestDocuments.scannedPdf(noise);
        assertTrue(pdf.length > 8 * 1024 * 1024, "test file is " + pdf.length + " bytes");
        JobView queued = api.submitAccepted(List.of(new PageflowClient.FilePart("big.pdf", "application/pdf", pdf)), Map.of());
        Path original = object("documents/" + queued.getDocumentId() + "/original/file-0001.pdf");
        assertEquals(pdf.length, Files.size(original), "the whole file arrived in S3");
        assertEquals(sha256(pdf), sha256(Files.readAllBytes(original)), "S3 holds the uploaded bytes, in order");
        JobView job = api.awaitEnd(id(queued), Duration.ofMinutes(4));
        assertEquals(3, job.getPagesTotal(), job::toString);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path object(String key) {
        return S3_DATA.resolve("pageflow-it").resolve(key);
    }

    private static long id(JobView job) {
        return job.getId();
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("s3proxy did not start; see target/s3proxy.log");
    }
}
