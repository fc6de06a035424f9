package io.pageflow.state;

/**
 * A page taken by one worker. The attempt number is the claim's fencing token: the worker's later updates
 * are guarded by it, so a worker whose lease expired and was taken over cannot overwrite the new holder's work.
 *
 * @param holder   the node that holds the lease
 * @param attempt  the page's attempt count after this claim
 * @param language OCR language of the document
 * @param ocrModel the job's OCR model as stored with it; null: the server's default
 * @param ocrSteps the job's OCR steps as stored with it; null: the server's default
 * @param ocrImages whether the job has the images of mixed pages read by OCR too
 */
public record PageClaim(long pageId, long jobId, long documentId, int pageNumber, String sourceKey, String language,
        String holder, int attempt, String ocrModel, String ocrSteps, boolean ocrImages) {
}
