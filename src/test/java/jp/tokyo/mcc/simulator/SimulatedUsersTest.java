package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulatedUsersTest {

    @Test
    void simulatedIdsAreRecognisableAndNeverARealLineId() {
        String id = SimulatedUsers.newId();
        assertThat(id).startsWith("Usim").hasSize(32).matches("Usim[0-9a-f]{28}");
        assertThat(SimulatedUsers.isSimulated(id)).isTrue();
        assertThat(SimulatedUsers.newId()).isNotEqualTo(id);
    }

    @Test
    void realIdsAreNotSimulated() {
        assertThat(SimulatedUsers.isSimulated("U4af4980629a0b2c7d8e9f0a1b2c3d4e5")).isFalse();
        assertThat(SimulatedUsers.isSimulated("Ca56f94637cc4347f90a25382909b24b3")).isFalse();
        assertThat(SimulatedUsers.isSimulated("usim0")).isFalse();
        assertThat(SimulatedUsers.isSimulated(null)).isFalse();
    }

    @Test
    void theStandInKeyAdmitsOnlyItselfOverLoopback() {
        SimulatorStandInKey key = new SimulatorStandInKey();
        assertThat(key.admits(key.value(), "127.0.0.1")).isTrue();
        assertThat(key.admits(key.value(), "0:0:0:0:0:0:0:1")).isTrue();
        assertThat(key.admits(key.value(), "203.0.113.7")).isFalse();
        assertThat(key.admits(key.value(), "localhost.example.com")).isFalse();
        assertThat(key.admits(new SimulatorStandInKey().value(), "127.0.0.1")).isFalse();
        assertThat(key.admits(null, "127.0.0.1")).isFalse();
        assertThat(key.admits("", "127.0.0.1")).isFalse();
    }
}
