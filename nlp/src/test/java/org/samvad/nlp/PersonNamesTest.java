package org.samvad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void oneKeyForTheSamePersonInEitherScript() {
        assertThat(PersonNames.key("रमेश कुमार"))
                .isEqualTo(PersonNames.key("Ramesh Kumar"))
                .isEqualTo(PersonNames.key("  ramesh   KUMAR "))
                .isEqualTo("rames kumar");
    }

    @Test
    void foldsCommonRomanizedSpellings() {
        assertThat(PersonNames.key("Sunita Devi")).isEqualTo(PersonNames.key("सुनीता देवी"));
        assertThat(PersonNames.key("Suneeta Devi")).isEqualTo(PersonNames.key("Sunita Devi"));
        assertThat(PersonNames.key("Vijay Shankar")).isEqualTo(PersonNames.key("विजय शंकर"));
        assertThat(PersonNames.key("Rajesh Yadav")).isEqualTo(PersonNames.key("राजेश यादव"));
    }

    @Test
    void keepsDifferentPeopleApart() {
        assertThat(PersonNames.key("Ramesh Kumar")).isNotEqualTo(PersonNames.key("Mahesh Kumar"));
        assertThat(PersonNames.key("सीता")).isNotEqualTo(PersonNames.key("गीता"));
    }

    @Test
    void aNameWithoutLettersHasAnEmptyKey() {
        assertThat(PersonNames.key("123 !")).isEmpty();
    }
}
