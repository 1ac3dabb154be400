package org.samvad.db.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndianMobileTest {

    @Test
    void readsTheUsualWaysOfWritingAMobileNumber() {
        for (String written : new String[] {"9876543210", "+91 98765 43210", "+91-98765-43210", "919876543210",
                "09876543210", "0091 9876543210", "(+91) 98765.43210", "९८७६५ ४३२१०", " 98765-43210 "}) {
            assertThat(IndianMobile.normalise(written)).as(written).contains("9876543210");
        }
    }

    @Test
    void refusesWhatIsNotAnIndianMobileNumber() {
        for (String written : new String[] {"", "12345", "5876543210", "98765432101", "+1 9876543210",
                "98765 4321x", "011 2345 6789"}) {
            assertThat(IndianMobile.normalise(written)).as(written).isEmpty();
        }
        assertThat(IndianMobile.normalise(null)).isEmpty();
    }

    @Test
    void masksAllButTheLastTwoDigits() {
        assertThat(IndianMobile.masked("9876543210")).isEqualTo("********10");
    }
}
