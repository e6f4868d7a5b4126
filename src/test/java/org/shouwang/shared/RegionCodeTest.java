package org.shouwang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void aTownshipCoversItsVillagesAndNoOthers() {
        RegionCode township = new RegionCode("341599001000");
        assertThat(township.level()).isEqualTo(4);
        assertThat(township.covers("341599001017")).isTrue();
        assertThat(township.covers("341599002001")).isFalse();
        assertThat(township.low()).isEqualTo("341599001000");
        assertThat(township.high()).isEqualTo("341599001999");
    }

    @Test
    void levelsFollowTheStatisticalCodeStructure() {
        assertThat(new RegionCode("340000000000").level()).isEqualTo(1);
        assertThat(new RegionCode("341500000000").level()).isEqualTo(2);
        assertThat(new RegionCode("341599000000").level()).isEqualTo(3);
        assertThat(new RegionCode("341599001001").level()).isEqualTo(5);
        assertThat(new RegionCode("341599001001").covers("341599001001")).isTrue();
    }

    @Test
    void refusesAnythingButTwelveDigits() {
        assertThatThrownBy(() -> new RegionCode("34159900100")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegionCode("34159900100x")).isInstanceOf(IllegalArgumentException.class);
    }
}
