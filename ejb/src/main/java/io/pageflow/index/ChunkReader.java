package io.pageflow.index;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.config.PageflowSettings;

/**
 * Reads the completed pages of a document in order, one page's text at a time, and hands out their
 * chunks. The checkpoint is the number of chunks already written: chunking is deterministic, so a
 * restart re-chunks and skips that many.
 */
@Named
@Dependent
public class ChunkReader extends AbstractItemReader {

    @Inject
    JobContext jobContext;

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    PageflowSettings settings;

    private Chunker chunker;
    private int read;

    @Override
    public void open(Serializable checkpoint) {
        long documentId = IndexJob.documentId(jobContext);
        List<Integer> pageNumbers = em.createQuery("""
                select p.pageNumber from Page p
                 where p.documentId = :id and p.status = io.pageflow.document.PageStatus.COMPLETED
                 order by p.pageNumber""", Integer.class)
                .setParameter("id", documentId)
                .getResultList();
        chunker = new Chunker(pages(documentId, pageNumbers.iterator()), settings.pipeline().chunkSize(),
                settings.pipeline().chunkOverlap());
        int skip = checkpoint == null ? 0 : (Integer) checkpoint;
        while (read < skip && chunker.hasNext()) {
            chunker.next();
            read++;
        }
    }

    @Override
    public Object readItem() {
        if (chunker.hasNext()) {
            read++;
            return chunker.next();
        }
        jobContext.setTransientUserData(read);
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }

    /** Loads each page's text only when the chunker asks for it. */
    private Iterator<PageText> pages(long documentId, Iterator<Integer> numbers) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return numbers.hasNext();
            }

            @Override
            public PageText next() {
                int number = numbers.next();
                String text = em.createQuery(
                        "select p.text from Page p where p.documentId = :id and p.pageNumber = :n", String.class)
                        .setParameter("id", documentId)
                        .setParameter("n", number)
                        .getSingleResult();
                return new PageText(number, text);
            }
        };
    }
}
