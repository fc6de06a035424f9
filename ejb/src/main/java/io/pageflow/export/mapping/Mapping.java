package io.pageflow.export.mapping;

import java.util.List;

/**
 * A stored mapping, read and checked ({@link MappingReader}): how the fields of one document type become the
 * elements and attributes of an XML document.
 *
 * @param namespace     the default namespace of every element, or null for none
 * @param emptyElements whether a field without a value is written as an empty element (else it is left out)
 * @param rules         in the mapping's order, which is the order of the elements written
 */
public record Mapping(String docType, String root, String namespace, boolean emptyElements, List<Rule> rules) {

    /** Keys that name the document rather than one of its fields. */
    static final List<String> METADATA = List.of("$documentId", "$jobId", "$docType", "$typeVersion", "$title");

    /**
     * One field (or metadata key) and where it goes.
     *
     * @param nested the rules for the members of each item (a list of objects) or of the object; null for a value
     */
    record Rule(String field, XmlPath path, List<Rule> nested) {

        boolean isNested() {
            return nested != null;
        }
    }

    /**
     * Where a value goes, relative to the element of the rule's level: elements to walk (created as needed, shared
     * by the rules that walk them), and either an attribute of the last one or, when {@code attribute} is null,
     * the last element itself (one per value).
     */
    record XmlPath(List<String> elements, String attribute) {

        /** The elements under which the value's own element or attribute sits. */
        List<String> parents() {
            return attribute != null ? elements : elements.subList(0, elements.size() - 1);
        }

        String leaf() {
            return elements.get(elements.size() - 1);
        }

        @Override
        public String toString() {
            return String.join("/", elements) + (attribute == null ? "" : (elements.isEmpty() ? "@" : "/@") + attribute);
        }
    }
}
