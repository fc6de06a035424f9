package io.pageflow.analysis;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One item of a consolidation: the name it goes by, the topic it was first seen under, every name it was seen
 * under, the pages it came from, and its name's embedding (what near-duplicates are compared with). Written only
 * by the consolidate stage of its own job.
 */
@Entity
@Table(name = "consolidated_item")
public class ConsolidatedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long jobId;
    private String itemKey;
    private String name;
    private String topic;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] variants;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private Integer[] pages;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private float[] embedding;

    protected ConsolidatedItem() {
    }

    public ConsolidatedItem(long jobId, String itemKey, String name, String topic, float[] embedding) {
        this.jobId = jobId;
        this.itemKey = itemKey;
        this.name = name;
        this.topic = topic;
        this.variants = new String[] {name};
        this.pages = new Integer[0];
        this.embedding = embedding;
    }

    /** Another sighting: the page (kept in order, once) and the name it was seen under. */
    public void seen(int page, String asName) {
        Set<Integer> all = new TreeSet<>(Arrays.asList(pages));
        all.add(page);
        pages = all.toArray(Integer[]::new);
        Set<String> names = new LinkedHashSet<>(Arrays.asList(variants));
        names.add(asName);
        variants = names.toArray(String[]::new);
    }

    public void rename(String refined) {
        this.name = refined;
    }

    public Long getId() {
        return id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getName() {
        return name;
    }

    public String getTopic() {
        return topic;
    }

    public String[] getVariants() {
        return variants;
    }

    public Integer[] getPages() {
        return pages;
    }

    public float[] getEmbedding() {
        return embedding;
    }
}
