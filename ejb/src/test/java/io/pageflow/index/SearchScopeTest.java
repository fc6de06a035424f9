package io.pageflow.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchScopeTest {

    @Test
    void everythingIsNoCondition() {
        assertEquals("true", SearchScope.everything().condition());
    }

    @Test
    void conditionsAreJoinedAndEveryQueryUsesThem() {
        SearchScope scope = new SearchScope(4L, "bill");
        assertEquals("c.document_id = :scopeDocument and c.document_id in (select d.id from document d"
                + " where d.doc_type = :scopeDocType)", scope.condition());
        assertTrue(SearchSql.vectorCandidates(scope).contains(scope.condition()));
        assertTrue(SearchSql.textCandidates(scope).contains(scope.condition()));
    }

    @Test
    void aSubmittersSearchIsLimitedToTheirOwnDocuments() {
        SearchScope scope = new SearchScope(4L, null).seenBy("alice");
        assertEquals("c.document_id = :scopeDocument and c.document_id in (select d.id from document d"
                + " where d.owner = :scopeOwner)", scope.condition());
        assertEquals(scope, scope.seenBy(null).seenBy(null), "a caller who sees everything changes nothing");
        assertEquals("true", SearchScope.everything().seenBy(null).condition());
    }

    @Test
    void modesAreSpelledInLowerCase() {
        assertEquals(SearchMode.TEXT, SearchMode.of("text"));
        assertEquals("hybrid", SearchMode.HYBRID.value());
        assertThrows(IllegalArgumentException.class, () -> SearchMode.of("fuzzy"));
    }
}
