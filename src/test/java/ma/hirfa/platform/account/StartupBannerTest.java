package ma.hirfa.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupBannerTest {

    @Test
    void aPublicUrlOnThisMachineIsReportedAndARealOneIsNot() {
        assertThat(StartupBanner.pointsToThisMachine("http://localhost:8080")).isTrue();
        assertThat(StartupBanner.pointsToThisMachine("http://LOCALHOST")).isTrue();
        assertThat(StartupBanner.pointsToThisMachine("http://127.0.0.1:8080")).isTrue();
        assertThat(StartupBanner.pointsToThisMachine("http://[::1]:8080")).isTrue();
        assertThat(StartupBanner.pointsToThisMachine("not a url")).isTrue();
        assertThat(StartupBanner.pointsToThisMachine("https://hirfa.artisanat.gov.ma"))
                .isFalse();
        assertThat(StartupBanner.pointsToThisMachine("https://localhost.example.ma"))
                .isFalse();
    }
}
