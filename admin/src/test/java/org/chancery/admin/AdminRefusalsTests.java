package org.chancery.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;

import org.chancery.domain.Fixtures;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.User;
import org.chancery.domain.security.Users;
import org.chancery.domain.vocabulary.Predicates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Input the admin reads before the domain sees it, such as a choice that is not one of the options a form
 * offers: each form refuses it next to its field, in the words of {@code messages.properties}, and no Java
 * message (an enum's class name, a parser's complaint) reaches the page.
 */
@AdminSliceTest
class AdminRefusalsTests {

    @Autowired
    AdminPages pages;

    @Autowired
    Users users;

    @Autowired
    Predicates predicates;

    @Autowired
    AccountAdministration accounts;

    final Actor admin = Fixtures.admin();

    @Test
    void anEntityOfNoKnownKindIsRefusedAtTheKind() {
        assertRefused(
                pages.as(admin).post("/admin/entities/new", "kind", "EMPIRE", "name", "Holy Roman Empire"),
                "kind",
                "Choose what kind of entity this is");
    }

    @Test
    void anExternalIdWithoutItsSchemeIsRefusedAtTheIds() {
        assertRefused(
                pages.as(admin)
                        .post("/admin/entities/new", "kind", "POLITY", "name", "Holy See", "externalIds", "Q237"),
                "externalIds",
                "Write each id as scheme:value, such as wikidata:Q159");
    }

    @Test
    void aSourceOfNoKnownKindOrWithAMalformedMomentIsRefusedAtThatField() {
        assertRefused(
                pages.as(admin).post("/admin/sources/new", "kind", "TWEET", "title", "A post"),
                "kind",
                "Choose what kind of document this is");
        assertRefused(
                pages.as(admin)
                        .post(
                                "/admin/sources/new",
                                "kind",
                                "NEWS_ARTICLE",
                                "title",
                                "A post",
                                "publishedAt",
                                "21/02/22"),
                "publishedAt",
                "Write the moment as 2022-02-21T10:00:00Z");
    }

    @Test
    void aPredicateWithAnUnknownObjectTypeOrKindIsRefusedAtThatChoice() {
        assertRefused(
                pages.as(admin).post("/admin/vocabulary/new", "key", "refusal_test", "objectType", "NUMBER"),
                "objectType",
                "Choose whether the object is an entity, a text or a date");
        assertRefused(
                pages.as(admin)
                        .post(
                                "/admin/vocabulary/new",
                                "key",
                                "refusal_test",
                                "objectType",
                                "ENTITY",
                                "subjectKinds",
                                "PLANET"),
                "subjectKinds",
                "Choose kinds of entity from the list");
        assertThat(predicates.find("refusal_test")).isEmpty();
    }

    @Test
    void anUnknownRoleIsRefusedAndTheUserKeepsTheirs() {
        accounts.createUser(admin, "refusals-rita", Role.READER, "a long enough password");

        assertRefused(
                pages.as(admin).post("/admin/users/refusals-rita", "role", "OWNER"), "role", "Choose one of the roles");
        assertThat(users.find("refusals-rita")).contains(new User("refusals-rita", Role.READER, false, true));
    }

    @Test
    void aMergeIntoNoEntityOrAnUnknownOneIsRefusedAtTheSurvivor() {
        assertRefused(
                pages.as(admin).post("/admin/entities/E5/merge", "expectedRevision", "1", "survivor", ""),
                "survivor",
                "Choose the entity that survives the merge");
        assertRefused(
                pages.as(admin).get("/admin/entities/E5/merge?survivor=E999999"),
                "survivor",
                "The registry has no entity E999999");
    }

    private static void assertRefused(MvcTestResult refused, String field, String message) {
        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("There is a problem", "href=\"#" + field + "\"", "id=\"" + field + "-error\"", message)
                .doesNotContain("enum", "org.chancery", "java.", "Exception");
    }
}
