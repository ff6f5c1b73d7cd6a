package no.datakart.core.report.datamap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

class DataCategoryTest {
    @Test
    void everyTypeOfAPersonsDataIsInOneCategoryAndNoOtherTypeIsInAny() {
        for (IdentifierType t : IdentifierType.values()) {
            List<DataCategory> in = List.of(DataCategory.values()).stream().filter(c -> c.types().contains(t)).toList();
            assertEquals(t.isPerson() ? 1 : 0, in.size(), t + " is in " + in);
        }
        assertEquals(DataCategory.IDENTITY_NUMBERS, List.of(DataCategory.values()).stream()
                .filter(c -> c.types().contains(IdentifierType.DUF_NUMMER)).findFirst().orElseThrow());
    }

    @Test
    void everyCategoryOfWordsHasItsOwnAndTheLawsProtectionIsTold() {
        for (Category c : Category.values()) {
            List<DataCategory> of = List.of(DataCategory.values()).stream().filter(d -> d.category() == c).toList();
            assertEquals(1, of.size(), c.name());
            DataCategory d = of.getFirst();
            assertEquals(c.isSpecial(), d.isSpecial(), c.name());
            assertEquals(!c.isSpecial() ? Protection.CONFIDENTIAL : c == Category.STRAFF ? Protection.CRIMINAL
                    : Protection.SPECIAL, d.protection(), c.name());
        }
        assertEquals(Protection.CONFIDENTIAL, DataCategory.CHILD_WELFARE.protection());
        assertEquals(Protection.SPECIAL, DataCategory.HEALTH.protection());
        assertEquals(Protection.CHILDREN, DataCategory.CHILDREN.protection());
        assertEquals(Protection.IDENTITY_NUMBER, DataCategory.IDENTITY_NUMBERS.protection());
        assertNull(DataCategory.CONTACT.category());
    }
}
